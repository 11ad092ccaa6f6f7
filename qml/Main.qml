// SPDX-License-Identifier: MIT
// The console window: navigation rail, the current view's side panel, one shared map of Jeju and
// the status bar. Everything shown comes from the Console singleton (models over the cache); the
// views themselves — their panels, shortcuts and what the map shows — come from Console.views.
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AlarmBar { Layout.fillWidth: true }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            NavRail { Layout.fillHeight: true }

            Rectangle {
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

        StatusBar { Layout.fillWidth: true }
    }
}
