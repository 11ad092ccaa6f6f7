// SPDX-License-Identifier: MIT
// A new dispatch order for one truck: charge at a wind or solar site (curtailed power) or deliver
// to any other asset, and how many kWh. Sending only queues the order; it goes out when it can.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: form
    objectName: "dispatchForm"
    property string truckId
    property real capacityKwh: 0
    property real energyKwh: 0
    property string kind: "charge"
    property string message
    spacing: Theme.spacingS

    // Destinations for the chosen kind, nearest first (Console.destinations: the rule of which
    // sites a kind may go to and the distances are the core's, the same as the server's).
    Binding { target: Console.destinations; property: "truckId"; value: form.truckId }
    Binding { target: Console.destinations; property: "kind"; value: form.kind }

    RowLayout {
        spacing: Theme.spacingS
        ActionButton {
            objectName: "chargeKind"
            text: qsTr("Charge")
            primary: form.kind === "charge"
            onClicked: form.kind = "charge"
        }
        ActionButton {
            objectName: "deliverKind"
            text: qsTr("Deliver")
            primary: form.kind === "deliver"
            onClicked: form.kind = "deliver"
        }
    }
    ChoiceBox {
        id: destination
        objectName: "targetChoice"
        Layout.fillWidth: true
        model: Console.destinations
        textRole: "label"
        valueRole: "assetId"
        Accessible.name: qsTr("Destination")
        // A new list (another truck or kind) starts at its nearest destination.
        Connections {
            target: Console.destinations
            function onModelReset() {
                destination.currentIndex = Console.destinations.count > 0 ? 0 : -1
            }
        }
    }
    RowLayout {
        spacing: Theme.spacingS
        InputField {
            id: kwh
            objectName: "kwhField"
            Layout.preferredWidth: 120
            placeholderText: qsTr("kWh")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: DoubleValidator { bottom: 1; top: 100000; decimals: 0; notation: DoubleValidator.StandardNotation }
            text: Math.round(form.kind === "charge" ? Math.max(1, form.capacityKwh - form.energyKwh)
                                                    : Math.max(1, form.energyKwh)).toString()
            Accessible.name: qsTr("Energy in kWh")
        }
        Text {
            Layout.fillWidth: true
            text: form.kind === "charge" ? qsTr("room for %1 kWh").arg(Math.round(form.capacityKwh - form.energyKwh))
                                         : qsTr("%1 kWh on board").arg(Math.round(form.energyKwh))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        ActionButton {
            objectName: "sendOrder"
            primary: true
            text: qsTr("Send order")
            enabled: kwh.acceptableInput && destination.currentIndex >= 0
            onClicked: form.message = Console.commands.createOrder(form.truckId, form.kind, destination.currentValue,
                                                                   Number(kwh.text))
        }
    }
    Text {
        Layout.fillWidth: true
        visible: form.message.length > 0
        text: form.message
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.danger
    }
}
