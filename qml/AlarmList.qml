// SPDX-License-Identifier: MIT
// The alarm list: each open alarm with its priority, what raised it, its state and age, grouped
// by incident (an incident's children indented under it); acknowledge, or shelve for a while with
// a reason (operators: handle_alarms); shelved ones shown on demand with their shelf; each
// alarm's journal under it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

Popup {
    id: popup
    objectName: "alarmList"
    readonly property AlarmListModel alarms: Console.alarms
    // Opened from the keyboard, it takes the focus: Tab goes through its alarms, Escape closes it.
    focus: true
    width: 560
    height: Math.min(620, list.contentHeight + header.implicitHeight + 3 * Theme.spacingL)
    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        RowLayout {
            id: header
            Layout.fillWidth: true
            SectionLabel { Layout.fillWidth: true; text: qsTr("Alarms") }
            ChipToggle {
                objectName: "showShelved"
                text: qsTr("Show shelved (%1)").arg(popup.alarms.shelvedCount)
                checked: popup.alarms.showShelved
                onClicked: popup.alarms.showShelved = !popup.alarms.showShelved
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingXs
            model: popup.alarms
            delegate: Rectangle {
                id: row
                required property string alarmId
                required property string priority
                required property string state
                required property string sourceText
                required property string subject
                required property string message
                required property var raisedAt
                required property bool unacknowledged
                required property bool shelved
                required property var shelvedUntil
                required property string shelveReason
                required property bool child
                required property bool local
                required property var journal
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radiusSmall
                color: row.unacknowledged ? Theme.surfaceMuted : Theme.surface
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    anchors.leftMargin: row.child ? 28 : Theme.spacingS
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            implicitWidth: 64; implicitHeight: 20; radius: 10
                            color: Theme.priorityColor(row.priority)
                            Text {
                                anchors.centerIn: parent
                                text: Labels.alarmPriority(row.priority)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                font.bold: true
                                color: Theme.textOn(Theme.priorityColor(row.priority))
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.sourceText + " · " + row.subject
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: row.unacknowledged
                            color: Theme.textPrimary
                            elide: Text.ElideRight
                        }
                        Text {
                            text: Labels.alarmState(row.state)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: row.unacknowledged ? Theme.danger : Theme.textSecondary
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.message + " · " + Labels.dateTime(row.raisedAt)
                              + (row.shelved ? " · " + qsTr("shelved until %1: %2").arg(Labels.time(row.shelvedUntil)).arg(row.shelveReason) : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: Console.canHandleAlarms || row.local
                        ActionButton {
                            objectName: "acknowledgeAlarm"
                            visible: row.unacknowledged
                            text: qsTr("Acknowledge")
                            onClicked: row.local ? Console.alarms.acknowledgeLocal(row.alarmId) : Console.commands.acknowledgeAlarm(row.alarmId)
                        }
                        InputField {
                            id: reason
                            visible: !row.local && !row.shelved
                            Layout.fillWidth: true
                            placeholderText: qsTr("Reason to shelve")
                        }
                        ActionButton {
                            objectName: "shelveAlarm"
                            visible: !row.local && !row.shelved
                            enabled: reason.text.trim().length > 0
                            text: qsTr("Shelve 1 h")
                            onClicked: Console.commands.shelveAlarm(row.alarmId, 60, reason.text)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: row.journal.length > 0
                        text: row.journal.slice(0, 3).join("\n")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textTertiary
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
