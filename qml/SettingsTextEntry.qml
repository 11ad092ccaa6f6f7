// SPDX-License-Identifier: MIT
// A setting typed as text (a server's address): the field, Save, and the reason when the value is
// refused. Save emits submitted(text); the caller sets `problem` to "" when the value was taken,
// else to the reason, shown under the field.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: entry
    property string label
    property string value
    property string placeholder
    property string note
    property string problem
    property bool saved: false
    signal submitted(string text)
    spacing: Theme.spacingXs

    Text {
        text: entry.label
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.textPrimary
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        InputField {
            id: field
            Layout.fillWidth: true
            text: entry.value
            placeholderText: entry.placeholder
            Accessible.name: entry.label
            Accessible.description: entry.note
            onAccepted: save.clicked()
            onTextEdited: {
                entry.problem = ""
                entry.saved = false
            }
        }
        ActionButton {
            id: save
            text: qsTr("Save")
            Accessible.description: entry.label
            enabled: field.text.trim() !== entry.value
            onClicked: {
                entry.problem = ""
                entry.submitted(field.text)
                entry.saved = entry.problem.length === 0
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: entry.problem.length > 0 ? entry.problem : entry.saved ? qsTr("Saved.") + " " + entry.note : entry.note
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: entry.problem.length > 0 ? Theme.danger : Theme.textSecondary
    }
}
