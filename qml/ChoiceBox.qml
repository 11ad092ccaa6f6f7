// SPDX-License-Identifier: MIT
// A drop-down in the console's style, matching InputField.
import QtQuick
import QtQuick.Controls

ComboBox {
    id: box
    /// What is chosen here (its accessible name; the choice itself is its value).
    property string label
    Accessible.name: label.length > 0 ? label + ": " + displayText : displayText
    Accessible.description: qsTr("Up and Down change the choice, Space opens the list")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(40, contentItem.implicitHeight + 2 * Theme.spacingS)
    leftPadding: Theme.spacingM
    contentItem: Text {
        leftPadding: 0
        rightPadding: box.indicator.width + Theme.spacingS
        text: box.displayText
        font: box.font
        color: Theme.textPrimary
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
        FocusRing { shown: box.visualFocus; radius: parent.radius }
    }
}
