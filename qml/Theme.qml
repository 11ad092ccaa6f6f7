// SPDX-License-Identifier: MIT
// Colours, spacing and type for the whole console, in one place, in three themes (Appearance.theme,
// switched live from the Settings page or --theme):
// - Light: calm, for the day and the office.
// - Dark: the control room at night after ISA-101 — greys, with the sources and the normal state
//   in muted tones, so that saturated colour means something is abnormal (alarms, danger,
//   curtailment, disasters, a draft).
// - High contrast: white on black with bright colours, for low vision and glare.
// Every text colour meets WCAG AA (4.5:1) on every surface of its theme (tst_themecontrast).
pragma Singleton
import QtQuick
import EnergyTruck.Models

QtObject {
    // One setting for every window of the application (the sign-in window has no Console).
    readonly property int theme: Appearance.theme
    readonly property bool dark: Appearance.dark
    readonly property bool highContrast: Appearance.highContrast

    /// The light, dark and high-contrast value of a colour: the one of the current theme.
    function pick(light: color, night: color, contrast: color): color {
        return theme === Appearance.HighContrast ? contrast : theme === Appearance.Dark ? night : light
    }

    /// WCAG 2 relative luminance of `c` (0 black … 1 white).
    function luminance(c: color): real {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    /// Text on a filled `fill` (a button, a badge, the alarm bar): near-black or white, whichever
    /// contrasts more — a light tint of the dark themes takes dark text.
    function textOn(fill: color): color {
        const l = luminance(fill)
        // #111418 or white (Qt.rgba: a typed function must return a color, not a string)
        return (l + 0.05) / (0.0056 + 0.05) >= 1.05 / (l + 0.05) ? Qt.rgba(0x11 / 255, 0x14 / 255, 0x18 / 255, 1) : Qt.rgba(1, 1, 1, 1)
    }

    readonly property string fontFamily: "Noto Sans CJK KR"

    // Surfaces
    readonly property color background: pick("#f4f6f8", "#1f2226", "#000000")
    readonly property color surface: pick("#ffffff", "#2a2e33", "#000000")
    readonly property color surfaceMuted: pick("#eef1f4", "#33383e", "#141414")
    readonly property color divider: pick("#e5e8eb", "#464c53", "#9e9e9e")
    readonly property color selection: pick("#e8f3ff", "#3a4552", "#33300a")

    // Text
    readonly property color textPrimary: pick("#191f28", "#e6e8ea", "#ffffff")
    readonly property color textSecondary: pick("#4e5968", "#b9bec4", "#f0f0f0")
    readonly property color textTertiary: pick("#636d79", "#a3a9b0", "#d8d8d8")
    /// Text and icons on an accent-filled button.
    readonly property color accentInk: pick("#ffffff", "#111418", "#000000")

    // Meaning (each also a text colour: AA on the theme's surfaces)
    readonly property color accent: pick("#1b64da", "#8cb4e0", "#ffd60a")
    readonly property color positive: pick("#0b7a5a", "#9cc5ad", "#3dff8a")
    readonly property color warning: pick("#a35200", "#f2b33d", "#ffb000")
    readonly property color danger: pick("#c92a3a", "#ff7f7f", "#ff5c5c")
    readonly property color neutral: pick("#636d79", "#a3a9b0", "#d8d8d8")

    // Energy sources and map layers (the legend's; the map item draws its markers in its own palette)
    readonly property color thermal: pick("#8c5a2b", "#8a7560", "#d08c4a")
    readonly property color wind: pick("#1c7ed6", "#6f8fae", "#4dabf7")
    readonly property color solar: pick("#f59f00", "#b8a36a", "#ffd43b")
    readonly property color hvdc: pick("#7048e8", "#8879b0", "#b197fc")
    readonly property color truck: pick("#0ca678", "#6fa08c", "#38d9a9")
    readonly property color center: pick("#d6336c", "#b07a92", "#f783ac")
    readonly property color substation: pick("#343a40", "#8d949b", "#ced4da")
    readonly property color disaster: pick("#e03131", "#ff6b6b", "#ff5c5c")
    // A what-if draft: one ink no live thing uses (the map overlay's too).
    readonly property color draft: "#d60078"

    // Charts: what is not a source's own colour (the sources above fill the stacked areas)
    readonly property color chartDemand: pick("#191f28", "#e6e8ea", "#ffffff")
    readonly property color chartCurtailment: pick("#e8590c", "#f08c4a", "#ff922b")
    readonly property color chartForecast: pick("#3182f6", "#8cb4e0", "#ffd60a")
    readonly property color chartSmp: pick("#c2255c", "#d9a3b8", "#ff8ad8")
    readonly property color chartCarbon: pick("#495057", "#ced4da", "#ffffff")
    readonly property color chartGrid: pick("#e9ecef", "#3a4047", "#5a5a5a")
    readonly property color chartFuture: pick("#f3f8ff", "#262b31", "#101010")

    // Map
    readonly property color sea: pick("#dbe9f6", "#191c20", "#000000")
    readonly property color land: pick("#f8f9fa", "#3a3f45", "#1c1c1c")
    readonly property color mapBoundary: pick("#a8a29e", "#6b727a", "#bdbdbd")
    readonly property color mapLabel: pick("#191f28", "#e6e8ea", "#ffffff")

    // Spacing (4 px grid) and radii
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 12
    readonly property int radiusSmall: 6

    // Type scale (pixels), times the user's text size (Appearance.fontScale, 100–200 %)
    readonly property real fontScale: Appearance.fontScale
    readonly property int fontCaption: Math.round(12 * fontScale)
    readonly property int fontBody: Math.round(14 * fontScale)
    readonly property int fontTitle: Math.round(16 * fontScale)
    readonly property int fontHeadline: Math.round(22 * fontScale)
    readonly property int fontDisplay: Math.round(28 * fontScale)
    /// Small print: chart axes, map notes (10 px at 100 %).
    readonly property int fontSmall: Math.round(10 * fontScale)

    // Layout
    // The rail and the panel grow with the text, so larger text wraps as the normal size does
    // instead of running out under the map.
    readonly property int navWidth: Math.round(88 * fontScale)
    readonly property int panelWidth: Math.round(420 * fontScale)
    readonly property int statusBarHeight: Math.round(36 * fontScale)

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
        case "high": return pick("#b85400", "#f5a25d", "#ff9f43")
        case "medium": return pick("#8a6d00", "#d9c26a", "#ffe066")
        case "low": return neutral
        }
        return neutral
    }

    /// ShakeCast's inspection priorities (green, yellow, orange, red).
    function inspectionColor(priority) {
        switch (priority) {
        case "red": return danger
        case "orange": return pick("#b85400", "#f5a25d", "#ff9f43")
        case "yellow": return pick("#8a6d00", "#d9c26a", "#ffe066")
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
