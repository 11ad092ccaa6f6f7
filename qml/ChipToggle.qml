// SPDX-License-Identifier: MIT
// A small pill-shaped button for a card's header: a choice between a few options (`checked`
// is the chosen one) or a one-off action.
import QtQuick

Rectangle {
    id: chip
    property string text
    property bool checked: false
    signal clicked()

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + Theme.spacingXs * 1.5
    radius: height / 2
    color: checked ? Theme.selection : (tap.hovered ? Theme.surfaceMuted : "transparent")
    border.color: checked ? Theme.accent : Theme.divider
    border.width: 1
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.description: qsTr("Space or Enter chooses it")
    Accessible.onPressAction: chip.clicked()
    Keys.onSpacePressed: chip.clicked()
    Keys.onReturnPressed: chip.clicked()
    Keys.onEnterPressed: chip.clicked()

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.bold: chip.checked
        color: chip.checked ? Theme.accent : Theme.textSecondary
    }
    HoverArea { id: tap; cursorShape: Qt.PointingHandCursor }
    TapHandler { onTapped: chip.clicked() }
    // A chosen chip is outlined in the accent already: its focus ring takes the text colour.
    FocusRing { shown: chip.activeFocus; radius: chip.radius; border.color: chip.checked ? Theme.textPrimary : Theme.accent }
}
