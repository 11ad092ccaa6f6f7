// SPDX-License-Identifier: MIT
// A white rounded surface that groups one topic in a panel.
import QtQuick

Rectangle {
    id: card
    default property alias content: inner.data
    property int padding: Theme.spacingL

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    border.width: 1
    implicitHeight: inner.childrenRect.height + 2 * padding

    Item {
        id: inner
        anchors.fill: parent
        anchors.margins: card.padding
    }
}
