// SPDX-License-Identifier: MIT
// Import the centers standard data (operators, admins): choose a CSV (CP949 or UTF-8), read its
// per-row report — new, merged, unchanged, skipped and why (outside Jeju is not an error) — and
// upload its Jeju centers through the outbox. The file is read on a worker (CenterImport).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "centerImportCard"
    readonly property CenterImport importer: Console.centerCommunity.importer

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        SectionLabel { text: qsTr("Import centers (standard data CSV)") }
        RowLayout {
            Layout.fillWidth: true
            ActionButton {
                objectName: "chooseCenterFile"
                text: qsTr("Choose file…")
                enabled: !card.importer.busy
                onClicked: dialog.open()
            }
            Text {
                Layout.fillWidth: true
                text: card.importer.busy ? qsTr("Reading %1…").arg(card.importer.fileName) : card.importer.fileName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                elide: Text.ElideMiddle
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.importer.rows.length > 0
            text: card.importer.summary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            wrapMode: Text.WordWrap
        }
        ListView {
            id: rows
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            clip: true
            visible: count > 0
            model: card.importer.rows
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: reportRow
                required property var modelData
                width: ListView.view.width
                spacing: Theme.spacingS
                Text {
                    text: reportRow.modelData.row
                    Layout.preferredWidth: 40
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                }
                Text {
                    Layout.preferredWidth: 180
                    text: reportRow.modelData.name
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: reportRow.modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: reportRow.modelData.outcome === "skipped" ? Theme.textTertiary : Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.importer.problem !== "" || card.importer.uploadState !== ""
            text: card.importer.problem !== "" ? card.importer.problem
                  : card.importer.uploadState === "queued" ? qsTr("Queued: sent when the server can be reached.")
                  : qsTr("Uploaded: every console gets the centers with its next sync.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: card.importer.problem !== "" ? Theme.danger : Theme.positive
            wrapMode: Text.WordWrap
        }
        ActionButton {
            objectName: "uploadCenters"
            primary: true
            text: qsTr("Upload")
            enabled: card.importer.canUpload
            onClicked: card.importer.upload()
        }
    }

    FileDialog {
        id: dialog
        title: qsTr("Import centers")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: card.importer.load(selectedFile)
    }
}
