// SPDX-License-Identifier: MIT
// The newest command the server refused, with its reason, until the operator dismisses it: an
// order that did not go through must never be lost silently.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

ColumnLayout {
    id: rejected
    objectName: "rejectionBanner"
    readonly property var rejections: Console.rejections
    visible: rejections.count > 0
    spacing: 0

    Repeater {
        model: rejected.rejections
        delegate: Banner {
            required property int index
            required property string key
            required property string description
            required property string reason
            // One at a time, newest first; the count says how many more wait behind it.
            visible: index === 0
            Layout.fillWidth: true
            text: qsTr("Refused: %1 — %2").arg(description, reason)
                  + (Console.rejections.count > 1 ? " " + qsTr("(+%1 more)").arg(Console.rejections.count - 1) : "")
            onDismissed: Console.rejections.dismiss(key)
        }
    }
}
