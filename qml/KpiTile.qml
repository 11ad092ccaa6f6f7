// SPDX-License-Identifier: MIT
// One key number with its label, e.g. "Demand 720 MW". The value is large so it reads from afar;
// `compact` tiles (three in a row) are smaller.
import QtQuick

Rectangle {
    id: tile
    property string label
    property string value
    property color valueColor: Theme.textPrimary
    property bool compact: false

    color: Theme.surfaceMuted
    radius: Theme.radiusSmall
    implicitHeight: column.implicitHeight + 2 * column.anchors.margins
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Column {
        id: column
        anchors.fill: parent
        anchors.margins: tile.compact ? 6 : Theme.spacingM
        spacing: tile.compact ? 2 : Theme.spacingXs
        Text {
            text: tile.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
            width: parent.width
        }
        Text {
            text: tile.value
            font.family: Theme.fontFamily
            font.pixelSize: tile.compact ? Theme.fontTitle : Theme.fontHeadline
            font.bold: true
            color: tile.valueColor
            elide: Text.ElideRight
            width: parent.width
        }
    }
}
