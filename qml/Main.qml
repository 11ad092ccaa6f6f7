// SPDX-License-Identifier: MIT
// The console window: navigation rail, the current view's side panel, one shared map of Jeju and
// the status bar. Everything shown comes from the Console singleton (models over the cache).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

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

    readonly property string view: Console.currentView
    readonly property bool mapReady: map.ready
    readonly property var panels: ({ energy: energyPanel, dispatch: dispatchPanel,
                                     disasters: disastersPanel, centers: centersPanel, audit: auditPanel })
    // The audit trail has no place on the map: its view leaves the map without markers.
    readonly property var currentModel: view === "energy" ? Console.assets
                                      : view === "dispatch" ? Console.trucks
                                      : view === "disasters" ? Console.disasters
                                      : view === "centers" ? Console.centers : null

    Shortcut { sequence: "Ctrl+1"; onActivated: Console.currentView = "energy" }
    Shortcut { sequence: "Ctrl+2"; onActivated: Console.currentView = "dispatch" }
    Shortcut { sequence: "Ctrl+3"; onActivated: Console.currentView = "disasters" }
    Shortcut { sequence: "Ctrl+4"; onActivated: Console.currentView = "centers" }
    Shortcut { sequence: "Ctrl+5"; enabled: Console.canReadAudit; onActivated: Console.currentView = "audit" }

    Connections {
        target: window.currentModel
        ignoreUnknownSignals: true
        function onSelectionChanged() {
            const row = window.currentModel.selectedRow
            if (row < 0)
                return
            const entity = window.currentModel.get(row)
            map.centerOn(entity.latitude, entity.longitude)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

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
                            text: message
                            Layout.fillWidth: true
                            tint: Theme.warning
                            onDismissed: Console.notices.dismiss(key)
                        }
                    }
                    RejectionBanner { Layout.fillWidth: true }
                    StackLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: ["energy", "dispatch", "disasters", "centers", "audit"].indexOf(window.view)
                        EnergyPanel { id: energyPanel }
                        DispatchPanel { id: dispatchPanel }
                        DisastersPanel { id: disastersPanel }
                        CentersPanel { id: centersPanel; origin: map.center }
                        AuditPanel { id: auditPanel }
                    }
                }
            }

            MapPane {
                id: map
                objectName: "map"
                Layout.fillWidth: true
                Layout.fillHeight: true
                markers: window.currentModel
                circles: window.view === "disasters" ? Console.disasters : null
                flows: window.view === "energy" ? Console.hvdcFlows : null
                legend: window.view === "energy"
                        ? [{ label: qsTr("HVDC converter"), tint: Theme.hvdc }, { label: qsTr("Thermal"), tint: Theme.thermal },
                           { label: qsTr("Wind"), tint: Theme.wind }, { label: qsTr("Solar"), tint: Theme.solar },
                           { label: qsTr("Substation"), tint: Theme.substation }]
                        : window.view === "dispatch" ? [{ label: qsTr("Energy truck"), tint: Theme.truck }]
                        : window.view === "disasters" ? [{ label: qsTr("Disaster and affected area"), tint: Theme.disaster }]
                        : window.view === "centers" ? [{ label: qsTr("Health center"), tint: Theme.center }] : []
                onMarkerClicked: row => window.currentModel.select(row)
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
