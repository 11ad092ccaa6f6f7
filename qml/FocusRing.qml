// SPDX-License-Identifier: MIT
// Where the keyboard is: a ring just inside the edges of its parent, shown while `shown` (the
// focused item's activeFocus or a control's visualFocus). Inside, not outside, so a clipping list
// or scroller cannot hide it. The accent is AA against every panel of every theme
// (tst_themecontrast); on a filled face the owner gives the face's text colour instead.
import QtQuick

Rectangle {
    property bool shown: false
    anchors.fill: parent
    visible: shown
    color: "transparent"
    border.width: 2
    border.color: Theme.accent
    z: 100
}
