// SPDX-License-Identifier: MIT
// Bottom bar: connection state, how old the data is, last sync time, server and last error.
// It takes the focus by Tab (the last stop before the alarm bar), so a screen reader reads it all.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Rectangle {
    id: bar
    objectName: "statusBar"
    readonly property var status: Console.status
    color: Theme.surface
    implicitHeight: Theme.statusBarHeight
    activeFocusOnTab: true
    Accessible.role: Accessible.StatusBar
    Accessible.description: qsTr("The connection, how old the data is and what waits to be sent")
    Accessible.name: [bar.status.stateText, bar.status.offlineSinceText, qsTr("Data age: %1").arg(bar.status.dataAgeText),
                      bar.status.outboxText, bar.status.waitingText, bar.status.errorText]
                     .filter(t => t.length > 0).join(" · ")
    FocusRing { shown: bar.activeFocus }

    Rectangle { width: parent.width; height: 1; color: Theme.divider }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingL

        Rectangle {
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: bar.status.online ? Theme.positive
                 : (bar.status.state === "offline" ? Theme.danger : Theme.warning)
        }
        Text {
            objectName: "connectionText"
            text: bar.status.stateText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textPrimary
        }
        Text {
            objectName: "offlineSinceText"
            visible: text.length > 0
            text: bar.status.offlineSinceText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.warning
        }
        Text {
            objectName: "dataAgeText"
            text: qsTr("Data age: %1").arg(bar.status.dataAgeText)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: bar.status.dataAgeSeconds > 120 ? Theme.warning : Theme.textSecondary
        }
        Text {
            visible: bar.status.lastSyncedAt !== undefined && !isNaN(bar.status.lastSyncedAt)
            text: qsTr("Last synced %1").arg(Labels.time(bar.status.lastSyncedAt))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        Text {
            objectName: "outboxText"
            visible: text.length > 0
            text: bar.status.outboxText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.warning
            elide: Text.ElideRight
            Layout.maximumWidth: 420
        }
        Text {
            objectName: "waitingText"
            visible: text.length > 0
            text: bar.status.waitingText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.warning
        }
        Text {
            objectName: "statusErrorText"
            Layout.fillWidth: true
            text: bar.status.errorText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            elide: Text.ElideRight
        }
        Text {
            text: bar.status.cacheOnly ? qsTr("Cache only") : bar.status.serverUrl
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
        }
    }
}
