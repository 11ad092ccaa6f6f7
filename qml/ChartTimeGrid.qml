// SPDX-License-Identifier: MIT
// A time chart's grid lines, one at each tick of EnergyChartFeeder.ticks, under its series (the
// ChartView has no background of its own). The ticks are a model whose rows change in place when
// the range moves, so the lines are moved, not made again. Placed over the plot area.
import QtQuick
import EnergyTruck.Models

Item {
    id: grid
    property ChartTickModel ticks

    Repeater {
        model: grid.ticks
        Rectangle {
            required property real position
            x: Math.round(position * parent.width)
            width: 1
            height: parent.height
            color: Theme.chartGrid
        }
    }
}
