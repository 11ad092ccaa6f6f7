// SPDX-License-Identifier: MIT
// The map's zoom buttons: in, out, and all of Jeju; each a button for the pointer and the keys.
import QtQuick
import EnergyTruck.Map

Column {
    id: buttons
    required property JejuMap map
    spacing: Theme.spacingXs
    Repeater {
        model: [
            { glyph: "+", tip: qsTr("Zoom in"), act: () => buttons.map.zoomLevel = buttons.map.zoomLevel + 1 },
            { glyph: "−", tip: qsTr("Zoom out"), act: () => buttons.map.zoomLevel = buttons.map.zoomLevel - 1 },
            { glyph: "⌂", tip: qsTr("Show all of Jeju"), act: () => buttons.map.fitJeju() }
        ]
        Rectangle {
            id: zoomButton
            required property var modelData
            width: 36; height: 36; radius: Theme.radiusSmall
            color: zoomPress.hovered ? Theme.surfaceMuted : Theme.surface
            border.color: Theme.divider
            Text {
                anchors.centerIn: parent
                text: parent.modelData.glyph
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textPrimary
            }
            PressArea {
                id: zoomPress
                name: zoomButton.modelData.tip
                radius: zoomButton.radius
                onActivated: zoomButton.modelData.act()
            }
        }
    }
}
