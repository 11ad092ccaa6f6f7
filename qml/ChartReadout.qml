// SPDX-License-Identifier: MIT
// The pointer's readout over a chart: the time and, for each series that has a value there, a
// swatch, its name and the value. `rows` is [{label, tint, text}]; it sits beside `pointerX`,
// on whichever side has room.
import QtQuick

Rectangle {
    id: readout
    property string timeText
    property var rows: []
    property real pointerX: 0
    property real areaWidth: 0

    x: pointerX + Theme.spacingS + width <= areaWidth ? pointerX + Theme.spacingS : Math.max(0, pointerX - Theme.spacingS - width)
    width: column.implicitWidth + 2 * Theme.spacingS
    height: column.implicitHeight + 2 * Theme.spacingXs
    radius: Theme.radiusSmall
    color: Theme.surface
    opacity: 0.95
    border.color: Theme.divider

    Column {
        id: column
        x: Theme.spacingS
        y: Theme.spacingXs
        Text {
            objectName: "chartReadoutTime"
            text: readout.timeText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textPrimary
        }
        Repeater {
            model: readout.rows
            Row {
                required property var modelData
                spacing: Theme.spacingXs
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 8
                    height: 8
                    radius: 2
                    color: parent.modelData.tint
                }
                Text {
                    text: parent.modelData.label
                    font.family: Theme.fontFamily
                    font.pixelSize: 11
                    color: Theme.textSecondary
                }
                Text {
                    text: parent.modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: 11
                    font.bold: true
                    color: Theme.textPrimary
                }
            }
        }
    }
}
