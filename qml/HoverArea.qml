// SPDX-License-Identifier: MIT
// Whether the pointer is over the parent, for a hover highlight: `hovered`, as a HoverHandler
// has it. Not a HoverHandler: in Qt 6.4 every pointer handler that a hover event visits is
// appended to a per-device list that the hover Qt Quick sends itself after each frame never
// empties, so with the pointer resting on a window that keeps drawing (the Energy view's flows)
// the list grows by a few MB an hour (QTBUG-135975, fixed in later Qt; bench/soak/README.md). A
// MouseArea that takes no buttons is not a pointer handler, and clicks pass through it.
import QtQuick

MouseArea {
    anchors.fill: parent
    hoverEnabled: true
    acceptedButtons: Qt.NoButton
    readonly property bool hovered: containsMouse
    Accessible.ignored: true
}
