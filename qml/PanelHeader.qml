// SPDX-License-Identifier: MIT
// Title of a side panel with a one-line subtitle (e.g. the time of the data shown).
import QtQuick

Column {
    property string title
    property string subtitle
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
}
