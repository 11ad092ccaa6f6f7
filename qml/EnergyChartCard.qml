// SPDX-License-Identifier: MIT
// The Energy view's chart card: the island's last 24 hours and next 24 hours (EnergyChart), the
// legend with the values now, and the selected asset's output over the same range; offers the
// way back to "now" after a pan or zoom.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "energyChartCard"
    padding: Theme.spacingM
    readonly property EnergyChartData chartData: Console.energyChart
    readonly property AssetListModel assets: Console.assets
    readonly property var selectedAsset: assets.selectedRow >= 0 ? assets.get(assets.selectedRow) : null
    property int rightSeries: EnergyChartData.Smp

    Column {
        width: parent.width
        spacing: Theme.spacingS

        RowLayout {
            width: parent.width
            spacing: Theme.spacingXs
            SectionLabel {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: !card.chartData.followsNow ? qsTr("Chosen time range")
                      : Console.time.live ? qsTr("Past and next 24 h")
                      : qsTr("Around %1").arg(Labels.chartTime(card.chartData.nowMs)) // the page the instant is on
            }
            ChipToggle {
                objectName: "chartBackToNow"
                visible: !card.chartData.followsNow
                text: qsTr("Back to now")
                onClicked: card.chartData.resetVisibleRange()
            }
            ChipToggle {
                objectName: "chartShowSmp"
                text: qsTr("SMP")
                checked: card.rightSeries === EnergyChartData.Smp
                onClicked: card.rightSeries = EnergyChartData.Smp
            }
            ChipToggle {
                objectName: "chartShowCarbon"
                text: qsTr("CO₂")
                checked: card.rightSeries === EnergyChartData.CarbonIntensity
                onClicked: card.rightSeries = EnergyChartData.CarbonIntensity
            }
        }
        EnergyChart {
            id: chart
            width: parent.width
            height: 156
            chartData: card.chartData
            rightSeries: card.rightSeries
            assetName: card.selectedAsset ? card.selectedAsset.name : ""
        }

        EnergyChartLegend {
            width: parent.width
            chartData: card.chartData
            entries: chart.seriesInfo.filter(e => e.key !== "assetOutput"
                                             && e.key !== (card.rightSeries === EnergyChartData.Smp ? "carbonIntensity" : "smp"))
        }

        Column {
            id: assetSection
            visible: card.selectedAsset !== null
            width: parent.width
            spacing: Theme.spacingXs
            // The chart's output is the selected asset's (a read for a new selection is under way
            // until it is) and has points.
            readonly property bool hasOutput: card.chartData.assetId === card.assets.selectedId && card.chartData.hasAssetOutput
            Text {
                width: parent.width
                elide: Text.ElideRight
                text: card.selectedAsset ? qsTr("Output of %1 (MW)").arg(card.selectedAsset.name) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: Theme.textSecondary
            }
            AssetOutputChart {
                visible: assetSection.hasOutput
                width: parent.width
                height: 56
                chartData: card.chartData
                assetName: card.selectedAsset ? card.selectedAsset.name : ""
                capacityMw: card.selectedAsset ? card.selectedAsset.capacityMw : 0
                plotX: chart.plot.x
                plotWidth: chart.plot.width
                hoverMs: chart.hoverValues.time !== undefined ? chart.hoverValues.time : NaN
            }
            Text {
                objectName: "assetNoHistory"
                visible: !assetSection.hasOutput
                text: qsTr("No output history for this asset yet.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
            }
        }
    }
}
