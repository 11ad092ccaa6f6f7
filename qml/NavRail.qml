// SPDX-License-Identifier: MIT
// The left rail: one button per view the signed-in user may open (Console.views; the shortcuts
// live there too), then who is signed in and the way out.
import QtQuick
import EnergyTruck.Models

Rectangle {
    id: rail
    color: Theme.surface
    implicitWidth: Theme.navWidth

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.divider
    }

    Column {
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingL
        width: parent.width
        spacing: Theme.spacingS

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Energy\nTruck")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.accent
            bottomPadding: Theme.spacingM
        }

        Repeater {
            model: Console.views
            Rectangle {
                id: button
                required property int index
                required property string viewId
                required property string title
                required property string glyph
                required property string shortcut
                required property bool available
                readonly property bool current: Console.views.currentIndex === index
                objectName: "nav_" + viewId
                visible: available
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - 2 * Theme.spacingS
                height: Math.max(64, railColumn.implicitHeight + 2 * Theme.spacingS)
                radius: Theme.radius
                color: current ? Theme.selection : (press.hovered ? Theme.surfaceMuted : "transparent")

                PressArea {
                    id: press
                    objectName: "navKeys_" + button.viewId
                    role: Accessible.PageTab
                    name: button.title
                    description: button.shortcut
                    radius: button.radius
                    onActivated: Console.views.currentIndex = button.index
                }

                Column {
                    id: railColumn
                    anchors.centerIn: parent
                    spacing: 2
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: button.glyph
                        font.pixelSize: 20
                        color: button.current ? Theme.accent : Theme.textSecondary
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: button.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        font.bold: button.current
                        color: button.current ? Theme.accent : Theme.textSecondary
                    }
                }
            }
        }
    }

    // Who is signed in, and the way out (the server's audit trail has their name on every order).
    Column {
        objectName: "signedInUser"
        visible: Console.userEmail.length > 0
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingM
        width: parent.width
        spacing: Theme.spacingXs
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Labels.role(Console.userRole)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textSecondary
        }
        Text {
            width: parent.width - 2 * Theme.spacingXs
            anchors.horizontalCenter: parent.horizontalCenter
            horizontalAlignment: Text.AlignHCenter
            text: Console.userEmail
            elide: Text.ElideMiddle
            font.family: Theme.fontFamily
            font.pixelSize: 10
            color: Theme.textTertiary
        }
        ActionButton {
            objectName: "signOut"
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.spacingS
            visible: Console.signOutAvailable
            // The rail is narrow: a smaller face and less padding keep the whole word.
            leftPadding: Theme.spacingXs
            rightPadding: Theme.spacingXs
            font.pixelSize: Theme.fontCaption
            text: qsTr("Sign out")
            onClicked: Console.signOut()
        }
    }
}
