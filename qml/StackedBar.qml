// SPDX-License-Identifier: MIT
// One bar split into coloured parts (e.g. generation by source) with a legend of values below.
// `parts` is [{label, value, tint}]; the bar's full width is `total`.
import QtQuick

Column {
    id: stacked
    property var parts: []
    property real total: 0
    property var formatValue: v => v
    spacing: Theme.spacingS
    // Each part's share of the bar and its value as text, worked out here: the delegates below
    // see only their own row.
    readonly property var shares: parts.map(p => ({ label: p.label, tint: p.tint,
                                                   share: total > 0 ? Math.max(0, p.value) / total : 0,
                                                   text: formatValue(p.value) }))

    Row {
        width: parent.width
        height: 14
        clip: true
        Repeater {
            model: stacked.shares
            Rectangle {
                required property var modelData
                height: parent.height
                width: parent.width * modelData.share
                color: modelData.tint
                Behavior on width { NumberAnimation { duration: 250; easing.type: Easing.OutCubic } }
            }
        }
    }

    Grid {
        width: parent.width
        columns: 2
        rowSpacing: Theme.spacingXs
        Repeater {
            model: stacked.shares
            Row {
                required property var modelData
                width: parent.width / 2
                spacing: Theme.spacingS
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 10; height: 10; radius: 2
                    color: parent.modelData.tint
                }
                Text {
                    text: parent.modelData.label
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }
                Text {
                    text: parent.modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.textPrimary
                }
            }
        }
    }
}
