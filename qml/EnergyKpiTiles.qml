// SPDX-License-Identifier: MIT
// The Energy view's key numbers in two compact rows: demand, renewable share and curtailment of
// the island's latest balance; its SMP, and the carbon intensity of what the island consumes at
// the chart's "now" (the time cursor's instant), which only the history carries.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: tiles
    readonly property EnergyBalanceModel balance: Console.balance
    readonly property var valuesNow: Console.energyChart.valuesNow // keyed by EnergyChartData.seriesKey()
    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        KpiTile {
            objectName: "demandTile"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Demand")
            value: tiles.balance.available ? Labels.mw(tiles.balance.demandMw) : "–"
        }
        KpiTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Renewable share")
            value: tiles.balance.available ? Labels.percent(tiles.balance.renewableShare) : "–"
            valueColor: Theme.positive
        }
        KpiTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Curtailment")
            value: tiles.balance.available ? Labels.mw(tiles.balance.curtailmentMw) : "–"
            valueColor: tiles.balance.curtailmentMw > 0 ? Theme.warning : Theme.textPrimary
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        KpiTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("SMP (system marginal price)")
            value: tiles.balance.available ? Labels.krwPerKwh(tiles.balance.smpKrwPerKwh) : "–"
            valueColor: tiles.balance.smpKrwPerKwh < 0 ? Theme.danger : Theme.textPrimary
        }
        KpiTile {
            objectName: "carbonTile"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Carbon intensity")
            value: tiles.valuesNow.carbonIntensity !== undefined ? Labels.carbonIntensity(tiles.valuesNow.carbonIntensity) : "–"
            valueColor: Theme.chartCarbon
        }
    }
}
