// SPDX-License-Identifier: MIT
// The Energy chart's legend: each series' colour and name and, for the supply by source (`now`),
// its value at the chart's "now" (the time cursor's instant: the newest minute while live).
// `entries` is EnergyChart.seriesInfo's [{key, label, tint, line, now}]: `line` series get a
// stroke for a swatch, the areas a square.
import QtQuick
import EnergyTruck.Models

Grid {
    id: legend
    required property EnergyChartData chartData
    property var entries: []
    columns: 3
    rowSpacing: 0
    columnSpacing: Theme.spacingS // the delegates' width counts on it

    function nowText(key: string): string {
        const v = chartData.valuesNow[key]
        return v === undefined ? "" : Labels.mw(v)
    }

    Repeater {
        model: legend.entries
        Row {
            required property var modelData
            width: (parent.width - 2 * Theme.spacingS) / 3
            spacing: Theme.spacingXs
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.modelData.line ? 12 : 9
                height: parent.modelData.line ? 2 : 9
                radius: parent.modelData.line ? 1 : 2
                color: parent.modelData.tint
            }
            Text {
                id: name
                text: parent.modelData.label
                width: Math.min(implicitWidth, parent.width - 14 - value.implicitWidth - 2 * parent.spacing)
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: 11
                color: Theme.textSecondary
            }
            Text {
                id: value
                text: parent.modelData.now ? legend.nowText(parent.modelData.key) : ""
                font.family: Theme.fontFamily
                font.pixelSize: 11
                font.bold: true
                color: Theme.textPrimary
            }
        }
    }
}
