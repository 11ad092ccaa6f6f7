// SPDX-License-Identifier: MIT
// The console window: navigation rail, the current view's side panel, one shared map of Jeju and
// the status bar. Everything shown comes from the Console singleton (models over the cache); the
// views themselves — their panels, shortcuts and what the map shows — come from Console.views.
// Tab goes rail → panel → map → status bar, then to the alarm bar above them and round again:
// Qt Quick's focus chain follows the order the items are declared in, so the alarm bar, though
// drawn at the top, is declared last.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import EnergyTruck.Models
import EnergyTruck.Console

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1440
    height: 900
    visible: true
    title: qsTr("Energy Truck Console — Jeju")
    // The sea: every other area has its own background, and the map leaves its sea to this clear
    // colour (JejuMap.drawSea), which saves a full-map fill each frame on software OpenGL.
    color: Theme.sea
    font.family: Theme.fontFamily

    readonly property bool mapReady: map.ready
    readonly property var views: Console.views

    Instantiator {
        model: window.views
        delegate: Shortcut {
            required property int index
            required property string shortcut
            required property bool available
            sequence: shortcut
            enabled: available
            onActivated: Console.views.currentIndex = index
        }
    }

    // A selection in the current view's list centres the map on it.
    Connections {
        target: window.views
        function onSelectionPlaced(latitude: real, longitude: real) {
            // A typhoon is placed at its fix nearest Jeju: show that fix and the island together.
            const row = Console.disasters.selectedRow
            if (window.views.currentId === "disasters" && row >= 0 && Console.disasters.get(row).hasTrack)
                map.showWithJeju(latitude, longitude)
            else
                map.centerOn(latitude, longitude)
        }
    }

    // Tab into a panel that scrolls brings the focused control into sight.
    onActiveFocusItemChanged: revealFocus(activeFocusItem)
    function revealFocus(item: Item) {
        for (let p = item ? item.parent : null; p; p = p.parent) {
            if (!(p instanceof Flickable) || p instanceof ListView)
                continue
            const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height)
            const margin = Theme.spacingM
            let y = p.contentY
            if (r.y < y)
                y = r.y - margin
            else if (r.y + r.height > y + p.height)
                y = Math.min(r.y - margin, r.y + r.height + margin - p.height)
            p.contentY = Math.max(0, Math.min(y, p.contentHeight - p.height))
            return
        }
    }

    RowLayout {
        anchors.top: alarmBar.bottom
        anchors.bottom: statusBar.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        NavRail { objectName: "navRail"; Layout.fillHeight: true }

        Rectangle {
            objectName: "panelArea"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.panelWidth
            color: Theme.background

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingM
                // Whatever view is open, notices and refused commands stay in sight until dismissed.
                Repeater {
                    model: Console.notices
                    delegate: Banner {
                        required property string key
                        required property string message
                        objectName: "notice-" + key
                        Layout.fillWidth: true
                        text: message
                        tint: Theme.warning
                        onDismissed: Console.notices.dismiss(key)
                    }
                }
                RejectionBanner { Layout.fillWidth: true }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: window.views.currentIndex
                    Repeater {
                        model: window.views
                        delegate: Loader {
                            required property string panel
                            source: panel
                        }
                    }
                }
            }
        }

        MapPane {
            id: map
            objectName: "map"
            Layout.fillWidth: true
            Layout.fillHeight: true
            markers: window.views.currentMarkers
            circles: window.views.currentCircles
            flows: window.views.currentFlows
            routes: window.views.currentRoutes
            hazards: Console.hazardShapes.shapes
            whatIf: Console.whatIf
            legend: window.views.currentLegend
            onMarkerClicked: row => window.views.selectMarker(row)
            onCenterChanged: Console.mapCenter = center
            tilesFile: MapPack.tilesFile
            tileUrlTemplate: MapPack.tileUrlTemplate
            tileCacheDirectory: MapPack.tileCacheDirectory
            onOpenPackRequested: file => MapPack.open(file)
            onClosePackRequested: MapPack.close()
        }
    }

    StatusBar {
        id: statusBar
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        height: implicitHeight
    }

    AlarmBar {
        id: alarmBar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: implicitHeight
    }
}
