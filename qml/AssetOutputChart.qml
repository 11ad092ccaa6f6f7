// SPDX-License-Identifier: MIT
// The selected asset's output over the same time range as the island chart above it, its plot
// lined up under that chart's (plotX, plotWidth) so one time is one x on both: that chart's time
// labels serve both.
import QtQuick
import QtCharts
import EnergyTruck.Models
import EnergyTruck.Console

Item {
    id: root
    objectName: "assetOutputChart"
    required property EnergyChartData chartData
    property string assetName
    property real capacityMw: 0
    property real plotX: 36
    property real plotWidth: width - 70
    property real hoverMs: NaN
    readonly property rect plot: Qt.rect(plotX, 4, Math.max(1, plotWidth), Math.max(1, height - 8))
    readonly property EnergyChartFeeder feeder: feeder

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Output of %1").arg(assetName)

    ForecastBackdrop {
        anchors.fill: parent
        plot: root.plot
        fromX: timeScale.xOf(root.chartData.hasForecast ? root.chartData.forecastFromMs : root.chartData.nowMs)
        hasForecast: root.chartData.hasForecast
        captionVisible: false // the island chart above says so
    }

    ChartTimeGrid {
        x: root.plot.x
        y: root.plot.y
        width: root.plot.width
        height: root.plot.height
        ticks: feeder.ticks
    }

    TimeChartView {
        objectName: "assetOutputView"
        anchors.fill: parent
        plotArea: root.plot

        TimeValueAxis { id: timeAxis }
        ChartAxis {
            id: outputAxis
            min: 0
            max: root.capacityMw > 0 ? root.capacityMw : feeder.assetMax // its rating: a full plot is full output
            tickCount: 2
            labelsVisible: false // Qt Charts drops them on so low a plot: drawn below instead
        }
        AreaSeries {
            id: outputArea
            objectName: "assetOutputArea"
            axisX: timeAxis
            axisY: outputAxis
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.3)
            borderColor: Theme.accent
            borderWidth: 1.5
            upperSeries: LineSeries {}
        }
    }

    // The axis' two labels, its top (the rating) and zero, right-aligned left of the plot.
    Text {
        y: root.plot.y - 2
        width: root.plot.x - 4
        horizontalAlignment: Text.AlignRight
        text: Number(outputAxis.max).toLocaleString(Qt.locale(), "f", 0)
        font.family: Theme.fontFamily
        font.pixelSize: 10
        color: Theme.textSecondary
    }
    Text {
        y: root.plot.y + root.plot.height - height + 2
        width: root.plot.x - 4
        horizontalAlignment: Text.AlignRight
        text: "0"
        font.family: Theme.fontFamily
        font.pixelSize: 10
        color: Theme.textSecondary
    }

    EnergyChartFeeder {
        id: feeder
        source: root.chartData
        columns: Math.round(root.plot.width)
        Component.onCompleted: attach(EnergyChartData.AssetOutput, outputArea)
    }

    ChartTimeScale {
        id: timeScale
        anchors.fill: parent
        plot: root.plot
        fromMs: root.chartData.visibleFromMs
        toMs: root.chartData.visibleToMs
        nowMs: root.chartData.nowMs
        ticks: feeder.ticks
        hoverMs: root.hoverMs
        labelsVisible: false // the island chart's, right above, name the same times
        nowLabelVisible: false
    }
}
