// SPDX-License-Identifier: MIT
// The pointer over a time chart's plot area: hovering reports the time under it, the wheel
// zooms around it (1 hour to 8 days), a drag pans, a double click goes back to the 24 hours
// around now. The range lives in chartData, so every chart over it follows.
import QtQuick
import EnergyTruck.Models

MouseArea {
    id: pointer
    required property EnergyChartData chartData
    signal hovered(real ms)
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Chart's time range")
    Accessible.description: qsTr("The wheel zooms, a drag pans, a double click goes back to the 24 hours around now.")

    readonly property real minSpanMs: 3600 * 1000
    readonly property real maxSpanMs: 8 * 24 * 3600 * 1000
    property real pressX: 0
    property real pressFromMs: 0
    property real pressToMs: 0

    function msAt(px: real): real {
        return chartData.visibleFromMs + px / width * (chartData.visibleToMs - chartData.visibleFromMs)
    }

    hoverEnabled: true
    cursorShape: pressed ? Qt.ClosedHandCursor : Qt.CrossCursor
    onPressed: mouse => {
        pressX = mouse.x
        pressFromMs = chartData.visibleFromMs
        pressToMs = chartData.visibleToMs
    }
    onPositionChanged: mouse => {
        if (pressed) {
            const shift = (mouse.x - pressX) / width * (pressToMs - pressFromMs)
            chartData.setVisibleRange(pressFromMs - shift, pressToMs - shift)
        }
        hovered(msAt(Math.max(0, Math.min(width, mouse.x))))
    }
    onExited: hovered(NaN)
    onDoubleClicked: chartData.resetVisibleRange()
    onWheel: wheel => {
        const at = msAt(wheel.x)
        const span = chartData.visibleToMs - chartData.visibleFromMs
        const next = Math.max(minSpanMs, Math.min(maxSpanMs, span * (wheel.angleDelta.y > 0 ? 0.8 : 1.25)))
        const share = (at - chartData.visibleFromMs) / span
        chartData.setVisibleRange(at - share * next, at + (1 - share) * next)
    }
}
