// SPDX-License-Identifier: MIT
// The island's energy over the chart's time range (by default the 24 hours either side of now):
// generation stacked by source, curtailment shaded on top of it, demand as a line, the
// forecast's P10–P90 band, and SMP or carbon intensity on the right axis. EnergyChartFeeder puts
// `chartData`'s points into the series, two per pixel column; the time axis is labelled here, in
// Jeju time. The pointer shows every value at its time; the wheel zooms, a drag pans and a
// double click goes back to the 24 hours around now.
import QtQuick
import QtCharts
import EnergyTruck.Models
import EnergyTruck.Console

Item {
    id: root
    objectName: "energyChart"
    required property EnergyChartData chartData
    /// EnergyChartData.Smp or EnergyChartData.CarbonIntensity: what the right axis shows.
    property int rightSeries: EnergyChartData.Smp
    /// The name of the asset whose output chartData holds, for the readout.
    property string assetName
    readonly property EnergyChartFeeder feeder: feeder
    // Room around the plot for the axes' labels: the units and "Now" above it, the times below.
    readonly property rect plot: Qt.rect(36, 22, Math.max(1, width - 36 - 34), Math.max(1, height - 22 - 18))
    property real hoverMs: NaN
    readonly property var hoverValues: isNaN(hoverMs) ? ({}) : chartData.valuesAt(hoverMs)
    readonly property bool empty: !chartData.hasHistory && !chartData.hasForecast
    /// Every series the chart can show: its valuesAt() key, name, colour, whether it is drawn as a
    /// line (else an area), and whether the legend gives its value now (the supply by source).
    readonly property var seriesInfo: [
        { key: "demand", label: qsTr("Demand"), tint: Theme.chartDemand, line: true, now: false },
        { key: "thermal", label: qsTr("Thermal"), tint: Theme.thermal, line: false, now: true },
        { key: "hvdcImport", label: qsTr("HVDC"), tint: Theme.hvdc, line: false, now: true },
        { key: "wind", label: qsTr("Wind"), tint: Theme.wind, line: false, now: true },
        { key: "solar", label: qsTr("Solar"), tint: Theme.solar, line: false, now: true },
        { key: "trucks", label: qsTr("Trucks"), tint: Theme.truck, line: false, now: true },
        { key: "curtailment", label: qsTr("Curtailed"), tint: Theme.chartCurtailment, line: false, now: true },
        { key: "forecast", label: qsTr("Forecast P10–P90"), tint: Qt.rgba(Theme.chartForecast.r, Theme.chartForecast.g, Theme.chartForecast.b, 0.35), line: false, now: false },
        { key: "smp", label: qsTr("SMP"), tint: Theme.chartSmp, line: true, now: false },
        { key: "carbonIntensity", label: qsTr("Carbon intensity"), tint: Theme.chartCarbon, line: true, now: false },
        { key: "assetOutput", label: assetName, tint: Theme.accent, line: true, now: false }
    ]

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Island energy, past and forecast")
    Accessible.description: description
    /// What the chart shows, in words (for screen readers), renewed whenever the series are.
    property string description

    function msAt(x: real): real {
        return chartData.visibleFromMs + (x - plot.x) / plot.width * (chartData.visibleToMs - chartData.visibleFromMs)
    }
    /// The text of `key`'s value in `values` (a valuesAt() map), "" when it has none.
    function valueText(key: string, values: var): string {
        if (key === "forecast")
            return values.forecastLower !== undefined && values.forecastUpper !== undefined
                   ? qsTr("%1–%2 MW").arg(Number(values.forecastLower).toFixed(0)).arg(Number(values.forecastUpper).toFixed(0)) : ""
        const v = values[key]
        if (v === undefined)
            return ""
        if (key === "smp")
            return Labels.krwPerKwh(v)
        if (key === "carbonIntensity")
            return Labels.carbonIntensity(v)
        return Labels.mw(v)
    }

    // The forecast's side, behind the series: the chart itself has no background of its own.
    ForecastBackdrop {
        id: backdrop
        anchors.fill: parent
        plot: root.plot
        fromX: timeScale.xOf(root.chartData.hasForecast ? root.chartData.forecastFromMs : root.chartData.nowMs)
        hasForecast: root.chartData.hasForecast
        captionVisible: false
    }

    ChartTimeGrid {
        x: root.plot.x
        y: root.plot.y
        width: root.plot.width
        height: root.plot.height
        ticks: feeder.ticks
    }

    TimeChartView {
        objectName: "energyChartView"
        anchors.fill: parent
        plotArea: root.plot

        TimeValueAxis { id: timeAxis }
        ChartAxis {
            id: powerAxis
            min: 0
            max: feeder.leftMax
            tickCount: feeder.leftIntervals + 1
        }
        ChartAxis {
            id: rightAxis
            min: feeder.rightMin
            max: feeder.rightMax
            tickCount: feeder.rightIntervals + 1
            labelsColor: root.rightSeries === EnergyChartData.Smp ? Theme.chartSmp : Theme.chartCarbon
            gridVisible: false
        }

        // The stack, drawn top layer first: each area runs from zero to the top of its own layer
        // and the opaque layers below it cover the rest, which looks the same as areas between
        // layers and asks Qt Charts for half the outlines (each edge it draws costs a stroke).
        AreaSeries {
            id: curtailmentArea
            objectName: "curtailmentArea"
            axisX: timeAxis
            axisY: powerAxis
            color: Theme.chartCurtailment
            borderColor: Theme.chartCurtailment
            borderWidth: 1
            upperSeries: LineSeries {}
        }
        AreaSeries { id: truckArea; objectName: "truckArea"; axisX: timeAxis; axisY: powerAxis; color: Theme.truck; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} }
        AreaSeries { id: solarArea; objectName: "solarArea"; axisX: timeAxis; axisY: powerAxis; color: Theme.solar; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} }
        AreaSeries { id: windArea; objectName: "windArea"; axisX: timeAxis; axisY: powerAxis; color: Theme.wind; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} }
        AreaSeries { id: hvdcArea; objectName: "hvdcArea"; axisX: timeAxis; axisY: powerAxis; color: Theme.hvdc; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} }
        AreaSeries { id: thermalArea; objectName: "thermalArea"; axisX: timeAxis; axisY: powerAxis; color: Theme.thermal; borderWidth: 0; borderColor: "transparent"; upperSeries: LineSeries {} }
        AreaSeries {
            id: bandArea
            objectName: "forecastBand"
            axisX: timeAxis
            axisY: powerAxis
            color: Qt.rgba(Theme.chartForecast.r, Theme.chartForecast.g, Theme.chartForecast.b, 0.25)
            borderColor: Theme.chartForecast
            borderWidth: 1
            upperSeries: LineSeries {}
            lowerSeries: LineSeries {}
        }
        LineSeries { id: demandLine; objectName: "demandLine"; axisX: timeAxis; axisY: powerAxis; color: Theme.chartDemand; width: 2 }
        LineSeries {
            id: smpLine
            objectName: "smpLine"
            axisX: timeAxis
            axisYRight: rightAxis
            visible: root.rightSeries === EnergyChartData.Smp
            color: Theme.chartSmp
            width: 1.5
        }
        LineSeries {
            id: carbonLine
            objectName: "carbonLine"
            axisX: timeAxis
            axisYRight: rightAxis
            visible: root.rightSeries === EnergyChartData.CarbonIntensity
            color: Theme.chartCarbon
            width: 1.5
        }
    }

    EnergyChartFeeder {
        id: feeder
        source: root.chartData
        columns: Math.round(root.plot.width)
        rightSeries: root.rightSeries
        onRefilled: root.description = Labels.energyChartDescription(root.chartData)
        Component.onCompleted: {
            attach(EnergyChartData.Thermal, thermalArea)
            attach(EnergyChartData.HvdcImport, hvdcArea)
            attach(EnergyChartData.Wind, windArea)
            attach(EnergyChartData.Solar, solarArea)
            attach(EnergyChartData.Trucks, truckArea)
            attach(EnergyChartData.Curtailment, curtailmentArea)
            attach(EnergyChartData.ForecastUpper, bandArea)
            attach(EnergyChartData.Demand, demandLine)
            attach(EnergyChartData.Smp, smpLine)
            attach(EnergyChartData.CarbonIntensity, carbonLine)
        }
    }

    ForecastBackdrop { // its caption, over the grid lines
        objectName: "chartNoForecast"
        anchors.fill: parent
        plot: root.plot
        fromX: backdrop.fromX
        hasForecast: root.chartData.hasForecast
        tintVisible: false
        captionVisible: root.chartData.hasHistory && root.chartData.nowMs < root.chartData.visibleToMs
    }

    ChartTimeScale {
        id: timeScale
        anchors.fill: parent
        plot: root.plot
        fromMs: root.chartData.visibleFromMs
        toMs: root.chartData.visibleToMs
        nowMs: root.chartData.nowMs
        // Scrubbed, the line is the minute the view shows, not now.
        nowLabel: Console.time.live ? qsTr("Now") : Console.jejuTime(Console.time.instant, "HH:mm")
        ticks: feeder.ticks
        hoverMs: root.hoverValues.time !== undefined ? root.hoverValues.time : NaN
    }
    Text {
        x: 0
        text: qsTr("MW")
        font.family: Theme.fontFamily
        font.pixelSize: 10
        color: Theme.textSecondary
    }
    Text {
        anchors.right: parent.right
        text: root.rightSeries === EnergyChartData.Smp ? qsTr("₩/kWh") : qsTr("gCO₂eq/kWh")
        font.family: Theme.fontFamily
        font.pixelSize: 10
        color: rightAxis.labelsColor
    }

    ChartPointer {
        objectName: "chartPointer"
        x: root.plot.x
        y: root.plot.y
        width: root.plot.width
        height: root.plot.height
        chartData: root.chartData
        onHovered: ms => root.hoverMs = ms
    }

    ChartReadout {
        objectName: "chartReadout"
        visible: root.hoverValues.time !== undefined
        y: root.plot.y + Theme.spacingXs
        pointerX: timeScale.xOf(root.hoverValues.time !== undefined ? root.hoverValues.time : 0)
        areaWidth: root.width
        timeText: root.hoverValues.time === undefined ? ""
                  : root.hoverValues.forecast ? qsTr("%1, forecast").arg(Labels.chartTime(root.hoverValues.time))
                  : Labels.chartTime(root.hoverValues.time)
        rows: root.seriesInfo.map(info => ({ label: info.label, tint: info.tint, text: root.valueText(info.key, root.hoverValues) }))
                             .filter(row => row.text.length > 0)
    }

    Column {
        objectName: "chartNoHistory"
        visible: root.empty
        anchors.centerIn: parent
        spacing: Theme.spacingXs
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("No history yet")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textSecondary
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("The chart fills in as the island's balances arrive.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
        }
    }
}
