// SPDX-License-Identifier: MIT
// Disasters view: each disaster with its type, severity (1–5), radius, status and start time.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "disastersPanel"
    readonly property int disasterCount: disasterList.count
    spacing: Theme.spacingM

    PanelHeader {
        title: qsTr("Disasters")
        showDataAge: true
        subtitle: disasterList.count === 0 ? qsTr("No disasters reported") : qsTr("%1 reported").arg(disasterList.count)
    }

    SelectableList {
        id: disasterList
        objectName: "disasterList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: Console.disasters
        delegate: ListRow {
            id: disasterRow
            required property string name
            required property string type
            required property string status
            required property int severity
            required property double radiusKm
            required property var startedAt
            required property string disasterId
            required property bool acknowledged
            required property var acknowledgedAt
            Column {
                width: parent.width
                spacing: Theme.spacingXs
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacingS
                    Rectangle {
                        implicitWidth: 28
                        implicitHeight: 28
                        radius: 14
                        color: Theme.severityColor(disasterRow.severity)
                        Text {
                            anchors.centerIn: parent
                            text: disasterRow.severity
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: "white"
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: disasterRow.name.length > 0 ? disasterRow.name : Labels.disasterType(disasterRow.type)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    StatusChip { text: Labels.status(disasterRow.status); tint: Theme.statusColor(disasterRow.status) }
                }
                Text {
                    width: parent.width
                    text: qsTr("%1 · severity %2 of 5 · radius %3 km").arg(Labels.disasterType(disasterRow.type))
                              .arg(disasterRow.severity).arg(Number(disasterRow.radiusKm).toFixed(1))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
                RowLayout {
                    width: parent.width
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Started %1").arg(Labels.dateTime(disasterRow.startedAt))
                              + (disasterRow.acknowledged ? " · " + qsTr("acknowledged") : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                        elide: Text.ElideRight
                    }
                    ActionButton {
                        objectName: "acknowledgeDisaster"
                        visible: Console.canManageDisasters && !disasterRow.acknowledged && disasterRow.status !== "resolved"
                        text: qsTr("Acknowledge")
                        onClicked: Console.commands.acknowledgeDisaster(disasterRow.disasterId)
                    }
                }
            }
        }
    }
}
