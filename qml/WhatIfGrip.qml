// SPDX-License-Identifier: MIT
// A what-if's grip on the map: dragging it, or the arrow keys while it has the focus, moves the
// whole draft (its area, circle or typhoon track), and the draft is assessed again as it goes.
import QtQuick
import EnergyTruck.Map

Rectangle {
    id: grip
    required property JejuMap map
    /// The what-if draft (Console.whatIf).
    required property var whatIf
    objectName: "whatIfGrip"
    readonly property point at: {
        grip.map.center // re-placed when the map pans, zooms, loads or resizes
        grip.map.zoomLevel
        grip.map.loaded
        grip.map.width
        grip.map.height
        return grip.whatIf && grip.whatIf.active ? grip.map.fromCoordinate(grip.whatIf.centre) : Qt.point(NaN, NaN)
    }
    property point pressedAt
    visible: grip.whatIf !== null && grip.whatIf.active && !isNaN(at.x)
    x: at.x - width / 2
    y: at.y - height / 2
    width: 28
    height: 28
    radius: 14
    color: Theme.draft
    border.color: "white"
    border.width: 2
    Accessible.role: Accessible.Grip
    Accessible.name: qsTr("Move the what-if")
    Accessible.description: qsTr("Drag it, or move it with the arrow keys.")
    activeFocusOnTab: visible
    Keys.onPressed: event => {
        const step = 16
        const dx = event.key === Qt.Key_Left ? -step : (event.key === Qt.Key_Right ? step : 0)
        const dy = event.key === Qt.Key_Up ? -step : (event.key === Qt.Key_Down ? step : 0)
        if (dx === 0 && dy === 0) {
            event.accepted = false
            return
        }
        grip.whatIf.moveTo(grip.map.toCoordinate(Qt.point(grip.at.x + dx, grip.at.y + dy)))
    }
    FocusRing { shown: grip.activeFocus; radius: grip.radius; border.color: Theme.textPrimary }
    Text {
        anchors.centerIn: parent
        text: "✥"
        color: "white"
        font.pixelSize: 16
    }
    DragHandler {
        target: null
        cursorShape: Qt.SizeAllCursor
        onActiveChanged: {
            if (active)
                grip.pressedAt = grip.at
        }
        onTranslationChanged: {
            if (active)
                grip.whatIf.moveTo(grip.map.toCoordinate(Qt.point(grip.pressedAt.x + translation.x,
                                                                grip.pressedAt.y + translation.y)))
        }
    }
}
