// SPDX-License-Identifier: MIT
// The selected truck's state of charge over the last 24 hours (Console.truckSoc, from the cache:
// a sample a simulated minute), with the 20 % reserve and the 95 % charge limit the trucks keep.
import QtQuick
import QtQuick.Layouts
import QtCharts
import EnergyTruck.Models
import EnergyTruck.Console

Card {
    id: card
    objectName: "truckSocChart"
    property string truckName
    readonly property TruckSocHistory history: Console.truckSoc

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs

        SectionLabel {
            Layout.fillWidth: true
            text: qsTr("State of charge of %1, last 24 h").arg(card.truckName)
        }
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            Accessible.role: Accessible.Chart
            Accessible.name: card.history.count > 0
                             ? qsTr("State of charge over the last 24 hours, now %1 %").arg(Number(card.history.latestPercent).toFixed(0))
                             : qsTr("No state of charge recorded yet")

            TimeChartView {
                id: chart
                anchors.fill: parent
                plotArea: Qt.rect(34, 4, Math.max(1, width - 40), Math.max(1, height - 22))

                ChartAxis {
                    id: hoursAxis
                    min: -24
                    max: 0
                    tickCount: 5
                }
                ChartAxis {
                    id: percentAxis
                    min: 0
                    max: 100
                    tickCount: 3
                }
                LineSeries {
                    id: limits
                    axisX: hoursAxis
                    axisY: percentAxis
                    color: Theme.textTertiary
                    width: 1
                    style: Qt.DashLine
                    XYPoint { x: -24; y: 20 }
                    XYPoint { x: 0; y: 20 }
                }
                LineSeries {
                    axisX: hoursAxis
                    axisY: percentAxis
                    color: Theme.textTertiary
                    width: 1
                    style: Qt.DashLine
                    XYPoint { x: -24; y: 95 }
                    XYPoint { x: 0; y: 95 }
                }
                LineSeries {
                    id: socLine
                    objectName: "socLine"
                    axisX: hoursAxis
                    axisY: percentAxis
                    color: Theme.positive
                    width: 2
                }
            }
            Text {
                anchors.centerIn: parent
                visible: card.history.count === 0
                text: qsTr("No state of charge recorded yet")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Hours before now · dashed: 20 % reserve and 95 % charge limit")
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: 10
            color: Theme.textSecondary
        }
    }

    SocChartFeeder {
        id: feeder
        source: card.history
        Component.onCompleted: attach(socLine)
    }
}
