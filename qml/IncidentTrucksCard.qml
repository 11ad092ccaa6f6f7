// SPDX-License-Identifier: MIT
// The trucks an incident holds for its critical facilities (the planning rounds send them to its
// priority supply only): who they are, and for operators a truck to reserve or all to release.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "incidentTrucksCard"
    property var incident: ({})
    property bool canManage: false
    visible: card.canManage || (card.incident.reservedTruckIds ?? []).length > 0
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            readonly property var reserved: card.incident.reservedTruckIds ?? []
            text: reserved.length === 0 ? qsTr("No trucks reserved for its critical facilities")
                                        : qsTr("Reserved for its critical facilities: %1").arg(reserved.join(", "))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.canManage
            ChoiceBox {
                id: reserveBox
                objectName: "reserveTruck"
                Layout.fillWidth: true
                model: Console.trucks
                textRole: "name"
                valueRole: "truckId"
            }
            ActionButton {
                objectName: "reserveTruckButton"
                text: qsTr("Reserve")
                enabled: reserveBox.currentValue !== undefined
                onClicked: {
                    const ids = (card.incident.reservedTruckIds ?? []).slice()
                    if (ids.indexOf(reserveBox.currentValue) < 0)
                        ids.push(reserveBox.currentValue)
                    Console.commands.updateDisaster(card.incident.disasterId, { reserved_truck_ids: ids })
                }
            }
            ActionButton {
                objectName: "releaseTrucks"
                visible: (card.incident.reservedTruckIds ?? []).length > 0
                text: qsTr("Release all")
                onClicked: Console.commands.updateDisaster(card.incident.disasterId, { reserved_truck_ids: null })
            }
        }
    }
}
