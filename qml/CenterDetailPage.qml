// SPDX-License-Identifier: MIT
// One center, on a page of its own that scrolls: open now (or closed by an operator's notice),
// its staff, where it is and how to get there, the week ahead, operators' notices, why it ranks
// where it does, and its reviews.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

Flickable {
    id: page
    objectName: "centerDetailPage"
    property var center: ({})
    signal back()
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    ColumnLayout {
        id: column
        width: page.width - Theme.spacingS
        spacing: Theme.spacingS
        PageBackRow {
            Layout.fillWidth: true
            title: page.center.name ?? ""
            onBack: page.back()
        }
        Text {
            Layout.fillWidth: true
            text: Labels.joined([Labels.category(page.center.category ?? ""), page.center.address ?? "",
                                 page.center.distanceKm !== undefined ? qsTr("%1 km").arg(Number(page.center.distanceKm).toFixed(1)) : ""])
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "detailOpenNow"
            Layout.fillWidth: true
            text: page.center.openText ?? ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: page.center.status === "open"
            color: page.center.status === "open" ? Theme.positive
                 : page.center.status === "uncertain" ? Theme.warning : Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "detailRating"
            Layout.fillWidth: true
            visible: Console.centerCommunity.reviews.reviewCount > 0
            text: qsTr("★ %1 · %n review(s)", "", Console.centerCommunity.reviews.reviewCount)
                  .arg(Number(Console.centerCommunity.reviews.average).toFixed(1))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.warning
        }
        Text {
            objectName: "detailPowerRisk"
            Layout.fillWidth: true
            visible: (page.center.powerRisk ?? "").length > 0
            text: "⚡ " + (page.center.powerRisk ?? "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "detailStaff"
            Layout.fillWidth: true
            visible: (page.center.staff ?? "").length > 0
            text: qsTr("Staff: %1").arg(page.center.staff ?? "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        CenterDetail {
            Layout.fillWidth: true
            center: page.center
        }
        SectionLabel { text: qsTr("Notices from operators") }
        CenterNotices {
            Layout.fillWidth: true
            centerId: page.center.centerId ?? ""
        }
        CenterRankReasons {
            Layout.fillWidth: true
            visible: page.center.reasons !== undefined
            score: page.center.score ?? 0
            reasons: page.center.reasons ?? []
        }
        SectionLabel { text: qsTr("Reviews") }
        CenterReviews {
            Layout.fillWidth: true
            centerId: page.center.centerId ?? ""
        }
    }
}
