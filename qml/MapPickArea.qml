// SPDX-License-Identifier: MIT
// Over the map while something is being placed (an incident's corners, the center search's
// point): a click picks the coordinate under it instead of panning; the wheel still zooms.
import QtQuick
import EnergyTruck.Map

MouseArea {
    id: area
    required property JejuMap map
    signal picked(var coordinate)
    anchors.fill: map
    visible: enabled
    cursorShape: Qt.CrossCursor
    acceptedButtons: Qt.LeftButton
    onClicked: mouse => area.picked(area.map.toCoordinate(Qt.point(mouse.x, mouse.y)))
    onWheel: wheel => area.map.zoomAround(wheel.angleDelta.y / 120, Qt.point(wheel.x, wheel.y))
}
