// SPDX-License-Identifier: MIT
// A labelled horizontal bar: `fraction` (0..1) of the track is filled; `valueText` on the right.
import QtQuick

Item {
    id: meter
    property string label
    property string valueText
    property real fraction: 0
    property color barColor: Theme.accent

    implicitHeight: labelRow.height + Theme.spacingXs + 8

    Item {
        id: labelRow
        width: parent.width
        height: labelText.implicitHeight
        Text {
            id: labelText
            text: meter.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            elide: Text.ElideRight
            width: parent.width - valueLabel.implicitWidth - Theme.spacingS
        }
        Text {
            id: valueLabel
            anchors.right: parent.right
            text: meter.valueText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textPrimary
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 8
        radius: 4
        color: Theme.surfaceMuted
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, meter.fraction))
            height: parent.height
            radius: 4
            color: meter.barColor
            Behavior on width { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
        }
    }
}
