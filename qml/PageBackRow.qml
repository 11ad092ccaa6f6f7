// SPDX-License-Identifier: MIT
// The top of a page of the Centers view: "‹ Back" to the list and the page's title.
import QtQuick
import QtQuick.Layouts

RowLayout {
    id: row
    property string title
    signal back()
    spacing: Theme.spacingS
    ActionButton {
        objectName: "pageBack"
        text: qsTr("‹ Back")
        Accessible.name: qsTr("Back to the list")
        onClicked: row.back()
    }
    Text {
        Layout.fillWidth: true
        text: row.title
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.textPrimary
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
    }
}
