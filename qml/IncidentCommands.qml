// SPDX-License-Identifier: MIT
// The commands on an open incident for those who manage disasters: acknowledge, raise or lower
// its severity, redraw its area (the map takes the clicks while IncidentDraft is active), resolve.
// Each queues an operator command (OperatorCommands), offline too.
import QtQuick
import EnergyTruck.Models

Flow {
    id: commands
    property var incident: ({})
    /// The create card is open: it owns the drawing then.
    property bool creating: false
    spacing: Theme.spacingS
    ActionButton {
        objectName: "acknowledgeDisaster"
        visible: !commands.incident.acknowledged
        text: qsTr("Acknowledge")
        onClicked: Console.commands.acknowledgeDisaster(commands.incident.disasterId)
    }
    ActionButton {
        objectName: "raiseSeverity"
        enabled: commands.incident.severity < 5
        text: qsTr("Severity +1")
        onClicked: Console.commands.updateDisaster(commands.incident.disasterId, { severity: commands.incident.severity + 1 })
    }
    ActionButton {
        objectName: "lowerSeverity"
        enabled: commands.incident.severity > 1
        text: qsTr("Severity −1")
        onClicked: Console.commands.updateDisaster(commands.incident.disasterId, { severity: commands.incident.severity - 1 })
    }
    ActionButton {
        objectName: "redrawArea"
        visible: !commands.creating && !IncidentDraft.active && !commands.incident.hasTrack
        text: qsTr("Redraw area")
        onClicked: IncidentDraft.start(false)
    }
    ActionButton {
        objectName: "saveArea"
        visible: !commands.creating && IncidentDraft.active
        enabled: IncidentDraft.complete
        primary: true
        text: qsTr("Save area")
        onClicked: {
            Console.commands.updateDisaster(commands.incident.disasterId,
                                            { polygon: IncidentDraft.points.map(c => ({ lat: c.latitude, lon: c.longitude })) })
            IncidentDraft.clear()
        }
    }
    ActionButton {
        objectName: "resolveDisaster"
        tint: Theme.positive
        text: qsTr("Resolve")
        onClicked: Console.commands.resolveDisaster(commands.incident.disasterId)
    }
}
