// SPDX-License-Identifier: MIT
// Dispatch view: the planning round's suggestions to accept or reject, then every energy truck
// with its status, state of charge, battery health and destination.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "dispatchPanel"
    readonly property int truckCount: truckList.count
    // The selected truck's row, kept current as the truck moves and charges.
    property var selectedTruck: ({})
    spacing: Theme.spacingM

    function refreshSelected() {
        const row = Console.trucks.selectedRow
        selectedTruck = row >= 0 ? Console.trucks.get(row) : ({})
    }
    Connections {
        target: Console.trucks
        function onSelectionChanged() { panel.refreshSelected() }
        function onContentChanged() { panel.refreshSelected() }
    }
    // A truck may be selected before this panel exists (--select with a cached fleet).
    Component.onCompleted: refreshSelected()

    PanelHeader {
        title: qsTr("Dispatch")
        // The states an operator acts on first, in one line: moving, charging, feeding back.
        showDataAge: true
        subtitle: {
            const c = Console.trucks.statusCounts
            return qsTr("%1 energy trucks").arg(truckList.count) + " · "
                   + qsTr("%1 driving · %2 charging · %3 discharging").arg(c.driving || 0).arg(c.charging || 0)
                                                                        .arg(c.discharging || 0)
        }
    }

    SuggestionsCard { Layout.fillWidth: true }

    SelectableList {
        id: truckList
        objectName: "truckList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: Console.trucks
        delegate: ListRow {
            id: truckRow
            required property string name
            required property string status
            required property double soc
            required property double energyKwh
            required property double capacityKwh
            required property double soh
            required property double speedKmh
            required property string targetName
            Column {
                width: parent.width
                spacing: Theme.spacingS
                RowLayout {
                    width: parent.width
                    Text {
                        Layout.fillWidth: true
                        text: truckRow.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    StatusChip { text: Labels.status(truckRow.status); tint: Theme.statusColor(truckRow.status) }
                }
                MeterBar {
                    width: parent.width
                    label: qsTr("State of charge")
                    valueText: qsTr("%1 % · %2/%3 kWh · SoH %4 %").arg(Math.round(truckRow.soc * 100))
                                   .arg(Number(truckRow.energyKwh).toFixed(0)).arg(Number(truckRow.capacityKwh).toFixed(0))
                                   .arg(Number(truckRow.soh * 100).toFixed(1))
                    fraction: truckRow.soc
                    barColor: truckRow.soc < 0.2 ? Theme.danger : Theme.positive
                }
                Text {
                    width: parent.width
                    text: (truckRow.targetName.length > 0 ? qsTr("Heading to %1").arg(truckRow.targetName) : qsTr("No destination"))
                          + (truckRow.speedKmh > 0 ? " · " + qsTr("%1 km/h").arg(Number(truckRow.speedKmh).toFixed(0)) : "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
        }
    }

    TruckOrders {
        Layout.fillWidth: true
        visible: panel.selectedTruck.truckId !== undefined
        truck: panel.selectedTruck
    }
}
