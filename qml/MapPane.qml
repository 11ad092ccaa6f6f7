// SPDX-License-Identifier: MIT
// The one map of Jeju that all four views share. The current view hands it the models for its
// markers and circles; it reports marker clicks, can centre on a coordinate, and shows a legend,
// zoom buttons and the name of the marker under the cursor. From the keyboard: Tab to the map,
// the arrow keys pan it, + and − zoom, 0 shows all of Jeju, and while a point is being placed
// (an incident's corners, the center search's point) Enter places it at the cross in the middle.
import QtQuick
import QtPositioning
import EnergyTruck.Map
import EnergyTruck.Models

Item {
    id: pane
    property var markers: null
    property var circles: null
    property var flows: null
    /// Trucks' trips: the road ahead of each driving truck, labelled with its ETA.
    property var routes: null
    /// The incidents' hazards (models HazardShapes.shapes): cones, swaths, contours, areas.
    property var hazards: []
    /// The what-if draft (Console.whatIf): its grip moves it.
    property var whatIf: null
    /// [{label, tint}] for the legend of the current view.
    property var legend: []
    readonly property bool ready: map.loaded
    readonly property alias center: map.center
    signal markerClicked(int row)
    // Raster tiles under the vector map (an offline MBTiles pack or an XYZ server) and the
    // "map pack" button's requests.
    property string tilesFile: ""
    property string tileUrlTemplate: ""
    property string tileCacheDirectory: ""
    signal openPackRequested(url file)
    signal closePackRequested()

    function centerOn(lat, lon) {
        map.center = QtPositioning.coordinate(lat, lon)
    }

    /// Fits the view around (lat, lon) and Jeju together, with some sea around both.
    function showWithJeju(lat, lon) {
        const jeju = QtPositioning.coordinate(33.38, 126.55)
        const point = QtPositioning.coordinate(lat, lon)
        const middle = QtPositioning.coordinate((lat + jeju.latitude) / 2, (lon + jeju.longitude) / 2)
        map.fitViewportToGeoShape(QtPositioning.circle(middle, point.distanceTo(jeju) / 2 + 50000), 0)
    }

    function fitJeju() {
        map.fitJeju()
    }

    /// Something waits for a point on the map (MapPickArea): Enter places it at the centre.
    readonly property bool picking: IncidentDraft.active || Console.searchOrigin.picking
    function placeAtCentre() {
        if (IncidentDraft.active)
            IncidentDraft.add(map.center)
        else if (Console.searchOrigin.picking)
            Console.searchOrigin.usePoint(map.center)
    }

    function kindName(kind) {
        switch (kind) {
        case "truck": return qsTr("Energy trucks")
        case "center": return qsTr("Centers")
        case "disaster": return qsTr("Disasters")
        }
        return Labels.assetKind(kind)
    }

    JejuMap {
        id: map
        objectName: "jejuMap"
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of Jeju")
        Accessible.description: qsTr("Arrow keys pan, + and − zoom, 0 shows all of Jeju; while a point is being placed, Enter places it at the centre.")
        activeFocusOnTab: true
        // The arrow keys and + − are the map's own (JejuMap::keyPressEvent); these are the console's.
        Keys.onPressed: event => {
            if (event.key === Qt.Key_0 || event.key === Qt.Key_Home)
                map.fitJeju()
            else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && pane.picking)
                pane.placeAtCentre()
            else
                event.accepted = false
        }
        anchors.fill: parent
        markers: pane.markers
        circles: pane.circles
        flows: pane.flows
        landColor: Theme.land
        seaColor: Theme.sea
        // The window clears with the sea colour (Main.qml): no second fill under the map.
        drawSea: !(Window.window && Qt.colorEqual(Window.window.color, Theme.sea))
        boundaryColor: Theme.mapBoundary
        labelColor: Theme.mapLabel
        // The markers in the theme's colours, as the legend shows them: muted in the ISA-101 dark
        // theme, so that only what is abnormal (an emergency's red ring, a disaster) stands out.
        markerColors: ({ hvdc_converter: Theme.hvdc, thermal: Theme.thermal, wind: Theme.wind, solar: Theme.solar,
                         substation: Theme.substation, truck: Theme.truck, center: Theme.center, disaster: Theme.disaster })
        markerRingColor: Theme.pick("#ffffff", Theme.background, "#ffffff")
        selectedRingColor: Theme.pick("#111827", Theme.textPrimary, Theme.accent)
        tilesFile: pane.tilesFile
        tileUrlTemplate: pane.tileUrlTemplate
        tileCacheDirectory: pane.tileCacheDirectory
        onMarkerClicked: row => pane.markerClicked(row)
        Component.onCompleted: fitJeju()
        // Until the window has its final size the fit would be for the wrong area.
        onWidthChanged: if (width > 0) fitJeju()
    }

    RouteOverlay {
        objectName: "routeOverlay"
        anchors.fill: map
        map: map
        model: pane.routes
        color: Theme.accent
        labelBackground: Theme.textPrimary
        labelColor: Theme.surface
        fontFamily: Theme.fontFamily
    }

    HazardOverlay {
        objectName: "hazardOverlay"
        anchors.fill: map
        map: map
        shapes: pane.hazards
        draft: IncidentDraft.active ? IncidentDraft.points : []
        draftIsCircle: IncidentDraft.circle
        fontFamily: Theme.fontFamily
    }

    // While an incident is drawn, a click places a corner (or the circle's centre, then its rim);
    // with "Pick on map" in the Centers view it sets the point the search measures from.
    MapPickArea {
        objectName: "incidentDrawingArea"
        map: map
        enabled: IncidentDraft.active
        onPicked: coordinate => IncidentDraft.add(coordinate)
    }
    MapPickArea {
        objectName: "searchOriginArea"
        map: map
        enabled: Console.searchOrigin.picking && !IncidentDraft.active
        onPicked: coordinate => Console.searchOrigin.usePoint(coordinate)
    }

    // The keyboard's place on the map: a ring round it while it has the focus, and the cross
    // where Enter places a point while one is being placed.
    FocusRing { shown: map.activeFocus }
    Text {
        objectName: "mapKeyCross"
        visible: map.activeFocus && pane.picking
        anchors.centerIn: parent
        text: "+"
        font.pixelSize: 32
        color: Theme.draft
    }

    // Above the drawing area so it can be taken mid-draw.
    WhatIfGrip {
        map: map
        whatIf: pane.whatIf
    }

    // The name of the marker under the cursor, or what a cluster holds, so an operator can
    // identify it without clicking. It stays on the marker while the map pans, zooms or the
    // marker moves (hoveredPoint follows all three).
    Rectangle {
        id: hoverTip
        objectName: "mapHoverTip"
        readonly property var entity: map.hoveredRow >= 0 && pane.markers ? pane.markers.get(map.hoveredRow) : null
        readonly property var cluster: map.hoveredCluster
        readonly property string text: {
            if (entity && entity.name !== undefined)
                return entity.name
            if (cluster && cluster.count !== undefined) {
                const parts = []
                for (const kind in cluster.kinds)
                    parts.push(pane.kindName(kind) + " " + cluster.kinds[kind])
                return qsTr("%n item(s) here", "", cluster.count) + " · " + parts.join(", ")
                        + (cluster.alert ? " · " + qsTr("includes an emergency") : "")
            }
            return ""
        }
        visible: text.length > 0 && !isNaN(map.hoveredPoint.x)
        x: Math.max(Theme.spacingS, Math.min(parent.width - width - Theme.spacingS, map.hoveredPoint.x + 14))
        y: Math.max(Theme.spacingS, map.hoveredPoint.y - height - 6)
        width: hoverText.implicitWidth + 2 * Theme.spacingS
        height: hoverText.implicitHeight + Theme.spacingS
        radius: Theme.radiusSmall
        color: Theme.textPrimary
        Text {
            id: hoverText
            anchors.centerIn: parent
            text: hoverTip.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.surface
        }
    }

    Rectangle {
        objectName: "mapLegend"
        visible: pane.legend.length > 0
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        width: legendColumn.implicitWidth + 2 * Theme.spacingM
        height: legendColumn.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radius
        color: Theme.surface
        opacity: 0.95
        border.color: Theme.divider
        Column {
            id: legendColumn
            anchors.centerIn: parent
            spacing: Theme.spacingXs
            Repeater {
                model: pane.legend
                Row {
                    required property var modelData
                    spacing: Theme.spacingS
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 10; height: 10; radius: 5
                        color: Theme.tint(parent.modelData.tint)
                        // Dark markers (substations) stay visible on the dark palette.
                        border.color: Theme.textTertiary
                        border.width: Theme.dark ? 1 : 0
                    }
                    Text {
                        text: parent.modelData.label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }

    MapZoomButtons {
        id: mapButtons
        map: map
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
    }

    MapPackButton {
        anchors.right: parent.right
        anchors.top: mapButtons.bottom
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingS
        packOpen: pane.tilesFile.length > 0
        onOpenRequested: file => pane.openPackRequested(file)
        onCloseRequested: pane.closePackRequested()
    }

    MapTileNotes {
        anchors.fill: parent
        error: map.tileError
        attribution: map.tilesActive ? map.tileAttribution : ""
    }

    Text {
        visible: map.errorString.length > 0
        anchors.centerIn: parent
        text: qsTr("The map could not be drawn: %1").arg(map.errorString)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.danger
    }
}
