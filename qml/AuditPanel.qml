// SPDX-License-Identifier: MIT
// Audit view (administrators): the server's append-only trail of every state-changing request,
// newest first, with the server's verdict on the hash chain above it. Read live from the server
// when the view opens and on Refresh; never cached, so it says plainly when it cannot be read.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: panel
    objectName: "auditPanel"
    readonly property var audit: Console.audit
    spacing: Theme.spacingM

    RowLayout {
        Layout.fillWidth: true
        PanelHeader {
            Layout.fillWidth: true
            title: qsTr("Audit trail")
            subtitle: !Console.canReadAudit ? ""
                      : panel.audit.busy && panel.audit.count === 0 ? qsTr("Reading the server's trail…")
                      : qsTr("%1 newest entries").arg(panel.audit.count)
        }
        ActionButton {
            objectName: "auditRefresh"
            Layout.alignment: Qt.AlignTop
            visible: Console.canReadAudit
            enabled: !panel.audit.busy
            text: panel.audit.busy ? qsTr("Reading…") : qsTr("Refresh")
            onClicked: panel.audit.refresh()
        }
    }

    Text {
        objectName: "auditNotAllowed"
        Layout.fillWidth: true
        visible: !Console.canReadAudit
        text: qsTr("Only administrators can read the audit trail.")
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    // Why the trail could not be read, or the chain's state: a broken chain means someone changed
    // the table behind the server's back.
    Rectangle {
        id: verdict
        objectName: "auditVerdict"
        readonly property bool failed: panel.audit.errorText.length > 0
        readonly property bool good: !failed && panel.audit.chainOk
        readonly property color tint: good ? Theme.positive : Theme.danger
        Layout.fillWidth: true
        visible: Console.canReadAudit && (failed || panel.audit.chainKnown)
        implicitHeight: verdictText.implicitHeight + 2 * Theme.spacingM
        radius: Theme.radiusSmall
        color: Qt.rgba(tint.r, tint.g, tint.b, 0.14)
        border.color: tint
        Text {
            id: verdictText
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            text: verdict.failed ? qsTr("The audit trail could not be read: %1").arg(panel.audit.errorText)
                                 : (panel.audit.chainOk ? "✓ " : "✗ ") + panel.audit.chainText
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: !verdict.good
            color: Theme.textPrimary
        }
    }

    ListView {
        id: auditList
        objectName: "auditList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: Console.canReadAudit
        clip: true
        spacing: 2
        boundsBehavior: Flickable.StopAtBounds
        model: panel.audit
        delegate: AuditRow { }
        activeFocusOnTab: true
        Keys.onUpPressed: flick(0, 800)
        Keys.onDownPressed: flick(0, -800)
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Audit trail")
        Accessible.description: qsTr("Newest first; Up and Down scroll")
        FocusRing { parent: auditList; shown: auditList.activeFocus; radius: Theme.radiusSmall }

        Text {
            anchors.centerIn: parent
            visible: auditList.count === 0 && !panel.audit.busy && panel.audit.errorText.length === 0
            text: qsTr("Nothing recorded yet")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textTertiary
        }
    }
}
