// SPDX-License-Identifier: MIT
// Centers view: the crisis lines always on top (brought forward when the self-check's answers
// point to a crisis); below them one page at a time — the search with its ranked list, a
// center's detail, the private self-check, or an information page — so nothing falls off a
// small screen and each page scrolls on its own.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "centersPanel"
    readonly property int centerCount: Console.centers.count
    // The selected center's row (reread when the selection, the rows or their ranking change).
    property var selectedCenter: ({})
    // "list", "detail", "selfCheck" or an information page ("info:crisis", "info:mental-health").
    property string page: "list"
    spacing: Theme.spacingM

    function readSelection() {
        const row = Console.centers.selectedRow
        panel.selectedCenter = row >= 0 ? Console.centers.get(row) : ({})
    }
    Connections {
        target: Console.centers
        function onSelectionChanged() {
            panel.readSelection()
            // A center chosen here or on the map opens its detail.
            if (panel.selectedCenter.centerId !== undefined && panel.page === "list" && !searchPage.browsingByKeys)
                panel.page = "detail"
        }
        function onSearched() { panel.readSelection() }
    }
    Component.onCompleted: {
        readSelection()
        if (Console.startPage.length > 0)
            page = Console.startPage
        else if (selectedCenter.centerId !== undefined)
            page = "detail"
    }

    CrisisLine {
        Layout.fillWidth: true
        urgent: Console.selfCheck.crisis
        onGuideRequested: panel.page = "info:crisis"
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: panel.page === "list" ? 0 : panel.page === "detail" ? 1 : panel.page === "selfCheck" ? 2 : 3

        CenterSearchPage {
            id: searchPage
            onDetailRequested: panel.page = "detail"
            onSelfCheckRequested: panel.page = "selfCheck"
            onInfoRequested: name => panel.page = "info:" + name
        }
        CenterDetailPage {
            center: panel.selectedCenter
            onBack: {
                panel.page = "list"
                Console.centers.select(-1)
            }
        }
        SelfCheckPage {
            onBack: panel.page = "list"
        }
        InfoPage {
            name: panel.page.startsWith("info:") ? panel.page.substring(5) : ""
            onBack: panel.page = "list"
        }
    }
}
