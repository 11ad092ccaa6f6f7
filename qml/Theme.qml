// SPDX-License-Identifier: MIT
// Colours, spacing and type for the whole console, in one place. Calm and high-contrast so it
// reads at a glance at 3 a.m.; `dark` switches to a dark palette with the same contrast.
pragma Singleton
import QtQuick
import EnergyTruck.Models

QtObject {
    // One setting for every window of the application (the sign-in window has no Console).
    readonly property bool dark: Appearance.dark

    readonly property string fontFamily: "Noto Sans CJK KR"

    // Surfaces
    readonly property color background: dark ? "#101418" : "#f4f6f8"
    readonly property color surface: dark ? "#1a2027" : "#ffffff"
    readonly property color surfaceMuted: dark ? "#222a33" : "#f0f2f5"
    readonly property color divider: dark ? "#2e3843" : "#e5e8eb"
    readonly property color selection: dark ? "#1e3a5f" : "#e8f3ff"

    // Text
    readonly property color textPrimary: dark ? "#f2f4f6" : "#191f28"
    readonly property color textSecondary: dark ? "#b0b8c1" : "#4e5968"
    readonly property color textTertiary: dark ? "#8b95a1" : "#8b95a1"

    // Meaning
    readonly property color accent: "#3182f6"
    readonly property color positive: "#12b886"
    readonly property color warning: "#f59f00"
    readonly property color danger: "#f04452"
    readonly property color neutral: "#8b95a1"

    // Energy sources and map layers; the same colours the map item draws its markers in
    readonly property color thermal: "#8c5a2b"
    readonly property color wind: "#1c7ed6"
    readonly property color solar: "#f59f00"
    readonly property color hvdc: "#7048e8"
    readonly property color truck: "#0ca678"
    readonly property color center: "#d6336c"
    readonly property color substation: "#343a40"
    readonly property color disaster: "#e03131"
    // A what-if draft: one ink no live thing uses (the map overlay's too).
    readonly property color draft: "#d60078"

    // Charts: what is not a source's own colour (the sources above fill the stacked areas)
    readonly property color chartDemand: dark ? "#f2f4f6" : "#191f28"
    readonly property color chartCurtailment: "#e8590c"
    readonly property color chartForecast: "#3182f6"
    readonly property color chartSmp: dark ? "#f783ac" : "#c2255c"
    readonly property color chartCarbon: dark ? "#ced4da" : "#495057"
    readonly property color chartGrid: dark ? "#2e3843" : "#e9ecef"
    readonly property color chartFuture: dark ? "#16263a" : "#f3f8ff"

    // Map
    readonly property color sea: dark ? "#0d1b2a" : "#dbe9f6"
    readonly property color land: dark ? "#243240" : "#f8f9fa"
    readonly property color mapBoundary: dark ? "#52606d" : "#a8a29e"
    readonly property color mapLabel: dark ? "#e5e8eb" : "#191f28"

    // Spacing (4 px grid) and radii
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 12
    readonly property int radiusSmall: 6

    // Type scale (pixels)
    readonly property int fontCaption: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 16
    readonly property int fontHeadline: 22
    readonly property int fontDisplay: 28

    // Layout
    readonly property int navWidth: 88
    readonly property int panelWidth: 420
    readonly property int statusBarHeight: 36

    /// The colour a map legend entry names ("wind", "truck", …: the views' legends in ViewRegistry).
    function tint(name: string): color {
        switch (name) {
        case "thermal": return thermal
        case "wind": return wind
        case "solar": return solar
        case "hvdc": return hvdc
        case "truck": return truck
        case "center": return center
        case "substation": return substation
        case "disaster": return disaster
        default: return neutral
        }
    }

    /// An alarm's priority (urgent, high, medium, low).
    function priorityColor(priority) {
        switch (priority) {
        case "urgent": return danger
        case "high": return "#e8710a"
        case "medium": return "#b8860b"
        case "low": return neutral
        }
        return neutral
    }

    /// ShakeCast's inspection priorities (green, yellow, orange, red).
    function inspectionColor(priority) {
        switch (priority) {
        case "red": return danger
        case "orange": return "#e8710a"
        case "yellow": return "#d4a106"
        }
        return positive
    }

    function severityColor(severity) {
        if (severity >= 4)
            return danger
        if (severity >= 3)
            return warning
        return neutral
    }

    function orderStatusColor(status) {
        switch (status) {
        case "accepted": case "active": return accent
        case "completed": return positive
        case "failed": return danger
        case "pending": case "cancelling": return warning
        default: return neutral
        }
    }

    function statusColor(status) {
        switch (status) {
        case "online": case "charging": case "driving": case "active":
            return positive
        case "discharging":
            return accent
        case "maintenance": case "monitoring":
            return warning
        case "emergency": case "offline":
            return danger
        default:
            return neutral
        }
    }
}
