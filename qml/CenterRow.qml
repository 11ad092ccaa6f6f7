// SPDX-License-Identifier: MIT
// One center in the Centers view's list: name, kind and favorite star; address and distance;
// open now in words; why it ranks where it does; phone and hours; how current the data is.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ListRow {
    id: centerRow
    accessibleName: name
    required property string name
    required property string category
    required property string address
    required property string phone
    required property string hours
    required property var distanceKm
    required property string status
    required property string openText
    required property string dataDate
    required property bool dataOld
    required property bool favorite
    required property string centerId
    required property var rankSummary
    required property string powerRisk
    Column {
        width: parent.width
        spacing: Theme.spacingXs
        RowLayout {
            width: parent.width
            Text {
                Layout.fillWidth: true
                text: centerRow.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            StatusChip { text: Labels.category(centerRow.category); tint: Theme.center }
            Text {
                objectName: "favoriteStar"
                text: centerRow.favorite ? "★" : "☆"
                font.pixelSize: Theme.fontTitle
                color: centerRow.favorite ? Theme.warning : Theme.textTertiary
                Accessible.role: Accessible.CheckBox
                Accessible.name: centerRow.favorite ? qsTr("Remove from favorites") : qsTr("Add to favorites")
                Accessible.description: qsTr("From the keyboard: F in the list")
                TapHandler { onTapped: Console.allCenters.setFavorite(centerRow.centerId, !centerRow.favorite) }
            }
        }
        Text {
            width: parent.width
            text: centerRow.address + (centerRow.distanceKm !== undefined
                  ? " · " + qsTr("%1 km").arg(Number(centerRow.distanceKm).toFixed(1)) : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Text {
            objectName: "openNow"
            width: parent.width
            text: centerRow.openText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: centerRow.status === "open"
            color: centerRow.status === "open" ? Theme.positive
                 : centerRow.status === "uncertain" ? Theme.warning : Theme.textSecondary
            elide: Text.ElideRight
        }
        Text {
            objectName: "powerRisk"
            width: parent.width
            visible: centerRow.powerRisk.length > 0
            text: "⚡ " + centerRow.powerRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "rankSummary"
            width: parent.width
            visible: text.length > 0
            text: centerRow.rankSummary ?? ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.accent
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: Labels.joined([centerRow.phone,
                                 centerRow.hours.length > 0 ? qsTr("Open %1").arg(centerRow.hours) : qsTr("Hours unknown")])
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: centerRow.dataDate.length > 0
            text: centerRow.dataOld ? qsTr("Data of %1: more than a year old, check by phone").arg(centerRow.dataDate)
                                    : qsTr("Data of %1").arg(centerRow.dataDate)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: centerRow.dataOld ? Theme.warning : Theme.textTertiary
        }
    }
}
