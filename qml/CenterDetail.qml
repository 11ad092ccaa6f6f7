// SPDX-License-Identifier: MIT
// The selected center: its next seven days (hours, or why it is closed: a weekly closing day or
// the holiday's name), phone and address to copy, its services and the data's date, and the way
// there — a route in Kakao Map, or the place found in Naver Map — opened by the desktop.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "centerDetail"
    property var center: ({})
    readonly property var week: center.centerId !== undefined ? Console.allCenters.week(center.centerId) : []
    property string copied: ""

    function copy(what: string, text: string) {
        clipboard.text = text
        clipboard.selectAll()
        clipboard.copy()
        card.copied = what
    }

    // Qt Quick has no clipboard object: a hidden TextEdit copies for us.
    TextEdit { id: clipboard; visible: false }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        Text {
            Layout.fillWidth: true
            text: card.center.name ?? ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textPrimary
            elide: Text.ElideRight
        }
        // The week in two columns, so the card leaves room for the list above it.
        Flow {
            id: weekFlow
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: card.week
                delegate: RowLayout {
                    id: dayRow
                    required property var modelData
                    width: (parent ? parent.width : 0) / 2
                    spacing: Theme.spacingXs
                    Text {
                        Layout.preferredWidth: 62
                        text: dayRow.modelData.day + " " + dayRow.modelData.date
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: dayRow.modelData.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: dayRow.modelData.closed ? Theme.textTertiary : Theme.textPrimary
                        elide: Text.ElideRight
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: (card.center.services ?? "").length > 0
            text: qsTr("Services: %1").arg(card.center.services ?? "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ActionButton {
                objectName: "copyPhone"
                visible: (card.center.phone ?? "").length > 0
                text: card.copied === "phone" ? qsTr("Copied") : qsTr("Copy phone")
                onClicked: card.copy("phone", card.center.phone)
            }
            ActionButton {
                objectName: "copyAddress"
                text: card.copied === "address" ? qsTr("Copied") : qsTr("Copy address")
                onClicked: card.copy("address", card.center.address)
            }
            ActionButton {
                objectName: "kakaoRoute"
                text: qsTr("Route in Kakao Map")
                onClicked: Qt.openUrlExternally(CenterListModel.kakaoRouteUrl(card.center.name, card.center.latitude, card.center.longitude))
            }
            ActionButton {
                objectName: "naverSearch"
                text: qsTr("Find in Naver Map")
                onClicked: Qt.openUrlExternally(CenterListModel.naverSearchUrl(card.center.name, card.center.address))
            }
        }
    }
}
