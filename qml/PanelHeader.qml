// SPDX-License-Identifier: MIT
// Title of a side panel with a one-line subtitle, and (showDataAge) how old the panel's data is:
// "Live" while connected, else the time of the last update and its age; `pastText`, when set, says
// instead that the panel shows a past minute (the Energy view scrubbed on its time slider).
import QtQuick
import EnergyTruck.Models

Column {
    id: header
    property string title
    property string subtitle
    property bool showDataAge: false
    property string pastText
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
            color: header.pastText.length > 0 ? Theme.hvdc : Console.status.online ? Theme.positive : Theme.warning
        }
        Text {
            objectName: "panelDataAge"
            text: header.pastText.length > 0 ? header.pastText : Console.status.panelAgeText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: header.pastText.length > 0 || Console.status.online ? Theme.textSecondary : Theme.warning
        }
    }
}
