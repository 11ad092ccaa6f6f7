// SPDX-License-Identifier: MIT
// What a time chart draws over its ChartView: the time labels under the plot (Jeju time, from
// EnergyChartFeeder.ticks), the "now" line between past and forecast, and the pointer's line.
// `plot` is the ChartView's plotArea; times are ms since the epoch.
import QtQuick
import EnergyTruck.Models

Item {
    id: timeScale
    property rect plot
    property real fromMs: 0
    property real toMs: 1
    property real nowMs: 0
    property ChartTickModel ticks
    property real hoverMs: NaN
    property bool labelsVisible: true
    property bool nowLabelVisible: true
    property string nowLabel: qsTr("Now")

    function xOf(ms: real): real {
        return plot.x + (ms - fromMs) / (toMs - fromMs) * plot.width
    }

    // The labels, under the plot. The ticks are a model whose rows change in place when the range
    // moves, so the labels are moved and renamed, not made again.
    Item {
        visible: timeScale.labelsVisible
        x: timeScale.plot.x
        y: timeScale.plot.y + timeScale.plot.height
        width: timeScale.plot.width
        height: timeScale.height - y
        Repeater {
            model: timeScale.ticks
            Text {
                required property real position
                required property string label
                x: Math.round(position * parent.width - width / 2)
                y: parent.height - height
                text: label
                font.family: Theme.fontFamily
                font.pixelSize: 10
                color: Theme.textSecondary
            }
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
