// SPDX-License-Identifier: MIT
// A message that stays until the operator dismisses it (a refused command, a rebuilt cache).
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: banner
    property string text
    property color tint: Theme.danger
    signal dismissed()

    visible: text.length > 0
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    border.color: tint
    radius: Theme.radiusSmall
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacingM : 0

    RowLayout {
        id: row
        x: Theme.spacingM
        y: Theme.spacingM
        width: banner.width - 2 * Theme.spacingM
        spacing: Theme.spacingS
        Text {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
        ActionButton {
            objectName: "dismissBanner"
            text: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
