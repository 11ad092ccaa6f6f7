// SPDX-License-Identifier: MIT
// The private self-check: the PHQ-9 and the GAD-7 as published (with their sources and cut-offs)
// and a few questions of our own marked as not validated; not a diagnosis, and it says so first.
// The answers stay on this device in the user's own cache, feed the ranking's needs, and are
// deleted with one action. An answer that points to a crisis brings the crisis line forward at once.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

Flickable {
    id: page
    objectName: "selfCheckPage"
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
            title: qsTr("Self-check (private)")
            onBack: page.back()
        }
        Text {
            objectName: "selfCheckDisclaimer"
            Layout.fillWidth: true
            text: Console.selfCheck.disclaimer
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textPrimary
            wrapMode: Text.WordWrap
        }

        // The saved result, and the one action that deletes it.
        Card {
            Layout.fillWidth: true
            visible: Console.selfCheck.hasResult
            padding: Theme.spacingM
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingXs
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Your last self-check, %1").arg(Qt.formatDateTime(Console.selfCheck.takenAt, "yyyy-MM-dd HH:mm"))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.textPrimary
                }
                Repeater {
                    model: Console.selfCheck.scores
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.validated ? qsTr("%1: %2 of %3 (%4)").arg(modelData.name).arg(modelData.score).arg(modelData.max).arg(modelData.band)
                                                  : qsTr("%1: %2 of %3 (not a validated scale)").arg(modelData.name).arg(modelData.score).arg(modelData.max)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textPrimary
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The ranking now looks for help with: %1").arg(Console.selfCheck.summary || qsTr("no need stands out"))
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "forgetSelfCheck"
                    text: qsTr("Delete my answers from this device")
                    tint: Theme.danger
                    onClicked: Console.selfCheck.forget()
                }
            }
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("%1 of %2 answered").arg(Console.selfCheck.answeredCount).arg(Console.selfCheck.questions.length)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }

        Repeater {
            model: Console.selfCheck.questions
            delegate: ColumnLayout {
                id: question
                required property var modelData
                required property int index
                readonly property var previous: index > 0 ? Console.selfCheck.questions[index - 1] : null
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                // The instrument's own question stem, where its questions begin.
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    visible: question.previous === null || question.previous.period !== question.modelData.period
                    text: question.modelData.period
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.textPrimary
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: (question.index + 1) + ". " + question.modelData.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    Repeater {
                        // Each choice carries its question's number: a delegate sees only its own data.
                        model: question.modelData.choices.map(c => ({ value: c.value, text: c.text, question: question.index }))
                        delegate: ChipToggle {
                            required property var modelData
                            objectName: "answer" + modelData.question + "_" + modelData.value
                            text: modelData.text
                            checked: Console.selfCheck.answers[modelData.question] === modelData.value
                            onClicked: Console.selfCheck.answer(modelData.question, modelData.value)
                        }
                    }
                }
            }
        }

        Text {
            objectName: "selfCheckCrisis"
            Layout.fillWidth: true
            visible: Console.selfCheck.crisis
            text: qsTr("You said you have had thoughts of death or of hurting yourself. Please call 109 now — it is free and open day and night. In immediate danger, call 119.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ActionButton {
                objectName: "saveSelfCheck"
                primary: true
                enabled: Console.selfCheck.complete
                text: qsTr("Use my answers for the ranking")
                onClicked: if (Console.selfCheck.save()) page.back()
            }
            ActionButton {
                objectName: "restartSelfCheck"
                text: qsTr("Clear the answers")
                onClicked: Console.selfCheck.restart()
            }
        }

        SectionLabel { text: qsTr("Sources") }
        Repeater {
            model: Console.selfCheck.sources
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.name + (modelData.validated ? "" : " — " + qsTr("written for this console, not a validated instrument"))
                      + ": " + modelData.source
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
                wrapMode: Text.WordWrap
            }
        }
    }
}
