// SPDX-License-Identifier: MIT
// The Dispatch view's suggestions: which free truck the last planning round would send where
// (Console.suggestions, offline the last plan synced), best first, each explained in words —
// arrival with its P10–P90, energy, value, and the truck it beat — with Accept (an ordinary
// order through the outbox) and Reject (hidden on this console), and Accept all.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "suggestionsCard"
    readonly property DispatchSuggestionModel suggestions: Console.suggestions
    /// The list's greatest height; what does not fit scrolls.
    property real listMaxHeight: 300

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            SectionLabel {
                Layout.fillWidth: true
                text: qsTr("Suggestions (%1)").arg(card.suggestions.count)
            }
            ActionButton {
                objectName: "acceptAllSuggestions"
                visible: Console.canDispatch
                text: qsTr("Accept all")
                enabled: card.suggestions.count > 0
                Accessible.description: qsTr("Queue every suggestion shown as a dispatch order")
                onClicked: card.suggestions.acceptAll()
            }
        }
        Text {
            objectName: "suggestionsSummary"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            text: isNaN(card.suggestions.computedAt.getTime())
                  ? qsTr("No plan yet: the server plans when it issues a forecast.")
                  : qsTr("Planned %1: %2 kWh from curtailment, %3 kWh delivered, worth ₩%4")
                        .arg(Console.jejuTime(card.suggestions.computedAt, "HH:mm"))
                        .arg(Number(card.suggestions.chargeKwh).toLocaleString(Qt.locale(), "f", 0))
                        .arg(Number(card.suggestions.deliverKwh).toLocaleString(Qt.locale(), "f", 0))
                        .arg(Number(card.suggestions.totalValueKrw).toLocaleString(Qt.locale(), "f", 0))
        }
        // As many as fit, the rest by scrolling.
        ListView {
            objectName: "suggestionList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, card.listMaxHeight)
            clip: true
            spacing: Theme.spacingXs
            model: card.suggestions
            delegate: Rectangle {
                id: row
                required property int index
                required property string explanation
                required property string kind
                width: ListView.view.width
                implicitHeight: rowContent.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radiusSmall
                color: Theme.surfaceMuted
                ColumnLayout {
                    id: rowContent
                    x: Theme.spacingS
                    y: Theme.spacingS
                    width: parent.width - 2 * Theme.spacingS
                    spacing: Theme.spacingXs
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: row.explanation
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textPrimary
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        StatusChip {
                            text: row.kind === "charge" ? qsTr("Charge") : qsTr("Deliver")
                            tint: row.kind === "charge" ? Theme.positive : Theme.truck
                        }
                        Item { Layout.fillWidth: true }
                        ActionButton {
                            visible: Console.canDispatch
                            text: qsTr("Reject")
                            Accessible.description: qsTr("Hide this suggestion on this console")
                            onClicked: Console.suggestions.reject(row.index)
                        }
                        ActionButton {
                            visible: Console.canDispatch
                            primary: true
                            text: qsTr("Accept")
                            Accessible.description: qsTr("Queue this suggestion as a dispatch order")
                            onClicked: Console.suggestions.accept(row.index)
                        }
                    }
                }
            }
        }
        Text {
            visible: card.suggestions.problem.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: card.suggestions.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
        }
    }
}
