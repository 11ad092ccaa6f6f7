// SPDX-License-Identifier: MIT
// The incident an operator is drawing on the map, shared by the Disasters view (which starts,
// clears and reports it) and the map (which takes the clicks and draws it): a polygon's corners,
// or a circle's centre and a point on its rim.
pragma Singleton
import QtQuick

QtObject {
    property bool active: false
    property bool circle: false
    property var points: []

    function add(coordinate) {
        const next = points.slice()
        if (circle && next.length >= 2)
            next[1] = coordinate
        else
            next.push(coordinate)
        points = next
    }
    function start(asCircle) {
        circle = asCircle
        points = []
        active = true
    }
    function clear() {
        points = []
        active = false
    }
    readonly property bool complete: circle ? points.length >= 2 : points.length >= 3
}
