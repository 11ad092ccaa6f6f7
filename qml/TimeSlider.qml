// SPDX-License-Identifier: MIT
// The Energy view's time slider: which instant the view shows — live, or any minute of the cached
// last 7 days, offline too — as one slim transport row under the panel, so the asset list keeps
// its room: play (1×, 60× or 600× simulated time; the chip cycles), the slider over the cached
// range (arrow keys step a minute) with a line above it saying how far back it is or what is
// missing, and the way back to live. The panel's header names the minute shown. It only moves
// Console.time (TimeCursor); the KPIs, the flows and the map follow it through Console.energy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: bar
    objectName: "timeSlider"
    readonly property TimeCursor cursor: Console.time
    readonly property EnergyInstant energy: Console.energy
    /// "Live" means the newest minute the server sent: offline it is only the newest cached one.
    readonly property bool stale: !Console.status.online
    /// Something before the newest minute is cached: there is a range to scrub.
    readonly property bool scrubbable: bar.cursor.earliest.getTime() < bar.cursor.latest.getTime()
    /// The speed play starts with; the chip cycles it, and a playing cursor changes at once.
    property int chosenSpeed: 60
    readonly property int shownSpeed: bar.cursor.playing ? bar.cursor.speed : bar.chosenSpeed
    readonly property bool troubled: bar.energy.error.length > 0
                                     || (!bar.cursor.live && !bar.energy.available && !bar.energy.loading)
    spacing: Theme.spacingXs

    function status(): string {
        if (bar.energy.error.length > 0)
            return qsTr("The cached history cannot be read: %1").arg(bar.energy.error)
        if (bar.cursor.scrubPending)
            return qsTr("Waiting for the cached history…")
        if (bar.cursor.live && bar.stale)
            return qsTr("Newest cached minute · offline, not live")
        if (bar.cursor.live)
            return bar.scrubbable ? qsTr("Live · cached since %1").arg(Labels.dateTime(bar.cursor.earliest))
                                  : qsTr("Live · no history cached yet")
        if (bar.energy.loading)
            return qsTr("Reading the cached history…")
        if (!bar.energy.available)
            return qsTr("No history cached for this minute")
        return bar.cursor.behindText
    }

    function nextSpeed() {
        bar.chosenSpeed = bar.shownSpeed === 1 ? 60 : (bar.shownSpeed === 60 ? 600 : 1)
        if (bar.cursor.playing)
            bar.cursor.play(bar.chosenSpeed)
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.divider
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Rectangle {
            id: play
            objectName: "playButton"
            readonly property bool usable: !bar.cursor.live
            implicitWidth: 32
            implicitHeight: 32
            radius: 16
            color: usable ? (playPress.hovered ? Qt.darker(Theme.accent, 1.1) : Theme.accent) : Theme.divider
            Text {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: 1
                visible: !bar.cursor.playing
                text: "▶"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textOn(Theme.accent)
            }
            Row { // pause: two bars (the UI font has no pause sign)
                anchors.centerIn: parent
                visible: bar.cursor.playing
                spacing: 3
                Rectangle { width: 3; height: 10; color: Theme.textOn(Theme.accent) }
                Rectangle { width: 3; height: 10; color: Theme.textOn(Theme.accent) }
            }
            PressArea {
                id: playPress
                enabled: play.usable
                name: bar.cursor.playing ? qsTr("Pause") : qsTr("Play")
                radius: play.radius
                onActivated: bar.cursor.playing ? bar.cursor.pause() : bar.cursor.play(bar.chosenSpeed)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                objectName: "timeSliderStatus"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXs
                text: bar.status()
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                font.bold: bar.cursor.live
                color: bar.troubled || (bar.cursor.live && bar.stale) ? Theme.warning
                     : (bar.cursor.live ? Theme.positive : Theme.textSecondary)
                elide: Text.ElideRight
            }
            Slider {
                id: slider
                objectName: "timeSliderTrack"
                Layout.fillWidth: true
                implicitHeight: 18
                topPadding: 0
                bottomPadding: 0
                enabled: bar.scrubbable
                value: bar.cursor.position
                // Arrow keys step a minute of the range.
                stepSize: bar.scrubbable ? 60000 / (bar.cursor.latest.getTime() - bar.cursor.earliest.getTime()) : 0
                onMoved: bar.cursor.scrubToPosition(value)
                FocusRing { shown: slider.visualFocus; radius: Theme.radiusSmall }
                Accessible.name: qsTr("Time shown")
                Accessible.description: qsTr("Left and Right step a minute through the cached week")
                background: Rectangle {
                    x: slider.leftPadding
                    y: slider.topPadding + slider.availableHeight / 2 - height / 2
                    width: slider.availableWidth
                    height: 4
                    radius: 2
                    color: Theme.divider
                    Rectangle {
                        width: slider.visualPosition * parent.width
                        height: parent.height
                        radius: 2
                        color: bar.cursor.live ? Theme.positive : Theme.accent
                    }
                }
                handle: Rectangle {
                    x: slider.leftPadding + slider.visualPosition * (slider.availableWidth - width)
                    y: slider.topPadding + slider.availableHeight / 2 - height / 2
                    width: 16
                    height: 16
                    radius: 8
                    color: Theme.surface
                    border.width: 2
                    border.color: bar.cursor.live ? Theme.positive : Theme.accent
                }
            }
        }
        Rectangle {
            id: speed
            objectName: "speedChip"
            implicitWidth: Math.max(44, speedText.implicitWidth + 2 * Theme.spacingS)
            implicitHeight: 28
            radius: Theme.radiusSmall
            color: speedPress.hovered ? Theme.surfaceMuted : Theme.surface
            border.color: Theme.divider
            Text {
                id: speedText
                anchors.centerIn: parent
                text: qsTr("%1×").arg(bar.shownSpeed)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: Theme.accent
            }
            PressArea {
                id: speedPress
                name: qsTr("Play speed %1×: change").arg(bar.shownSpeed)
                radius: speed.radius
                onActivated: bar.nextSpeed()
            }
        }
        ActionButton {
            objectName: "liveButton"
            implicitHeight: 32
            text: qsTr("Live")
            primary: !bar.cursor.live
            enabled: !bar.cursor.live
            Accessible.description: qsTr("Show the newest data again")
            onClicked: bar.cursor.goLive()
        }
    }
}
