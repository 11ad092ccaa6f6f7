// SPDX-License-Identifier: MIT
// What makes a drawn face (its parent: a Rectangle with a glyph) a button: a tap, a hover
// highlight (`hovered`), and the keyboard — it takes focus by Tab, Space, Enter and Return press
// it, and a FocusRing shows it has the focus. A screen reader meets it as a button named `name`.
import QtQuick

Item {
    id: area
    /// What a screen reader says for the button.
    property string name
    property string description: qsTr("Space or Enter presses it")
    /// The parent's corner radius, for the focus ring.
    property real radius: 0
    /// Its accessible role: a button, or a page tab for the rail's views.
    property int role: Accessible.Button
    readonly property alias hovered: hover.hovered
    property alias cursorShape: hover.cursorShape
    signal activated()

    anchors.fill: parent
    activeFocusOnTab: enabled
    Accessible.role: role
    Accessible.name: name
    Accessible.description: description
    Accessible.onPressAction: area.activated()
    Keys.onSpacePressed: area.activated()
    Keys.onReturnPressed: area.activated()
    Keys.onEnterPressed: area.activated()

    HoverArea { id: hover }
    TapHandler { onTapped: area.activated() }
    FocusRing { shown: area.activeFocus; radius: area.radius }
}
