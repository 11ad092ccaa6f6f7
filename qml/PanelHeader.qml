// SPDX-License-Identifier: MIT
// Title of a side panel with a one-line subtitle, and (showDataAge) how old the panel's data is:
// "Live" while connected, else the time of the last update and its age.
import QtQuick
import EnergyTruck.Models

Column {
    id: header
    property string title
    property string subtitle
    property bool showDataAge: false
    spacing: Theme.spacingXs

    Text {
        text: parent.title
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontDisplay
        font.bold: true
        color: Theme.textPrimary
    }
    Text {
        visible: text.length > 0
        text: parent.subtitle
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }
    Row {
        visible: header.showDataAge
        spacing: Theme.spacingXs
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 8
            height: 8
            radius: 4
            color: Console.status.online ? Theme.positive : Theme.warning
        }
        Text {
            objectName: "panelDataAge"
            text: Console.status.panelAgeText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Console.status.online ? Theme.textSecondary : Theme.warning
        }
    }
}
