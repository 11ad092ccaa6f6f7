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
    property real latitude: 0
    property real longitude: 0
    property string kind: "charge"
    property string message
    spacing: Theme.spacingS

    // Destinations for the chosen kind, nearest first: sites that make power for charging, the
    // rest for delivery. Worked out when the truck or the kind changes — not as the truck moves,
    // which would reset the operator's choice every few seconds.
    property var choices: []
    // Later, once every property of a newly selected truck (its position too) has arrived.
    onKindChanged: Qt.callLater(refreshChoices)
    onTruckIdChanged: Qt.callLater(refreshChoices)
    Connections {
        target: Console.assets
        function onCountChanged() { Qt.callLater(form.refreshChoices) }
    }
    function refreshChoices() {
        choices = destinations(kind)
    }
    function destinations(kind) {
        const list = []
        const assets = Console.assets
        // Straight-line distance on a local flat approximation: plenty to rank sites on one island.
        const kmPerDegLat = 111.2
        const kmPerDegLon = 111.2 * Math.cos(form.latitude * Math.PI / 180)
        for (let i = 0; i < assets.count; ++i) {
            const a = assets.get(i)
            const renewable = a.kind === "wind" || a.kind === "solar"
            if ((kind === "charge") !== renewable)
                continue
            const km = Math.hypot((a.latitude - form.latitude) * kmPerDegLat, (a.longitude - form.longitude) * kmPerDegLon)
            list.push({ id: a.assetId, km: km,
                        name: qsTr("%1 · %2 · %3 km").arg(a.name).arg(Labels.assetKind(a.kind)).arg(km.toFixed(1)) })
        }
        list.sort((x, y) => x.km - y.km)
        return list
    }

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
        id: target
        objectName: "targetChoice"
        Layout.fillWidth: true
        model: form.choices
        textRole: "name"
        valueRole: "id"
        Accessible.name: qsTr("Destination")
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
            enabled: kwh.acceptableInput && target.currentIndex >= 0
            onClicked: form.message = Console.commands.createOrder(form.truckId, form.kind, target.currentValue,
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
