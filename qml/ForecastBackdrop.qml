// SPDX-License-Identifier: MIT
// The forecast's side of a time chart: a tint from `fromX` (where the forecast takes over, or
// "now" while there is none) to the plot's right edge, to put behind the series, and, while there
// is no forecast, a caption saying so in that empty part, to put over them (over the grid lines):
// a chart uses one of each.
import QtQuick

Item {
    id: backdrop
    property rect plot
    property real fromX: 0
    property bool hasForecast: false
    property bool tintVisible: true
    property bool captionVisible: true
    readonly property real startX: Math.max(plot.x, Math.min(plot.x + plot.width, fromX))
    readonly property bool captionShown: captionVisible && !hasForecast && startX < plot.x + plot.width

    Rectangle {
        x: backdrop.startX
        y: backdrop.plot.y
        width: backdrop.plot.x + backdrop.plot.width - backdrop.startX
        height: backdrop.plot.height
        color: Theme.chartFuture
        visible: backdrop.tintVisible
    }
    Text {
        visible: backdrop.captionShown
        x: backdrop.startX + Theme.spacingXs
        width: backdrop.plot.x + backdrop.plot.width - backdrop.startX - 2 * Theme.spacingXs
        y: backdrop.plot.y + (backdrop.plot.height - height) / 2
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("No forecast yet")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.textTertiary
    }
}
