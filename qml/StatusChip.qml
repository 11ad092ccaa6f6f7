// SPDX-License-Identifier: MIT
// A small coloured pill naming a status ("Charging", "Active", ...).
import QtQuick

Rectangle {
    property string text
    property color tint: Theme.neutral

    implicitWidth: chipText.implicitWidth + 2 * Theme.spacingS
    implicitHeight: chipText.implicitHeight + Theme.spacingXs
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)

    Text {
        id: chipText
        anchors.centerIn: parent
        text: parent.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.bold: true
        color: parent.tint
    }
}
