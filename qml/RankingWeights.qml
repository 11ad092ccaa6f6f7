// SPDX-License-Identifier: MIT
// The ranking's four weights (seed 004: 0.35 distance, 0.25 open now, 0.20 expertise, 0.20
// program), changed here and kept in the user's settings; refused with the reason unless each is
// between 0 and 1 and they add up to 1.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "rankingWeights"
    signal done()
    padding: Theme.spacingM
    property var draft: Console.centers.weights
    readonly property string problem: Console.centers.weightsError(Number(draft.distance), Number(draft.openNow),
                                                                   Number(draft.expertise), Number(draft.program))

    /// One weight: its name above a field showing the weight in use.
    component WeightField: ColumnLayout {
        id: field
        property string key
        property string label
        signal edited(string text)
        Layout.fillWidth: true
        spacing: 2
        Text {
            text: field.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
        InputField {
            objectName: "weight_" + field.key
            Layout.fillWidth: true
            text: Number(Console.centers.weights[field.key]).toFixed(2)
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Weight of %1").arg(field.label)
            // Also its accessible description (TextField makes the placeholder that).
            placeholderText: qsTr("0 to 1; the four add up to 1")
            onTextEdited: field.edited(text)
        }
    }

    function setPart(key: string, text: string) {
        const next = Object.assign({}, card.draft)
        next[key] = Number(text)
        card.draft = next
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.spacingS
            WeightField { key: "distance"; label: qsTr("Distance"); onEdited: text => card.setPart(key, text) }
            WeightField { key: "openNow"; label: qsTr("Open now"); onEdited: text => card.setPart(key, text) }
            WeightField { key: "expertise"; label: qsTr("Expertise"); onEdited: text => card.setPart(key, text) }
            WeightField { key: "program"; label: qsTr("Programs"); onEdited: text => card.setPart(key, text) }
        }
        Text {
            objectName: "weightsProblem"
            Layout.fillWidth: true
            visible: card.problem.length > 0
            text: card.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            spacing: Theme.spacingS
            ActionButton {
                objectName: "applyWeights"
                primary: true
                enabled: card.problem.length === 0
                text: qsTr("Apply")
                onClicked: if (Console.centers.setWeights(Number(card.draft.distance), Number(card.draft.openNow),
                                                          Number(card.draft.expertise), Number(card.draft.program))) card.done()
            }
            ActionButton {
                objectName: "resetWeights"
                text: qsTr("Seed 004 weights")
                onClicked: {
                    Console.centers.resetWeights()
                    card.draft = Console.centers.weights
                }
            }
        }
    }
}
