// SPDX-License-Identifier: MIT
// The selected truck's orders (newest first): what it was told, how far it got, and a way to
// cancel one that is still open. A new order can be given only when none is open.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "truckOrders"
    property var truck: ({})
    readonly property var orders: Console.truckOrders

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        SectionLabel { text: qsTr("Orders for %1").arg(card.truck.name || "") }

        Repeater {
            model: card.orders
            delegate: ColumnLayout {
                id: order
                required property int index
                required property string orderId
                required property string kind
                required property string targetName
                required property double kwh
                required property double doneKwh
                required property double progress
                required property string status
                required property string reason
                required property bool waiting
                required property bool finished
                visible: index < 3
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: (order.kind === "charge" ? qsTr("Charge %1 kWh at %2") : qsTr("Deliver %1 kWh to %2"))
                                  .arg(Math.round(order.kwh)).arg(order.targetName)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    StatusChip { text: Labels.orderStatus(order.status); tint: Theme.orderStatusColor(order.status) }
                }
                MeterBar {
                    Layout.fillWidth: true
                    visible: !order.finished || order.doneKwh > 0
                    label: order.reason.length > 0 ? order.reason
                         : order.waiting ? qsTr("Waiting to be sent")
                         : order.kind === "charge" ? qsTr("Charged") : qsTr("Delivered")
                    valueText: qsTr("%1 of %2 kWh").arg(Math.round(order.doneKwh)).arg(Math.round(order.kwh))
                    fraction: order.progress
                    barColor: order.kind === "charge" ? Theme.positive : Theme.accent
                }
                Text {
                    visible: order.finished && order.reason.length > 0 && order.doneKwh <= 0
                    text: order.reason
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
                ActionButton {
                    objectName: "cancelOrder"
                    visible: Console.canDispatch && !order.finished && order.status !== "cancelling"
                    text: qsTr("Cancel order")
                    tint: Theme.danger
                    onClicked: Console.commands.cancelOrder(order.orderId)
                }
            }
        }

        DispatchForm {
            Layout.fillWidth: true
            visible: Console.canDispatch && !card.orders.busy
            truckId: card.truck.truckId || ""
            capacityKwh: card.truck.capacityKwh || 0
            energyKwh: card.truck.energyKwh || 0
        }
        Text {
            Layout.fillWidth: true
            visible: !Console.canDispatch || card.orders.busy
            text: !Console.canDispatch ? qsTr("Orders are given by operators; you can follow them here.")
                                       : qsTr("This truck is working on an order; cancel it to give a new one.")
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
    }
}
