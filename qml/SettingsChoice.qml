// SPDX-License-Identifier: MIT
// One setting chosen among a few options, as a row of chips under its label: `options` is
// [{value, text}], `current` the chosen value; choosing one emits chosen(value). `note` says what
// else to know (a flag that set it for this run).
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: choice
    property string label
    property var options: []
    property var current
    property string note
    signal chosen(var value)
    spacing: Theme.spacingXs

    Text {
        text: choice.label
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.textPrimary
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            // What each chip shows is in its row, so the delegate needs nothing from outside it.
            model: choice.options.map(o => ({ value: o.value, text: o.text, checked: o.value === choice.current,
                                               accessibleName: choice.label + ": " + o.text }))
            onItemAdded: (index, item) => item.clicked.connect(() => choice.chosen(choice.options[index].value))
            ChipToggle {
                required property var modelData
                text: modelData.text
                checked: modelData.checked
                Accessible.name: modelData.accessibleName
                Accessible.checkable: true
                Accessible.checked: checked
            }
        }
    }
    Text {
        visible: choice.note.length > 0
        Layout.fillWidth: true
        text: choice.note
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
    }
}
