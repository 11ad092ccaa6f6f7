// SPDX-License-Identifier: MIT
// What a time chart draws over its ChartView: the time labels under the plot (Jeju time, from
// EnergyChartFeeder.ticks), the "now" line between past and forecast, and the pointer's line.
// `plot` is the ChartView's plotArea; times are ms since the epoch.
import QtQuick

Item {
    id: timeScale
    property rect plot
    property real fromMs: 0
    property real toMs: 1
    property real nowMs: 0
    property var ticks: []
    property real hoverMs: NaN
    property bool labelsVisible: true
    property bool nowLabelVisible: true
    property string nowLabel: qsTr("Now")

    function xOf(ms: real): real {
        return plot.x + (ms - fromMs) / (toMs - fromMs) * plot.width
    }

    // Where each label goes, worked out here: the delegates see only their own entry.
    readonly property var labels: labelsVisible ? ticks.map(t => ({ x: xOf(t.ms), label: t.label })) : []

    Repeater {
        model: timeScale.labels
        Text {
            required property var modelData
            x: Math.max(0, Math.min(parent.width - width, modelData.x - width / 2))
            y: parent.height - height
            text: modelData.label
            font.family: Theme.fontFamily
            font.pixelSize: 10
            color: Theme.textSecondary
        }
    }

    Rectangle {
        id: nowLine
        objectName: "chartNowLine"
        readonly property bool inside: timeScale.nowMs >= timeScale.fromMs && timeScale.nowMs <= timeScale.toMs
        visible: inside
        x: Math.round(timeScale.xOf(timeScale.nowMs))
        y: timeScale.plot.y
        width: 1
        height: timeScale.plot.height
        color: Theme.textSecondary
    }
    Text {
        visible: nowLine.inside && timeScale.nowLabelVisible
        anchors.horizontalCenter: nowLine.horizontalCenter
        anchors.bottom: nowLine.top
        text: timeScale.nowLabel
        font.family: Theme.fontFamily
        font.pixelSize: 10
        font.bold: true
        color: Theme.textSecondary
    }

    Rectangle {
        visible: !isNaN(timeScale.hoverMs) && timeScale.hoverMs >= timeScale.fromMs && timeScale.hoverMs <= timeScale.toMs
        x: Math.round(timeScale.xOf(timeScale.hoverMs))
        y: timeScale.plot.y
        width: 1
        height: timeScale.plot.height
        color: Theme.accent
    }
}
