// SPDX-License-Identifier: MIT
// A what-if beside the present: the draft's figures as this console assessed them (offline, never
// sent), the open incidents' figures from the cache, and both together; whether the free trucks
// cover them; and the draft's sites at risk, red first. Drawn in the draft's own colour and
// marked DRAFT like its shapes on the map.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "whatIfCompare"
    readonly property WhatIfDraft draft: Console.whatIf
    property bool showActions: false
    signal promoted(string id)
    border.color: Theme.draft
    border.width: 2

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: draftWord.implicitWidth + 12
                implicitHeight: draftWord.implicitHeight + 4
                radius: Theme.radiusSmall
                color: Theme.draft
                Text {
                    id: draftWord
                    anchors.centerIn: parent
                    text: qsTr("DRAFT")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                    color: Theme.textOn(Theme.draft)
                }
            }
            Text {
                Layout.fillWidth: true
                text: card.draft.title.length > 0 ? card.draft.title : qsTr("What-if")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Text {
                visible: card.draft.severity > 0
                text: qsTr("Severity %1 of 5").arg(card.draft.severity)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: card.draft.assessed
                  ? qsTr("Assessed on this console by %1 in %2 ms. Nothing is sent until it is promoted; drag ✥ on the map to move it.")
                        .arg(card.draft.impact.modelText).arg(Labels.number(card.draft.assessMs, 1))
                  : qsTr("Assessing…")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
        Text {
            Layout.fillWidth: true
            visible: card.draft.problem.length > 0
            wrapMode: Text.WordWrap
            text: card.draft.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.warning
        }

        GridLayout {
            objectName: "whatIfTable"
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.spacingM
            rowSpacing: 2
            Repeater {
                model: [qsTr("Figure"), qsTr("Now"), qsTr("What-if"), qsTr("Together")]
                delegate: Text {
                    required property string modelData
                    required property int index
                    Layout.fillWidth: index === 0
                    horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                    text: modelData
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                    color: index === 2 ? Theme.draft : Theme.textSecondary
                }
            }
            Repeater {
                // Four cells per figure, row by row.
                model: card.draft.comparison.length * 4
                delegate: Text {
                    required property int index
                    readonly property var row: Console.whatIf.comparison[Math.floor(index / 4)]
                    readonly property int column: index % 4
                    readonly property string unit: row.unit.length > 0 ? " " + row.unit : ""
                    Layout.fillWidth: column === 0
                    horizontalAlignment: column === 0 ? Text.AlignLeft : Text.AlignRight
                    text: column === 0 ? row.label
                        : Labels.number(column === 1 ? row.present : column === 2 ? row.draft : row.together, row.decimals) + unit
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    font.bold: column === 2
                    color: column === 2 ? Theme.draft : Theme.textPrimary
                    wrapMode: column === 0 ? Text.WordWrap : Text.NoWrap
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.draft.assessed
            wrapMode: Text.WordWrap
            text: card.draft.shortOfTrucks
                  ? qsTr("Not enough trucks: %1 are free of an order.").arg(card.draft.freeTrucks)
                  : qsTr("%1 trucks are free of an order: enough for both.").arg(card.draft.freeTrucks)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: card.draft.shortOfTrucks
            color: card.draft.shortOfTrucks ? Theme.danger : Theme.positive
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.showActions
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "discardWhatIfDraft"
                text: qsTr("Discard")
                onClicked: card.draft.discard()
            }
            ActionButton {
                objectName: "promoteWhatIfDraft"
                visible: card.draft.canPromote
                enabled: card.draft.assessed
                primary: true
                text: qsTr("Promote to incident")
                onClicked: {
                    const id = card.draft.promote()
                    if (id.length > 0)
                        card.promoted(id)
                }
            }
        }
        SectionLabel {
            visible: card.draft.impact.count > 0
            text: qsTr("Sites at risk (%1)").arg(card.draft.impact.count)
        }
        Repeater {
            // Five rows, not a delegate per site: a typhoon puts hundreds at risk, and a drag
            // assesses the draft again every few frames.
            model: card.draft.topSites
            delegate: RowLayout {
                id: siteRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Rectangle { implicitWidth: 10; implicitHeight: 10; radius: 5; color: Theme.inspectionColor(siteRow.modelData.priority) }
                Text {
                    Layout.fillWidth: true
                    text: siteRow.modelData.name
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    text: siteRow.modelData.probability < 0.005 ? qsTr("<1 %") : qsTr("%1 %").arg(Labels.number(100 * siteRow.modelData.probability, 0))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
            }
        }
    }
}
