// SPDX-License-Identifier: MIT
// "Situation report (PDF)" for one incident: writes report/SituationReport's PDF through
// SituationReportExport (off the GUI thread) and says where it went, with Open.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models
import EnergyTruck.Console

RowLayout {
    id: row
    property string disasterId: ""
    spacing: Theme.spacingS
    ActionButton {
        objectName: "exportReport"
        text: reportExport.busy ? qsTr("Writing the report…") : qsTr("Situation report (PDF)")
        enabled: !reportExport.busy && row.disasterId.length > 0
        onClicked: reportExport.exportReport(row.disasterId)
    }
    Text {
        Layout.fillWidth: true
        visible: reportExport.lastPath.length > 0 || reportExport.problem.length > 0
        text: reportExport.problem.length > 0 ? reportExport.problem
                                              : qsTr("Saved: %1").arg(reportExport.lastPath)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: reportExport.problem.length > 0 ? Theme.danger : Theme.textSecondary
        elide: Text.ElideMiddle
    }
    ActionButton {
        objectName: "openReport"
        visible: reportExport.lastPath.length > 0 && reportExport.problem.length === 0
        text: qsTr("Open")
        onClicked: reportExport.openLast()
    }
    SituationReportExport {
        id: reportExport
        console: Console
    }
}
