// SPDX-License-Identifier: MIT
// A button in the console's style: filled for the main action of a card, outlined otherwise.
import QtQuick
import QtQuick.Controls

Button {
    id: button
    property bool primary: false
    property color tint: Theme.accent

    Accessible.name: text
    // How it is worked, unless the caller says what it does.
    Accessible.description: qsTr("Space or Enter presses it")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: primary
    implicitHeight: Math.max(36, contentItem.implicitHeight + 2 * Theme.spacingS)
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.primary ? Theme.textOn(button.tint) : button.tint
        opacity: button.enabled ? 1 : 0.5
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: button.primary ? (button.down ? Qt.darker(button.tint, 1.2) : button.tint) : (button.hovered ? Theme.surfaceMuted : "transparent")
        opacity: button.enabled ? 1 : 0.5
        border.width: button.primary ? 0 : 1
        border.color: Theme.divider
        FocusRing {
            shown: button.visualFocus
            radius: parent.radius
            border.color: button.primary ? Theme.textOn(button.tint) : button.tint
        }
    }
}
