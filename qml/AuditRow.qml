// SPDX-License-Identifier: MIT
// One entry of the audit trail: when (Jeju time) and the answer's status, who (e-mail and role),
// what (method and path) with its result, and the whole request id (so it can be matched with the
// server's log line for line).
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: row
    required property int seq
    required property string time
    required property string user
    required property string role
    required property string method
    required property string path
    required property int status
    required property string result
    required property string requestId

    // 2xx worked, 4xx was refused (the caller's fault), anything else failed on the server.
    readonly property color statusTint: status >= 200 && status < 300 ? Theme.positive
                                      : status >= 400 && status < 500 ? Theme.warning : Theme.danger

    // A refused sign-in has no account behind it, only the name that was tried (or none).
    readonly property string who: (user.length > 0 ? user : qsTr("anonymous"))
                                  + (role.length > 0 ? " (" + Labels.role(role) + ")" : "")

    width: ListView.view ? ListView.view.width : 0
    implicitHeight: body.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusSmall
    color: hover.hovered ? Theme.surfaceMuted : "transparent"

    HoverArea { id: hover }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                text: "#" + row.seq
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
            }
            Text {
                Layout.fillWidth: true
                text: row.time
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
            StatusChip { text: String(row.status); tint: row.statusTint }
        }
        Text {
            Layout.fillWidth: true
            text: row.method + " " + row.path
            font.family: "monospace"
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textPrimary
            elide: Text.ElideMiddle
        }
        Text {
            Layout.fillWidth: true
            text: row.who + " · " + row.result
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        TextEdit {
            objectName: "auditRequestId"
            Layout.fillWidth: true
            // Read-only but selectable: the id is what one pastes into a log search.
            readOnly: true
            selectByMouse: true
            text: qsTr("request %1").arg(row.requestId)
            font.family: "monospace"
            font.pixelSize: 11
            color: Theme.textTertiary
            wrapMode: TextEdit.WrapAnywhere
        }
    }
}
