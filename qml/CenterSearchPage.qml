// SPDX-License-Identifier: MIT
// The Centers view's search: text (name, address or services), category, radius and order;
// where distances are measured from (GPS, a point on the map or the map's centre) said in words;
// open now, after 18:00, at weekends and favorites; the needs the ranking matches (from the
// private self-check) and its weights; and the ranked list, each row with why it ranks where it does.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

// One page that scrolls as a whole (the controls and the list), so a small screen with a banner
// on top still reaches every row.
Flickable {
    id: page
    objectName: "centerSearchPage"
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }
    signal selfCheckRequested()
    signal detailRequested()
    /// True while the arrow keys move the list's selection (the detail waits for Enter).
    readonly property bool browsingByKeys: centerList.movingByKeys
    signal infoRequested(string name)
    property bool weightsOpen: false
    property bool importOpen: false

    /// "All categories", then each category of the cache in the operator's words.
    function categoryChoices(): list<string> {
        const choices = [qsTr("All categories")]
        const categories = Console.centers.categories
        for (let i = 0; i < categories.length; ++i)
            choices.push(Labels.category(categories[i]))
        return choices
    }

    ColumnLayout {
        id: column
        width: page.width - Theme.spacingS
        spacing: Theme.spacingS

        PanelHeader {
            title: qsTr("Centers")
            showDataAge: true
            subtitle: qsTr("%1 of %2 centers").arg(Console.centers.count).arg(Console.allCenters.count)
        }

        InputField {
            objectName: "centerSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search name, address or service")
            onTextChanged: Console.centers.query = text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ChoiceBox {
                objectName: "centerCategory"
                label: qsTr("Kind")
                // Equal preferred widths split the row evenly, so no box truncates its text.
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                model: page.categoryChoices()
                onActivated: index => Console.centers.category = index === 0 ? "" : Console.centers.categories[index - 1]
            }
            ChoiceBox {
                objectName: "centerRadius"
                label: qsTr("Distance")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                readonly property var radii: [0, 1, 3, 5, 10]
                model: radii.map(r => r === 0 ? qsTr("Any distance") : qsTr("Within %1 km").arg(r))
                onActivated: index => Console.centers.radiusKm = radii[index]
            }
        }

        // The order, and where distances come from (said in words) with the way to change it.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ChoiceBox {
                objectName: "centerSort"
                label: qsTr("Order")
                Layout.fillWidth: true
                readonly property var orders: ["rank", "distance", "name"]
                model: [qsTr("Best match"), qsTr("Nearest"), qsTr("Name")]
                onActivated: index => Console.centers.sortBy = orders[index]
            }
            ActionButton {
                objectName: "originGps"
                visible: Console.searchOrigin.gpsConfigured && Console.searchOrigin.source !== "gps"
                text: qsTr("GPS")
                onClicked: Console.searchOrigin.useGps()
            }
            ActionButton {
                objectName: "originMap"
                visible: Console.searchOrigin.source !== "map"
                text: qsTr("Map centre")
                onClicked: Console.searchOrigin.useMapCentre()
            }
            ActionButton {
                objectName: "originPick"
                text: Console.searchOrigin.picking ? qsTr("Cancel") : qsTr("Pick on map")
                onClicked: Console.searchOrigin.picking = !Console.searchOrigin.picking
            }
        }
        Text {
            objectName: "searchOrigin"
            Layout.fillWidth: true
            text: Console.searchOrigin.picking ? qsTr("Click the map to choose the point to search from")
                                               : Console.searchOrigin.description
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Console.searchOrigin.picking ? Theme.accent : Theme.textSecondary
            wrapMode: Text.WordWrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ChipToggle {
                objectName: "openNowOnly"
                text: qsTr("Open now")
                checked: Console.centers.openNowOnly
                onClicked: Console.centers.openNowOnly = !Console.centers.openNowOnly
            }
            ChipToggle {
                objectName: "eveningsOnly"
                text: qsTr("Open after 18:00")
                checked: Console.centers.eveningsOnly
                onClicked: Console.centers.eveningsOnly = !Console.centers.eveningsOnly
            }
            ChipToggle {
                objectName: "weekendsOnly"
                text: qsTr("Open at weekends")
                checked: Console.centers.weekendsOnly
                onClicked: Console.centers.weekendsOnly = !Console.centers.weekendsOnly
            }
            ChipToggle {
                objectName: "favoritesOnly"
                text: qsTr("★ Favorites")
                checked: Console.centers.favoritesOnly
                onClicked: Console.centers.favoritesOnly = !Console.centers.favoritesOnly
            }
        }

        // What the ranking matches, and how it weighs; the information pages.
        Text {
            objectName: "rankingFor"
            Layout.fillWidth: true
            text: Console.selfCheck.hasResult ? qsTr("Ranked for your needs: %1").arg(Console.selfCheck.summary || qsTr("none stand out"))
                                              : qsTr("A private self-check ranks centers by what you need.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ActionButton {
                objectName: "openSelfCheck"
                text: Console.selfCheck.hasResult ? qsTr("Self-check") : qsTr("Take the self-check")
                onClicked: page.selfCheckRequested()
            }
            ActionButton {
                objectName: "openWeights"
                text: qsTr("Weights")
                onClicked: page.weightsOpen = !page.weightsOpen
            }
            ActionButton {
                objectName: "infoMentalHealth"
                text: qsTr("Where to get help")
                onClicked: page.infoRequested("mental-health")
            }
        }

        RankingWeights {
            Layout.fillWidth: true
            visible: page.weightsOpen
            onDone: page.weightsOpen = false
        }

        // Operators and admins import the standard data here.
        ActionButton {
            objectName: "openImport"
            visible: Console.centerCommunity.notices.canPost
            text: page.importOpen ? qsTr("Close the import") : qsTr("Import centers (CSV)…")
            onClicked: page.importOpen = !page.importOpen
        }
        CenterImportCard {
            Layout.fillWidth: true
            visible: page.importOpen
        }

        SelectableList {
            id: centerList
            objectName: "centerList"
            Accessible.name: qsTr("Centers")
            Layout.fillWidth: true
            // As tall as its rows: the page scrolls, not the list.
            Layout.preferredHeight: Math.max(contentHeight, 60)
            interactive: false
            model: Console.centers
            delegate: CenterRow {}
            onActivated: page.detailRequested()
            // The rows' stars are for the pointer; from the keyboard F marks the selected center.
            Accessible.description: qsTr("Up and Down choose a center, Enter opens it, F adds it to the favorites or removes it.")
            Keys.onPressed: event => {
                const row = Console.centers.selectedRow
                if (event.key !== Qt.Key_F || row < 0) {
                    event.accepted = false
                    return
                }
                const center = Console.centers.get(row)
                // The list may re-rank under the key; the user is still browsing, not opening.
                centerList.movingByKeys = true
                Console.allCenters.setFavorite(center.centerId, !center.favorite)
                centerList.movingByKeys = false
            }
        }
    }
}

