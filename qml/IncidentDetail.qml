// SPDX-License-Identifier: MIT
// The selected incident: what it is and how bad (its severity, and the hazard's own rating and
// GDACS-like alert), the commands on it (acknowledge, raise or lower the severity, resolve), the
// replayed typhoon's position at the time slider's instant, and its impact — the key figures
// (unserved MW, deficit, trucks needed), the assets and facilities at risk by inspection
// priority, the unserved demand by eup/myeon/dong, the facilities that may lose power, and the
// priority supply with the rule that placed each share and the trucks the plan sends.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

ScrollView {
    id: detail
    objectName: "incidentDetail"
    Accessible.name: qsTr("Incident")
    Accessible.description: qsTr("The selected incident: its impact, trucks, commands and report")
    contentWidth: availableWidth
    clip: true
    readonly property var incident: Console.disasters.selectedRow >= 0 ? Console.disasters.get(Console.disasters.selectedRow) : ({})
    readonly property IncidentImpactModel impact: Console.incidentImpact
    readonly property bool open: incident.status !== undefined && incident.status !== "resolved"
    readonly property bool canManage: Console.canManageDisasters && open
    /// The create card is open: it owns the drawing then.
    property bool creating: false

    ColumnLayout {
        width: detail.availableWidth
        spacing: Theme.spacingM

        Card {
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: detail.incident.name || Labels.disasterType(detail.incident.type ?? "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.textPrimary
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Severity %1 of 5").arg(detail.incident.severity)
                          + (detail.impact.hazardSeverity > 0 ? " · " + qsTr("the hazard rates it %1").arg(detail.impact.hazardSeverity) : "")
                          + (detail.impact.alert.length > 0 ? " · " + qsTr("GDACS %1").arg(Labels.alertLevel(detail.impact.alert)) : "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }
                Text {
                    Layout.fillWidth: true
                    visible: detail.impact.assessed
                    wrapMode: Text.WordWrap
                    text: qsTr("Judged by %1, %2").arg(detail.impact.modelText).arg(Labels.dateTime(detail.impact.computedAt))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                }
                Text {
                    Layout.fillWidth: true
                    visible: Console.hazardShapes.replayText.length > 0
                    wrapMode: Text.WordWrap
                    text: "⟳ " + Console.hazardShapes.replayText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.danger
                }
                SituationReportRow {
                    Layout.fillWidth: true
                    disasterId: detail.incident.disasterId ?? ""
                }
                IncidentCommands {
                    Layout.fillWidth: true
                    visible: detail.canManage
                    incident: detail.incident
                    creating: detail.creating
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: !detail.impact.assessed
            wrapMode: Text.WordWrap
            text: qsTr("The impact follows once the server has assessed the incident.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textTertiary
        }

        RowLayout {
            Layout.fillWidth: true
            visible: detail.impact.assessed
            spacing: Theme.spacingS
            KpiTile { Layout.fillWidth: true; compact: true; label: qsTr("Unserved"); value: Labels.mw(detail.impact.unservedMw) }
            KpiTile { Layout.fillWidth: true; compact: true; label: qsTr("Deficit"); value: qsTr("%1 MWh").arg(Labels.number(detail.impact.deficitMwh, 0)) }
            KpiTile { Layout.fillWidth: true; compact: true; label: qsTr("Trucks needed"); value: detail.impact.trucksNeeded }
        }

        Card {
            Layout.fillWidth: true
            visible: detail.impact.supply.length > 0
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingXs
                SectionLabel { text: qsTr("Priority supply · %1 MWh on the trucks").arg(Labels.number(detail.impact.availableMwh, 1)) }
                Repeater {
                    objectName: "supplyRows"
                    model: detail.impact.supply
                    delegate: ColumnLayout {
                        id: share
                        required property var modelData
                        required property int index
                        // The first five served; the CLI lists them all.
                        visible: index < 5
                        Layout.fillWidth: true
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: share.modelData.name
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                font.bold: true
                                color: Theme.textPrimary
                                elide: Text.ElideRight
                            }
                            Text {
                                text: qsTr("%1 MWh").arg(Labels.number(share.modelData.mwh, 2))
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textPrimary
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: share.modelData.ruleText + (share.modelData.trucks.length > 0 ? " · " + share.modelData.trucks : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: share.modelData.rule === "life_critical" ? Theme.danger : Theme.textSecondary
                            elide: Text.ElideRight
                        }
                    }
                }
                Text {
                    visible: detail.impact.supply.length > 5
                    text: qsTr("and %1 more").arg(detail.impact.supply.length - 5)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: detail.impact.assessed
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingXs
                SectionLabel {
                    text: qsTr("At risk: %1 red · %2 orange · %3 yellow").arg(detail.impact.redCount)
                          .arg(detail.impact.orangeCount).arg(detail.impact.yellowCount)
                }
                Repeater {
                    objectName: "impactRows"
                    model: detail.impact
                    delegate: RowLayout {
                        id: siteRow
                        required property int index
                        // The worst ten; the CLI's `disaster impact` lists them all.
                        visible: index < 10
                        required property string name
                        required property string category
                        required property string type
                        required property double intensity
                        required property double probability
                        required property string state
                        required property string priority
                        required property bool approximate
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Rectangle {
                            implicitWidth: 10; implicitHeight: 10; radius: 5
                            color: Theme.inspectionColor(siteRow.priority)
                        }
                        Text {
                            Layout.fillWidth: true
                            text: siteRow.name + (siteRow.approximate ? " ~" : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            font.bold: siteRow.category === "facility"
                            color: Theme.textPrimary
                            elide: Text.ElideRight
                        }
                        Text {
                            text: Labels.number(siteRow.intensity, 1) + " " + Console.incidentImpact.unit
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textSecondary
                        }
                        Text {
                            Layout.preferredWidth: 112
                            horizontalAlignment: Text.AlignRight
                            text: Labels.damageState(siteRow.state) + " " + Math.round(siteRow.probability * 100) + "%"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.inspectionColor(siteRow.priority)
                        }
                    }
                }
                Text {
                    visible: detail.impact.count > 10
                    text: qsTr("and %1 more").arg(detail.impact.count - 10)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: detail.impact.unservedByRegion.length > 0
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingXs
                SectionLabel { text: qsTr("Unserved demand by eup/myeon/dong") }
                Repeater {
                    model: detail.impact.unservedByRegion
                    delegate: RowLayout {
                        id: region
                        required property var modelData
                        required property int index
                        // The eight worst; the CLI lists them all.
                        visible: index < 8
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: region.modelData.region
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textPrimary
                        }
                        Text {
                            text: Labels.mw(region.modelData.mw)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }
        IncidentTrucksCard {
            Layout.fillWidth: true
            incident: detail.incident
            canManage: detail.canManage
        }
    }
}
