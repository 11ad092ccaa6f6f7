// SPDX-License-Identifier: MIT
// The newest command the server refused, with its reason, until the operator dismisses it: an
// order that did not go through must never be lost silently.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Rectangle {
    id: banner
    objectName: "rejectionBanner"
    readonly property var rejections: Console.rejections
    visible: rejections.count > 0
    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
    border.color: Theme.danger
    radius: Theme.radiusSmall
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacingM : 0

    ColumnLayout {
        id: column
        x: Theme.spacingM
        y: Theme.spacingM
        width: banner.width - 2 * Theme.spacingM

        Repeater {
            model: banner.rejections
            delegate: RowLayout {
                id: content
                required property int index
                required property string key
                required property string description
                required property string reason
                visible: index === 0
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Refused: %1 — %2").arg(content.description, content.reason)
                          + (banner.rejections.count > 1 ? " " + qsTr("(+%1 more)").arg(banner.rejections.count - 1) : "")
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
                ActionButton {
                    objectName: "dismissRejection"
                    text: qsTr("Dismiss")
                    onClicked: banner.rejections.dismiss(content.key)
                }
            }
        }
    }
}
