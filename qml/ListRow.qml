// SPDX-License-Identifier: MIT
// One clickable row of a SelectableList; tinted when its entity is selected.
import QtQuick

Rectangle {
    id: row
    default property alias content: inner.data
    required property int index
    required property bool selected
    /// What a screen reader says for the row (its entity's name and state).
    property string accessibleName
    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleName
    Accessible.selected: selected
    Accessible.selectable: true
    Accessible.description: qsTr("Choosing it shows it on the map")

    width: ListView.view ? ListView.view.width : 0
    implicitHeight: inner.childrenRect.height + 2 * Theme.spacingM
    radius: Theme.radiusSmall
    color: selected ? Theme.selection : (hover.hovered ? Theme.surfaceMuted : "transparent")

    HoverArea { id: hover }
    TapHandler {
        onTapped: {
            row.ListView.view.forceActiveFocus()
            row.ListView.view.model.select(row.index)
        }
    }

    Item {
        id: inner
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
    }
}
