// SPDX-License-Identifier: MIT
// The crisis lines, always on top of the Centers view (for the people this view serves a visible
// crisis line is a safety matter): 109, the national suicide-prevention line, and 1577-0199, the
// mental-health crisis line, both free and open day and night; 119 and 112 for an emergency now.
// Each number can be called (a tel: link the desktop hands to its phone app) or copied. `urgent`
// (answers of the self-check that point to a crisis) brings it forward: solid, larger, and
// saying plainly to call now.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: line
    objectName: "crisisLine"
    property bool urgent: false
    signal guideRequested()
    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radius
    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, urgent ? 0.22 : 0.10)
    border.color: Theme.danger
    border.width: urgent ? 3 : 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                objectName: "crisisHeadline"
                Layout.fillWidth: true
                text: line.urgent ? qsTr("Please call 109 now. You do not have to go through this alone.")
                                  : qsTr("In crisis? Call now — free, 24 hours") + "  ·  " + qsTr("In danger now: 119 or 112")
                font.family: Theme.fontFamily
                font.pixelSize: line.urgent ? Theme.fontTitle : Theme.fontBody
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            ActionButton {
                objectName: "crisisGuide"
                text: qsTr("What to do")
                tint: Theme.danger
                onClicked: line.guideRequested()
            }
        }
        Repeater {
            model: [
                { number: "109", name: qsTr("Suicide prevention line") },
                { number: "1577-0199", name: qsTr("Mental-health crisis line") }
            ]
            delegate: RowLayout {
                id: numberRow
                required property var modelData
                property bool copied: false
                Layout.fillWidth: true
                spacing: Theme.spacingS
                // Qt Quick has no clipboard object: a hidden TextEdit copies for us.
                TextEdit { id: clipboard; visible: false; text: numberRow.modelData.number }
                Text {
                    text: numberRow.modelData.number
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.textPrimary
                }
                Text {
                    Layout.fillWidth: true
                    text: numberRow.modelData.name
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
                ActionButton {
                    objectName: "call" + numberRow.modelData.number
                    text: qsTr("Call")
                    tint: Theme.danger
                    Accessible.name: qsTr("Call %1").arg(numberRow.modelData.number)
                    onClicked: Qt.openUrlExternally("tel:" + numberRow.modelData.number.replace(/-/g, ""))
                }
                ActionButton {
                    objectName: "copy" + numberRow.modelData.number
                    text: numberRow.copied ? qsTr("Copied") : qsTr("Copy")
                    Accessible.name: qsTr("Copy %1").arg(numberRow.modelData.number)
                    onClicked: {
                        clipboard.selectAll()
                        clipboard.copy()
                        numberRow.copied = true
                    }
                }
            }
        }
    }
}
