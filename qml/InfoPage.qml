// SPDX-License-Identifier: MIT
// An information page of the Centers view (what to do in a crisis; mental health and where to
// get help), written for this project in Korean and English with its sources, read offline.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

Flickable {
    id: page
    objectName: "infoPage"
    property string name
    signal back()
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    ColumnLayout {
        id: column
        width: page.width - Theme.spacingS
        spacing: Theme.spacingS
        PageBackRow {
            Layout.fillWidth: true
            title: Console.info.title(page.name)
            onBack: page.back()
        }
        Text {
            objectName: "infoText"
            Layout.fillWidth: true
            text: Console.info.markdown(page.name)
            textFormat: Text.MarkdownText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            linkColor: Theme.accent
            wrapMode: Text.WordWrap
            onLinkActivated: link => Qt.openUrlExternally(link)
        }
    }
}
