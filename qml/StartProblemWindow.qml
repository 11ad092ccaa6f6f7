// SPDX-License-Identifier: MIT
// Shown instead of the console when it cannot start at all (e.g. its data folder cannot be
// written): an operator who started it from a menu never sees the terminal, so the reason and
// what to do are said here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models
import EnergyTruck.Console

ApplicationWindow {
    id: window
    objectName: "startProblemWindow"
    width: 1440
    height: 900
    visible: true
    title: qsTr("Energy Truck Console — cannot start")
    color: Theme.background
    font.family: Theme.fontFamily

    Card {
        anchors.centerIn: parent
        width: 560
        padding: Theme.spacingXl

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            Text {
                text: qsTr("The console cannot start")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.danger
            }
            Text {
                objectName: "startProblemText"
                Layout.fillWidth: true
                text: StartProblem.message
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
            ActionButton {
                objectName: "quitButton"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Quit")
                onClicked: StartProblem.quit()
            }
        }
    }
}
