// SPDX-License-Identifier: MIT
// A center's notices and temporary closures from operators (each with its reason and end), and
// for operators a small form to post one: a notice, or a closure that makes the center closed
// until its end; the reason is required. Posted through the outbox (CenterNoticeModel).
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: notices
    objectName: "centerNotices"
    readonly property CenterNoticeModel model: Console.centerCommunity.notices
    /// The center the list shows and the form posts on (the selected one; "" lists every center's).
    property string centerId: ""
    spacing: Theme.spacingS
    // The model follows the center shown here.
    Binding { target: notices.model; property: "centerId"; value: notices.centerId }

    Repeater {
        id: noticeList
        model: notices.model
        delegate: Rectangle {
            id: noticeRow
            required property string kind
            required property string reason
            required property string endsText
            Layout.fillWidth: true
            implicitHeight: noticeText.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radiusSmall
            readonly property color tint: noticeRow.kind === "closure" ? Theme.danger : Theme.warning
            color: Qt.rgba(noticeRow.tint.r, noticeRow.tint.g, noticeRow.tint.b, 0.12)
            border.color: noticeRow.tint
            Text {
                id: noticeText
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                text: (noticeRow.kind === "closure" ? qsTr("Temporarily closed") : qsTr("Notice")) + " · " + noticeRow.endsText
                      + "\n" + noticeRow.reason
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                wrapMode: Text.WordWrap
            }
        }
    }

    // The form opens on demand, so the detail's first screen keeps the notices themselves.
    property bool formOpen: false
    ActionButton {
        objectName: "openNoticeForm"
        visible: notices.model.canPost && notices.centerId !== ""
        text: notices.formOpen ? qsTr("Close the form") : qsTr("Post a notice or closure…")
        onClicked: notices.formOpen = !notices.formOpen
    }
    Text {
        visible: noticeList.count === 0
        text: qsTr("No notices")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.textTertiary
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: notices.formOpen && notices.model.canPost && notices.centerId !== ""
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            ChoiceBox {
                id: kindChoice
                objectName: "noticeKind"
                model: [qsTr("Notice"), qsTr("Temporary closure")]
            }
            ChoiceBox {
                id: untilChoice
                objectName: "noticeUntil"
                model: [qsTr("Until tonight"), qsTr("For 1 hour"), qsTr("For 3 hours"), qsTr("For 1 day"), qsTr("For 3 days"), qsTr("For 7 days")]
            }
        }
        InputField {
            id: reasonField
            objectName: "noticeReason"
            Layout.fillWidth: true
            maximumLength: 300
            placeholderText: qsTr("Reason (required), e.g. staff training this afternoon")
        }
        RowLayout {
            ActionButton {
                objectName: "postNotice"
                primary: true
                text: qsTr("Post")
                enabled: reasonField.text.trim() !== ""
                onClicked: {
                    const hours = [0, 1, 3, 24, 72, 168][untilChoice.currentIndex];
                    const ends = hours === 0 ? notices.model.endOfToday() : notices.model.hoursFromNow(hours);
                    if (notices.model.post(notices.centerId, kindChoice.currentIndex === 1, reasonField.text, ends) === "")
                        reasonField.text = "";
                }
            }
            Text {
                Layout.fillWidth: true
                text: notices.model.problem
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
        }
    }
}
