// SPDX-License-Identifier: MIT
// Dispatch view: today's KPIs, then one of three pages — the board (every energy truck in a lane
// by state, with its task, state of charge, battery health and ETA), the selected truck (its SoC
// over the last day and its orders), or the planning round's suggestions to accept or reject. It
// opens on the suggestions when there are some, else on the board; a truck selected on the map
// (or by a start-up option) opens its page, one selected on the board keeps the board.
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

    // 0: the board, 1: the selected truck, 2: the suggestions.
    property int page: Console.suggestions.count > 0 ? 2 : 0
    readonly property bool hasSelection: selectedTruck.truckId !== undefined

    function refreshSelected() {
        const row = Console.trucks.selectedRow
        selectedTruck = row >= 0 ? Console.trucks.get(row) : ({})
    }
    Connections {
        target: Console.trucks
        function onSelectionChanged() {
            panel.refreshSelected()
            if (!panel.hasSelection && panel.page === 1)
                panel.page = 0
            // A truck picked anywhere but on the board (the map, a start-up option): its page. A
            // click or an arrow key on the board keeps the board.
            else if (panel.hasSelection && !truckList.activeFocus)
                panel.page = 1
        }
        function onContentChanged() { panel.refreshSelected() }
    }
    // A truck may be selected before this panel exists (--select with a cached fleet): its page.
    Component.onCompleted: {
        refreshSelected()
        if (hasSelection)
            page = 1
    }

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

    TruckKpiTiles { Layout.fillWidth: true }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ChipToggle {
            objectName: "boardPage"
            text: qsTr("Board (%1)").arg(truckList.count)
            checked: panel.page === 0
            onClicked: panel.page = 0
        }
        ChipToggle {
            objectName: "truckPage"
            visible: panel.hasSelection
            text: panel.selectedTruck.name || ""
            checked: panel.page === 1
            onClicked: panel.page = 1
        }
        ChipToggle {
            objectName: "suggestionsPage"
            text: qsTr("Suggestions (%1)").arg(Console.suggestions.count)
            checked: panel.page === 2
            onClicked: panel.page = 2
        }
        Item { Layout.fillWidth: true }
    }

    StackLayout {
        id: pages
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: panel.page

        ColumnLayout {
            spacing: Theme.spacingM

            // The board: a lane per state, the trucks at work first; each card says what the truck
            // does, its charge, and for a driving truck when it arrives.
            SelectableList {
                id: truckList
                objectName: "truckList"
                Accessible.name: qsTr("Energy trucks")
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: Console.truckBoard
                section.property: "status"
                section.criteria: ViewSection.FullString
                section.delegate: Text {
                    required property string section
                    width: ListView.view ? ListView.view.width : 0
                    topPadding: Theme.spacingS
                    bottomPadding: Theme.spacingXs
                    text: Labels.status(section) + " · " + (Console.trucks.statusCounts[section] || 0)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    color: Theme.textSecondary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                delegate: ListRow {
                    id: truckRow
                    accessibleName: name
                    required property string name
                    required property string status
                    required property double soc
                    required property double energyKwh
                    required property double capacityKwh
                    required property double soh
                    required property double speedKmh
                    required property double powerKw
                    required property string task
                    required property string etaText
                    Accessible.role: Accessible.ListItem
                    Accessible.name: name + ", " + Labels.status(status) + ", " + task
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
                        Text {
                            width: parent.width
                            text: truckRow.task
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.textPrimary
                            elide: Text.ElideRight
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
                            visible: text.length > 0
                            text: truckRow.etaText.length > 0
                                  ? qsTr("ETA %1 KST").arg(truckRow.etaText)
                                    + (truckRow.speedKmh > 0 ? " · " + qsTr("%1 km/h").arg(Number(truckRow.speedKmh).toFixed(0)) : "")
                                  : (truckRow.powerKw > 0 ? qsTr("%1 kW this minute").arg(Number(truckRow.powerKw).toFixed(0)) : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                        }
                    }
                }
            }

        }

        ColumnLayout {
            spacing: Theme.spacingM
            TruckSocChart {
                Layout.fillWidth: true
                visible: panel.hasSelection
                truckName: panel.selectedTruck.name || ""
            }
            TruckOrders {
                Layout.fillWidth: true
                visible: panel.hasSelection
                truck: panel.selectedTruck
            }
            Item { Layout.fillHeight: true }
        }

        SuggestionsCard {
            Layout.alignment: Qt.AlignTop
            listMaxHeight: Math.max(120, pages.height - 120)
        }
    }
}
