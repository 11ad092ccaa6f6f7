// SPDX-License-Identifier: MIT
// The pointer over a time chart's plot area: hovering reports the time under it, the wheel
// zooms around it (1 hour to 8 days), a drag pans, a double click goes back to the 24 hours
// around now; from the keyboard, Left and Right pan, + and − zoom, 0 goes back. The range lives
// in chartData, so every chart over it follows.
import QtQuick
import EnergyTruck.Models

MouseArea {
    id: pointer
    required property EnergyChartData chartData
    signal hovered(real ms)
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Chart's time range")
    Accessible.description: qsTr("The wheel or + and − zoom, a drag or Left and Right pan, a double click or 0 goes back to the 24 hours around now.")
    activeFocusOnTab: true
    Keys.onPressed: event => {
        const span = chartData.visibleToMs - chartData.visibleFromMs
        const middle = chartData.visibleFromMs + span / 2
        if (event.key === Qt.Key_Left || event.key === Qt.Key_Right) {
            const shift = (event.key === Qt.Key_Left ? -span : span) / 8
            chartData.setVisibleRange(chartData.visibleFromMs + shift, chartData.visibleToMs + shift)
        } else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal || event.key === Qt.Key_Minus) {
            const next = Math.max(minSpanMs, Math.min(maxSpanMs, span * (event.key === Qt.Key_Minus ? 1.25 : 0.8)))
            chartData.setVisibleRange(middle - next / 2, middle + next / 2)
        } else if (event.key === Qt.Key_0 || event.key === Qt.Key_Home) {
            chartData.resetVisibleRange()
        } else {
            event.accepted = false
        }
    }
    FocusRing { shown: pointer.activeFocus }

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
