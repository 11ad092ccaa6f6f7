// SPDX-License-Identifier: MIT
// What the map says about its raster tiles: the source's attribution, small in the bottom right
// corner as tile licences require, and a banner when a map pack or tile server fails (the vector
// map stays usable underneath).
import QtQuick

Item {
    id: notes
    property string error: ""
    property string attribution: ""

    Rectangle {
        objectName: "tileError"
        visible: notes.error.length > 0
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingL
        width: Math.min(errorText.implicitWidth + 2 * Theme.spacingM, parent.width * 0.5)
        height: errorText.implicitHeight + Theme.spacingS * 2
        radius: Theme.radiusSmall
        color: Theme.surface
        border.color: Theme.danger
        Text {
            id: errorText
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingM
            text: qsTr("Map tiles: %1").arg(notes.error)
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
        }
    }

    Rectangle {
        objectName: "tileAttribution"
        visible: notes.attribution.length > 0
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Math.min(attributionText.implicitWidth + 2 * Theme.spacingXs, parent.width * 0.6)
        height: attributionText.implicitHeight + 2
        color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.8)
        Text {
            id: attributionText
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingXs
            anchors.rightMargin: Theme.spacingXs
            text: notes.attribution
            textFormat: Text.PlainText
            elide: Text.ElideLeft
            font.family: Theme.fontFamily
            font.pixelSize: 10
            color: Theme.textSecondary
        }
    }
}
