// SPDX-License-Identifier: MIT
// The map pane's "map pack" button: a small menu to open an offline MBTiles pack (raster tiles
// under the vector map) or to close it. The choice is handed up; MapPack remembers it.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs

Rectangle {
    id: button
    /// A pack is shown now (enables "Close map pack").
    property bool packOpen: false
    signal openRequested(url file)
    signal closeRequested()

    width: 36; height: 36; radius: Theme.radiusSmall
    color: press.hovered || menu.visible ? Theme.surfaceMuted : Theme.surface
    border.color: button.packOpen ? Theme.accent : Theme.divider

    // Two stacked squares: a pack of map sheets.
    readonly property color glyphColor: packOpen ? Theme.accent : Theme.textPrimary
    Rectangle {
        x: 9; y: 14; width: 13; height: 13; radius: 2
        color: Theme.surface; border.width: 2; border.color: button.glyphColor
    }
    Rectangle {
        x: 14; y: 9; width: 13; height: 13; radius: 2
        color: Theme.surface; border.width: 2; border.color: button.glyphColor
    }
    PressArea {
        id: press
        objectName: "mapPackButton"
        name: qsTr("Map pack")
        radius: button.radius
        onActivated: menu.popup(button, 0, button.height + Theme.spacingXs)
    }

    Menu {
        id: menu
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        MenuItem {
            objectName: "openMapPack"
            text: qsTr("Open map pack…")
            onTriggered: dialog.open()
        }
        MenuItem {
            objectName: "closeMapPack"
            text: qsTr("Close map pack")
            enabled: button.packOpen
            onTriggered: button.closeRequested()
        }
    }

    FileDialog {
        id: dialog
        title: qsTr("Open map pack")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("MBTiles map packs (*.mbtiles)"), qsTr("All files (*)")]
        onAccepted: button.openRequested(selectedFile)
    }
}
