// SPDX-License-Identifier: MIT
// Why a center ranks where it does: its score and the four parts that make it — distance, open
// now, expertise and programs — each with its weight, its value as a bar and the reason in words,
// so a person can check the ranking rather than trust it.
import QtQuick
import QtQuick.Layouts

Card {
    id: card
    objectName: "centerRankReasons"
    property real score: 0
    property var reasons: []
    padding: Theme.spacingM

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        Text {
            Layout.fillWidth: true
            text: qsTr("Match %1 of 100").arg(Math.round(card.score * 100))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textPrimary
        }
        Repeater {
            model: card.reasons
            delegate: ColumnLayout {
                id: reason
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                MeterBar {
                    Layout.fillWidth: true
                    label: qsTr("%1 (weight %2)").arg(reason.modelData.label).arg(Number(reason.modelData.weight).toFixed(2))
                    valueText: qsTr("+%1").arg(Math.round(reason.modelData.points * 100))
                    fraction: reason.modelData.value
                }
                Text {
                    Layout.fillWidth: true
                    text: reason.modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textPrimary
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
