// SPDX-License-Identifier: MIT
// The sign-in window: the user name is remembered, the password never. Shown when no saved
// sign-in works (first use, after signing out, when the server refused the saved one).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EnergyTruck.Models

ApplicationWindow {
    id: window
    objectName: "signInWindow"
    width: 1440
    height: 900
    visible: true
    title: qsTr("Energy Truck Console — sign in")
    color: Theme.background
    font.family: Theme.fontFamily

    function send() {
        const problem = SignIn.submit(email.text, password.text)
        if (problem.length > 0)
            local.text = problem
        else
            local.text = ""
        password.text = "" // nothing keeps it once it is on its way
    }

    Card {
        anchors.centerIn: parent
        width: 420
        padding: Theme.spacingXl

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM

            Text {
                text: qsTr("Energy Truck Console")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.textPrimary
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Sign in to %1").arg(SignIn.server)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                elide: Text.ElideMiddle
            }
            InputField {
                id: email
                objectName: "emailField"
                Layout.fillWidth: true
                text: SignIn.email
                placeholderText: qsTr("E-mail")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                enabled: !SignIn.busy
                focus: text.length === 0
                Accessible.name: qsTr("E-mail")
                onAccepted: password.forceActiveFocus()
            }
            InputField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                enabled: !SignIn.busy
                focus: email.text.length > 0
                Accessible.name: qsTr("Password")
                onAccepted: window.send()
            }
            ActionButton {
                objectName: "signInButton"
                Layout.fillWidth: true
                primary: true
                text: SignIn.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: !SignIn.busy
                onClicked: window.send()
            }
            Text {
                id: local
                objectName: "signInError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: SignIn.errorText
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.danger
                Connections {
                    target: SignIn
                    function onErrorTextChanged() { local.text = SignIn.errorText }
                }
            }
            Text {
                objectName: "keychainNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: SignIn.keychainNotice
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.warning
            }
        }
    }
}
