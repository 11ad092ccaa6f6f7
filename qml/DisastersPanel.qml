// SPDX-License-Identifier: MIT
// Disasters view: the incidents, the ones still open first, each with its severity, type, age and
// status; a new one reported by drawing it on the map or by replaying a past typhoon
// (IncidentCreateCard); and the selected one's impact, priority supply and commands
// (IncidentDetail); a what-if drafted the same way, assessed here and never sent (WhatIfCompare),
// which an operator can promote. Viewers read and draft what-ifs; operators with manage_disasters
// report, change, resolve and promote.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "disastersPanel"
    readonly property int disasterCount: disasterList.count
    property bool creating: false
    property bool whatIf: false
    spacing: Theme.spacingM

    RowLayout {
        Layout.fillWidth: true
        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Disasters")
            showDataAge: true
            subtitle: disasterList.count === 0 ? qsTr("No disasters reported") : qsTr("%1 reported").arg(disasterList.count)
        }
        ActionButton {
            objectName: "newWhatIf"
            visible: !panel.creating
            text: qsTr("What-if")
            tint: Theme.draft
            onClicked: {
                panel.whatIf = true
                panel.creating = true
            }
        }
        ActionButton {
            objectName: "newIncident"
            visible: Console.canManageDisasters && !panel.creating
            text: qsTr("New incident")
            onClicked: {
                panel.whatIf = false
                panel.creating = true
            }
        }
    }

    IncidentCreateCard {
        Layout.fillWidth: true
        visible: panel.creating
        whatIf: panel.whatIf
        onClosed: panel.creating = false
        onCreated: id => Console.disasters.select(Console.disasters.rowOfId(id))
    }

    WhatIfCompare {
        Layout.fillWidth: true
        visible: Console.whatIf.active
        // Its own commands when it was drafted without the card (--what-if).
        showActions: !panel.creating
        onPromoted: id => Console.disasters.select(Console.disasters.rowOfId(id))
    }

    SelectableList {
        id: disasterList
        objectName: "disasterList"
        Accessible.name: qsTr("Disasters")
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight + 4, panel.creating ? 120 : 210)
        Layout.minimumHeight: 60
        model: Console.disasters
        delegate: ListRow {
            id: disasterRow
            accessibleName: name
            required property string name
            required property string type
            required property string status
            required property int severity
            required property var startedAt
            required property string disasterId
            required property bool acknowledged
            RowLayout {
                width: parent.width
                spacing: Theme.spacingS
                Rectangle {
                    implicitWidth: 26
                    implicitHeight: 26
                    radius: 13
                    color: Theme.severityColor(disasterRow.severity)
                    Text {
                        anchors.centerIn: parent
                        text: disasterRow.severity
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.textOn(Theme.severityColor(disasterRow.severity))
                    }
                }
                Column {
                    Layout.fillWidth: true
                    Text {
                        width: parent.width
                        text: disasterRow.name.length > 0 ? disasterRow.name : Labels.disasterType(disasterRow.type)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    Text {
                        width: parent.width
                        text: Labels.disasterType(disasterRow.type) + " · " + Labels.age(disasterRow.startedAt, Console.time.latest)
                              + (disasterRow.acknowledged ? " · " + qsTr("acknowledged") : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                        elide: Text.ElideRight
                    }
                }
                StatusChip { text: Labels.status(disasterRow.status); tint: Theme.statusColor(disasterRow.status) }
            }
        }
    }

    IncidentDetail {
        creating: panel.creating
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: Console.disasters.selectedRow >= 0
    }
    Item {
        Layout.fillHeight: true
        visible: Console.disasters.selectedRow < 0
    }
}
