// SPDX-License-Identifier: MIT
// A time chart's x axis: 0 to the range's length (EnergyChartFeeder sets min and max in one
// setRange; the series count time from its originMs) and nothing drawn. The grid lines are
// ChartTimeGrid's and the labels ChartTimeScale's: Qt Charts lays out every tick's label again,
// hidden or not, each time an axis moves, which made a third of a time-slider step. (On
// ValuesAxis rather than ValueAxis, see ChartAxis.qml.)
import QtCharts

ValuesAxis {
    tickCount: 2
    gridVisible: false
    labelsVisible: false
    lineVisible: false
}
