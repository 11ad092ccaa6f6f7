// SPDX-License-Identifier: MIT
// The alarm bar, in every view (issue 18): the most important alarm in words with how many wait
// for an acknowledgement, coloured by the worst priority; an alarm flood (more than 10 in 10
// minutes) as one grouped banner instead; "Alarms" opens the list to acknowledge and shelve.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

Rectangle {
    id: bar
    objectName: "alarmBar"
    readonly property AlarmListModel alarms: Console.alarms
    readonly property bool flooded: alarms.floodCount > 0
    visible: alarms.count > 0 || flooded
    implicitHeight: visible ? Math.round(44 * Theme.fontScale) : 0
    color: Theme.priorityColor(flooded ? "urgent" : alarms.worstPriority)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM
        Text {
            text: "⚠"
            font.pixelSize: Theme.fontTitle
            color: Theme.textOn(bar.color)
        }
        Text {
            objectName: "alarmHeadline"
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: bar.flooded ? qsTr("Alarm flood: %1 alarms in the last 10 minutes, grouped by incident").arg(bar.alarms.floodCount)
                              : bar.alarms.headline + " · " + qsTr("%1 to acknowledge").arg(bar.alarms.unacknowledgedCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textOn(bar.color)
        }
        Text {
            visible: bar.alarms.shelvedCount > 0
            text: qsTr("%1 shelved").arg(bar.alarms.shelvedCount)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textOn(bar.color)
        }
        ActionButton {
            objectName: "openAlarms"
            text: qsTr("Alarms (%1)").arg(bar.alarms.count)
            tint: Theme.textOn(bar.color) // legible on the bar's colour in every theme
            onClicked: bar.alarms.listOpen = true
        }
    }

    AlarmList {
        id: list
        y: bar.height
        x: bar.width - width - Theme.spacingL
        onClosed: bar.alarms.listOpen = false
    }
    Connections {
        target: bar.alarms
        function onListOpenChanged() {
            if (bar.alarms.listOpen)
                list.open()
            else
                list.close()
        }
    }
    Component.onCompleted: if (alarms.listOpen) list.open()
}
