// SPDX-License-Identifier: MIT
// Energy view: the island's numbers now (demand, renewable share, curtailment, SMP, carbon
// intensity), the curtailment forecast, the chart of the last and next 24 hours with the supply by
// source, each HVDC link against its rating; then the assets on the map (selecting one charts its
// output). Below the header everything scrolls, so the panel grows without squeezing the list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "energyPanel"
    readonly property var balance: Console.balance
    readonly property int assetCount: assetList.count
    spacing: Theme.spacingM

    PanelHeader {
        title: qsTr("Energy")
        showDataAge: true
        pastText: Console.time.live ? "" : qsTr("A past minute from the cached history")
        subtitle: panel.balance.available
                  ? qsTr("Island balance at %1").arg(Labels.dateTime(panel.balance.timestamp))
                  : qsTr("No balance in the cache yet")
    }

    Flickable {
        id: scroller
        objectName: "energyScroller"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            width: scroller.width
            spacing: Theme.spacingM

            EnergyKpiTiles { Layout.fillWidth: true }

            CurtailmentAlert { Layout.fillWidth: true }

            EnergyChartCard { Layout.fillWidth: true }

            Card {
                Layout.fillWidth: true
                Column {
                    width: parent.width
                    spacing: Theme.spacingS
                    SectionLabel { text: qsTr("HVDC links (flow / rating)") }
                    Repeater {
                        objectName: "hvdcRepeater"
                        model: Console.hvdcFlows
                        MeterBar {
                            required property string name
                            required property double mw
                            required property double capacityMw
                            width: parent.width
                            label: name
                            valueText: qsTr("%1 / %2 MW").arg(Number(mw).toFixed(0)).arg(Number(capacityMw).toFixed(0))
                            fraction: capacityMw > 0 ? Math.abs(mw) / capacityMw : 0
                            // A reversed VSC link exports to the mainland: show it in another colour.
                            barColor: mw < 0 ? Theme.warning : Theme.hvdc
                        }
                    }
                }
            }

            SectionLabel { text: qsTr("Assets") }
            SelectableList {
                id: assetList
                objectName: "assetList"
                Accessible.name: qsTr("Assets")
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(240, scroller.height * 0.5)
                model: Console.assets
                delegate: ListRow {
                    id: assetRow
                    accessibleName: name
                    required property string name
                    required property string kind
                    required property string status
                    required property double outputMw
                    required property double capacityMw
                    required property bool approximate
                    RowLayout {
                        width: parent.width
                        spacing: Theme.spacingS
                        Column {
                            Layout.fillWidth: true
                            Text {
                                text: assetRow.name
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.textPrimary
                            }
                            Text {
                                text: Labels.assetKind(assetRow.kind) + " · "
                                      + qsTr("%1 of %2 MW").arg(Number(assetRow.outputMw).toFixed(0)).arg(Number(assetRow.capacityMw).toFixed(0))
                                      + (assetRow.approximate ? " · " + qsTr("approx. position") : "")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textSecondary
                            }
                        }
                        StatusChip { text: Labels.status(assetRow.status); tint: Theme.statusColor(assetRow.status) }
                    }
                }
            }
        }
    }

    // What instant the whole view shows: live, or a minute of the cached week.
    TimeSlider { Layout.fillWidth: true }
}
