// SPDX-License-Identifier: MIT
// A list whose current row follows the model's selection (selectedRow / select(row)), so a click
// on the map and a click in the list select the same entity.
import QtQuick
import QtQuick.Controls

ListView {
    id: list
    clip: true
    Accessible.role: Accessible.List
    Accessible.description: qsTr("Up and Down choose a row, and the map shows it")
    spacing: 2
    boundsBehavior: Flickable.StopAtBounds
    currentIndex: model ? model.selectedRow : -1
    highlightFollowsCurrentItem: false
    onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)

    // Keyboard: Tab into the list, then Up/Down move the selection (and so the map); Enter
    // activates the row. `movingByKeys` is true while a key moves it, so a page that opens a
    // detail on selection can let the user browse first.
    property bool movingByKeys: false
    signal activated(int row)
    function selectByKeys(row: int) {
        movingByKeys = true
        model.select(row)
        movingByKeys = false
    }
    activeFocusOnTab: true
    Keys.onUpPressed: selectByKeys(Math.max(0, currentIndex - 1))
    Keys.onDownPressed: selectByKeys(Math.min(count - 1, currentIndex + 1))
    Keys.onReturnPressed: if (currentIndex >= 0) activated(currentIndex)
    Keys.onEnterPressed: if (currentIndex >= 0) activated(currentIndex)
    ScrollBar.vertical: ScrollBar { }
    // On the list itself, not its content, which scrolls.
    FocusRing { parent: list; shown: list.activeFocus; radius: Theme.radiusSmall }

    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nothing to show")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textTertiary
    }
}
