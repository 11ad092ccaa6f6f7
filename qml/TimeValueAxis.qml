// SPDX-License-Identifier: MIT
// A chart's time axis over the feeder's visible range: grid lines on round Jeju hours from the
// feeder (EnergyChartFeeder.tickAnchorMs/tickIntervalMs); the labels are ChartTimeScale's. (On
// ValuesAxis rather than ValueAxis, see ChartAxis.qml.)
import QtCharts
import EnergyTruck.Console

ValuesAxis {
    required property EnergyChartFeeder feeder
    // min and max: EnergyChartFeeder sets them, 0 to the range's length (the series count time
    // from its originMs), in one setRange.
    tickType: ValuesAxis.TicksDynamic
    tickAnchor: feeder.tickAnchorMs - feeder.originMs
    tickInterval: feeder.tickIntervalMs > 0 ? feeder.tickIntervalMs : 3600000
    labelsVisible: false
    lineVisible: false
    gridLineColor: Theme.chartGrid
}
