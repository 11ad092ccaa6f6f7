// SPDX-License-Identifier: MIT
// A small meter for a narrow column: the label, the value under it and a thin bar, `fraction`
// (0..1) of it filled.
import QtQuick

Column {
    id: meter
    property string label
    property string valueText
    property real fraction: 0
    property color barColor: Theme.accent
    spacing: 2

    Text {
        width: parent.width
        text: meter.label
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
    }
    Text {
        width: parent.width
        text: meter.valueText
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: 13
        font.bold: true
        color: Theme.textPrimary
    }
    Rectangle {
        width: parent.width
        height: 4
        radius: 2
        color: Theme.surfaceMuted
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, meter.fraction))
            height: parent.height
            radius: 2
            color: meter.barColor
        }
    }
}
