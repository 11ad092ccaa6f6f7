// SPDX-License-Identifier: MIT
// Settings view: the user's own choices, kept for them on this computer (Preferences, MapPack,
// the ranking's weights). Language, theme, text size and units show at once; the server is used
// from the next start. A command-line flag that sets one for this run is named beside it.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import EnergyTruck.Models
import EnergyTruck.Console

ColumnLayout {
    id: panel
    objectName: "settingsPanel"
    spacing: Theme.spacingM

    /// The note for a setting a flag overrides in this run ("" when none does).
    function flagNote(flag: string): string {
        return Preferences.isOverridden(flag)
            ? qsTr("This run was started with %1; a choice here applies now and is kept for the next start.").arg(flag)
            : ""
    }

    /// 100 % to 200 % in quarter steps.
    function textSizes(): var {
        const sizes = []
        for (let percent = 100; percent <= 200; percent += 25)
            sizes.push({ value: percent / 100, text: qsTr("%1 %").arg(percent) })
        return sizes
    }

    PanelHeader {
        objectName: "settingsHeader"
        Layout.fillWidth: true
        title: qsTr("Settings")
        subtitle: qsTr("Kept for you on this computer")
    }

    Flickable {
        id: scroller
        objectName: "settingsScroller"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            width: scroller.width
            spacing: Theme.spacingM

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    SectionLabel { text: qsTr("Display") }
                    SettingsChoice {
                        objectName: "settingsLanguage"
                        Layout.fillWidth: true
                        label: qsTr("Language")
                        // Each language by its own name, as every language menu shows them.
                        options: [{ value: "ko", text: "한국어" }, { value: "en", text: "English" }]
                        current: Preferences.language
                        note: panel.flagNote("--lang")
                        onChosen: value => Preferences.language = value
                    }
                    SettingsChoice {
                        objectName: "settingsTheme"
                        Layout.fillWidth: true
                        label: qsTr("Theme")
                        options: [{ value: Appearance.Light, text: qsTr("Light") },
                                  { value: Appearance.Dark, text: qsTr("Dark (control room)") },
                                  { value: Appearance.HighContrast, text: qsTr("High contrast") }]
                        current: Preferences.theme
                        note: panel.flagNote("--theme")
                        onChosen: value => Preferences.theme = value
                    }
                    SettingsChoice {
                        objectName: "settingsTextSize"
                        Layout.fillWidth: true
                        label: qsTr("Text size")
                        options: panel.textSizes()
                        current: Preferences.fontScale
                        onChosen: value => Preferences.fontScale = value
                    }
                    SettingsChoice {
                        objectName: "settingsUnits"
                        Layout.fillWidth: true
                        label: qsTr("Power")
                        options: [{ value: Appearance.Megawatt, text: qsTr("MW (the grid's unit)") },
                                  { value: Appearance.Kilowatt, text: qsTr("kW (a truck's unit)") }]
                        current: Preferences.powerUnit
                        note: qsTr("Values in the panels; the charts' axes stay in MW.")
                        onChosen: value => Preferences.powerUnit = value
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    SectionLabel { text: qsTr("Alarms") }
                    SettingsChoice {
                        objectName: "settingsAlarmSound"
                        Layout.fillWidth: true
                        label: qsTr("Sound for urgent alarms")
                        options: [{ value: true, text: qsTr("On") }, { value: false, text: qsTr("Off") }]
                        current: Preferences.alarmSound
                        note: Preferences.alarmSound ? "" : qsTr("Urgent alarms still show in the alarm bar and as a desktop notification.")
                        onChosen: value => Preferences.alarmSound = value
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacingM
                    SectionLabel { text: qsTr("Connection and map") }
                    SettingsTextEntry {
                        id: serverEntry
                        objectName: "settingsServer"
                        Layout.fillWidth: true
                        label: qsTr("Server")
                        value: Preferences.serverUrl
                        placeholder: qsTr("Empty: the console's own server")
                        note: Preferences.isOverridden("--server")
                              ? qsTr("This run was started with --server or --offline; a server saved here is used from the next start without them.")
                              : qsTr("Used from the next start.")
                        onSubmitted: text => serverEntry.problem = Preferences.setServerUrl(text)
                    }
                    SettingsTextEntry {
                        id: tileEntry
                        objectName: "settingsTileServer"
                        Layout.fillWidth: true
                        label: qsTr("Tile server")
                        value: MapPack.tileUrlTemplate
                        placeholder: "https://tile.example.org/{z}/{x}/{y}.png"
                        note: qsTr("Map tiles drawn under the vector map; empty for none.")
                        onSubmitted: text => tileEntry.problem = MapPack.setTileServer(text)
                    }
                    Text {
                        text: qsTr("Map pack")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.textPrimary
                    }
                    Text {
                        objectName: "settingsMapPack"
                        Layout.fillWidth: true
                        text: MapPack.tilesFile.length > 0 ? MapPack.tilesFile : qsTr("None: the vector map (and the tile server, if any)")
                        wrapMode: Text.WrapAnywhere
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                    RowLayout {
                        spacing: Theme.spacingS
                        ActionButton {
                            text: qsTr("Open map pack…")
                            onClicked: packDialog.open()
                        }
                        ActionButton {
                            visible: MapPack.tilesFile.length > 0
                            text: qsTr("Close map pack")
                            onClicked: MapPack.close()
                        }
                    }
                }
            }

            RankingWeights {
                Layout.fillWidth: true
            }
        }
    }

    FileDialog {
        id: packDialog
        title: qsTr("Open map pack")
        nameFilters: [qsTr("MBTiles map packs (*.mbtiles)"), qsTr("All files (*)")]
        onAccepted: MapPack.open(selectedFile)
    }
}
