// SPDX-License-Identifier: MIT
// Centers view: the crisis lines always on top; search public health and mental-health centers
// by text, category and distance from the middle of the map; each row shows name, address, phone,
// opening hours, whether it is open now (on Jeju's clock, with holidays) and how current the
// published data is.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "centersPanel"
    readonly property int centerCount: centerList.count
    // The selected center's row (reread when the selection or the rows change).
    readonly property var selectedCenter: Console.centers.selectedRow >= 0 && Console.centers.count >= 0
                                          ? Console.centers.get(Console.centers.selectedRow) : ({})
    spacing: Theme.spacingM

    /// "All categories", then each category of the cache in the operator's words.
    function categoryChoices(): list<string> {
        const choices = [qsTr("All categories")]
        const categories = Console.centers.categories
        for (let i = 0; i < categories.length; ++i)
            choices.push(Labels.category(categories[i]))
        return choices
    }

    CrisisLine { Layout.fillWidth: true }

    PanelHeader {
        title: qsTr("Centers")
        showDataAge: true
        subtitle: qsTr("%1 of %2 centers").arg(centerList.count).arg(Console.allCenters.count)
    }

    InputField {
        id: search
        objectName: "centerSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search name, address or service")
        onTextChanged: Console.centers.query = text
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        ChoiceBox {
            id: categoryBox
            objectName: "centerCategory"
            // Equal preferred widths split the row evenly, so neither box truncates its text.
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            model: panel.categoryChoices()
            onActivated: index => Console.centers.category = index === 0 ? "" : Console.centers.categories[index - 1]
        }
        ChoiceBox {
            id: radiusBox
            objectName: "centerRadius"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            readonly property var radii: [0, 1, 3, 5, 10]
            model: radii.map(r => r === 0 ? qsTr("Any distance") : qsTr("Within %1 km").arg(r))
            onActivated: index => {
                const r = radii[index]
                // Distances are measured from where the map is looking.
                const origin = Console.mapCenter
                if (r === 0 || !origin.isValid) {
                    Console.centers.clearOrigin()
                    Console.centers.radiusKm = 0
                    return
                }
                Console.centers.setOrigin(origin.latitude, origin.longitude)
                Console.centers.radiusKm = r
            }
        }
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
            objectName: "favoritesOnly"
            text: qsTr("★ Favorites")
            checked: Console.centers.favoritesOnly
            onClicked: Console.centers.favoritesOnly = !Console.centers.favoritesOnly
        }
        ChipToggle {
            objectName: "weekendsOnly"
            text: qsTr("Open at weekends")
            checked: Console.centers.weekendsOnly
            onClicked: Console.centers.weekendsOnly = !Console.centers.weekendsOnly
        }
    }

    SelectableList {
        id: centerList
        objectName: "centerList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 150 // a row and a half beside the detail card, on a 900 px screen
        model: Console.centers
        delegate: ListRow {
            id: centerRow
            required property string name
            required property string category
            required property string address
            required property string phone
            required property string hours
            required property string closedDays
            required property var distanceKm
            required property string status
            required property string openText
            required property string dataDate
            required property bool dataOld
            required property bool favorite
            required property string centerId
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
                    width: parent.width
                    text: Labels.joined([centerRow.phone,
                                         centerRow.hours.length > 0 ? qsTr("Open %1").arg(centerRow.hours) : qsTr("Hours unknown"),
                                         centerRow.closedDays.length > 0 ? qsTr("Closed %1").arg(centerRow.closedDays) : ""])
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
    }

    CenterDetail {
        Layout.fillWidth: true
        visible: panel.selectedCenter.centerId !== undefined
        center: panel.selectedCenter
    }
}
