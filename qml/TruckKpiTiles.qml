// SPDX-License-Identifier: MIT
// The trucks' day in six numbers (Console.truckKpis, summed by the server minute by minute over
// the KST day, read from the cache): curtailment absorbed, energy delivered, the value at SMP,
// CO₂ avoided with the factor it used, and the share of the day's surplus the trucks took.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: tiles
    objectName: "truckKpiTiles"
    readonly property TruckDayKpis kpis: Console.truckKpis
    spacing: Theme.spacingXs

    function mwh(value: real): string {
        return qsTr("%1 MWh").arg(Number(value).toLocaleString(Qt.locale(), "f", 1))
    }

    SectionLabel {
        Layout.fillWidth: true
        text: tiles.kpis.available ? qsTr("Today (%1 KST)").arg(tiles.kpis.day) : qsTr("Today")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        KpiTile {
            objectName: "absorbedTile"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Curtailment absorbed")
            value: tiles.kpis.available ? tiles.mwh(tiles.kpis.absorbedMwh) : "–"
            valueColor: Theme.positive
        }
        KpiTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Share absorbed")
            value: tiles.kpis.shareAbsorbed >= 0 ? Labels.percent(tiles.kpis.shareAbsorbed) : "–"
        }
        KpiTile {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Delivered")
            value: tiles.kpis.available ? tiles.mwh(tiles.kpis.deliveredMwh) : "–"
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        KpiTile {
            objectName: "valueTile"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            compact: true
            label: qsTr("Value at SMP")
            value: tiles.kpis.available ? qsTr("₩%1").arg(Number(tiles.kpis.valueKrw).toLocaleString(Qt.locale(), "f", 0)) : "–"
            valueColor: tiles.kpis.valueKrw < 0 ? Theme.danger : Theme.textPrimary
        }
        KpiTile {
            objectName: "co2Tile"
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            compact: true
            label: tiles.kpis.co2FactorGPerKwh > 0
                   ? qsTr("CO₂ avoided (at %1 g/kWh)").arg(Number(tiles.kpis.co2FactorGPerKwh).toLocaleString(Qt.locale(), "f", 0))
                   : qsTr("CO₂ avoided")
            value: tiles.kpis.available ? qsTr("%1 t").arg(Number(tiles.kpis.co2AvoidedKg / 1000).toLocaleString(Qt.locale(), "f", 2)) : "–"
        }
    }
}
