// SPDX-License-Identifier: MIT
// Reporting a new incident: its type, severity and title, and where it is — drawn on the map as a
// polygon or a circle, or for a typhoon a past track replayed as an exercise, for an earthquake
// its magnitude and depth at the drawn centre. The command goes through the outbox (offline too);
// the server assesses it and the impact follows in the next sync.
// As a what-if (`whatIf`) the same drawing is never sent: every change redrafts Console.whatIf,
// which assesses it on this console; "Promote" makes it a real incident (manage_disasters only).
import QtQuick
import QtQuick.Layouts
import QtPositioning
import EnergyTruck.Models

Card {
    id: card
    objectName: "incidentCreateCard"
    signal closed()
    signal created(string id)
    property string problem: ""
    property bool whatIf: false
    readonly property bool complete: card.isTyphoon ? stormBox.count > 0 : IncidentDraft.complete
    // Re-evaluated whenever anything body() reads changes: the drawing, the type, the fields.
    readonly property var draftBody: card.visible && card.whatIf && card.complete ? card.body() : null
    onDraftBodyChanged: {
        if (draftBody)
            Console.whatIf.setBody(draftBody)
    }
    readonly property string type: typeBox.currentValue ?? "flood"
    readonly property bool isTyphoon: type === "typhoon"
    readonly property bool isQuake: type === "earthquake"

    function close() {
        if (card.whatIf)
            Console.whatIf.discard()
        IncidentDraft.clear()
        problem = ""
        closed()
    }

    function coordinate(c) {
        return { lat: c.latitude, lon: c.longitude }
    }

    function body() {
        let body = { type: card.type, status: "active", started_at: Console.time.latest.toISOString(),
                     title: titleField.text, severity: severityBox.currentValue }
        if (card.isTyphoon) {
            body = Console.typhoonExercise.bodyFor(stormBox.currentValue, Console.time.latest)
            if (titleField.text.length > 0)
                body.title = titleField.text
        } else if (IncidentDraft.circle) {
            const c = IncidentDraft.points[0], rim = IncidentDraft.points[1]
            body.lat = c.latitude
            body.lon = c.longitude
            body.radius_km = Math.max(0.1, c.distanceTo(rim) / 1000)
        } else {
            body.polygon = IncidentDraft.points.map(card.coordinate)
        }
        if (card.isQuake) {
            body.magnitude = Number(magnitudeField.text)
            body.depth_km = Number(depthField.text)
            delete body.severity // the intensity on Jeju rates it
        }
        if (card.type === "flood")
            body.depth_m = Number(depthMField.text)
        return body
    }

    function report() {
        const id = Console.commands.createDisaster(card.body())
        card.problem = Console.commands.problem
        if (id.length > 0) {
            card.created(id)
            card.close()
        }
    }

    function promote() {
        const id = Console.whatIf.promote()
        card.problem = Console.whatIf.problem
        if (id.length > 0) {
            card.created(id)
            card.close()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS
        RowLayout {
            Layout.fillWidth: true
            SectionLabel { Layout.fillWidth: true; text: card.whatIf ? qsTr("What-if (draft, never sent)") : qsTr("New incident") }
            ActionButton {
                objectName: card.whatIf ? "discardWhatIf" : "cancelIncident"
                text: card.whatIf ? qsTr("Discard") : qsTr("Cancel")
                onClicked: card.close()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ChoiceBox {
                id: typeBox
                objectName: "incidentType"
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "flood", label: Labels.disasterType("flood") },
                    { value: "outage", label: Labels.disasterType("outage") },
                    { value: "typhoon", label: Labels.disasterType("typhoon") },
                    { value: "earthquake", label: Labels.disasterType("earthquake") },
                    { value: "wildfire", label: Labels.disasterType("wildfire") },
                    { value: "heavy_snow", label: Labels.disasterType("heavy_snow") }
                ]
                onActivated: IncidentDraft.clear()
            }
            ChoiceBox {
                id: severityBox
                objectName: "incidentSeverity"
                visible: !card.isTyphoon && !card.isQuake
                Layout.preferredWidth: 130
                textRole: "label"
                valueRole: "value"
                currentIndex: 2
                model: [
                    { value: 1, label: qsTr("Severity %1").arg(1) }, { value: 2, label: qsTr("Severity %1").arg(2) },
                    { value: 3, label: qsTr("Severity %1").arg(3) }, { value: 4, label: qsTr("Severity %1").arg(4) },
                    { value: 5, label: qsTr("Severity %1").arg(5) }
                ]
            }
        }
        InputField {
            id: titleField
            objectName: "incidentTitle"
            Layout.fillWidth: true
            placeholderText: qsTr("Title (e.g. Hallim flooding)")
        }
        // A typhoon: a past storm replayed so it reaches Jeju a few hours from now.
        ChoiceBox {
            id: stormBox
            objectName: "incidentStorm"
            visible: card.isTyphoon
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "index"
            model: Console.typhoonExercise.storms
        }
        Text {
            visible: card.isTyphoon
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The real JMA best track, moved in time so its nearest approach to Jeju is 3 h from now.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
        RowLayout {
            visible: card.isQuake || card.type === "flood"
            Layout.fillWidth: true
            InputField { id: magnitudeField; visible: card.isQuake; Layout.fillWidth: true; text: "4.9"; placeholderText: qsTr("Magnitude") }
            InputField { id: depthField; visible: card.isQuake; Layout.fillWidth: true; text: "17"; placeholderText: qsTr("Depth km") }
            InputField { id: depthMField; visible: card.type === "flood"; Layout.fillWidth: true; text: "1.0"; placeholderText: qsTr("Water depth m") }
        }
        RowLayout {
            visible: !card.isTyphoon
            Layout.fillWidth: true
            ChipToggle {
                objectName: "drawArea"
                visible: !card.isQuake
                text: qsTr("Draw area")
                checked: IncidentDraft.active && !IncidentDraft.circle
                onClicked: IncidentDraft.start(false)
            }
            ChipToggle {
                objectName: "drawCircle"
                text: card.isQuake ? qsTr("Place epicentre") : qsTr("Draw circle")
                checked: IncidentDraft.active && IncidentDraft.circle
                onClicked: IncidentDraft.start(true)
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            visible: IncidentDraft.active
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: IncidentDraft.circle ? qsTr("Click the centre on the map, then a point on the edge.")
                                       : qsTr("Click the corners on the map (%1 so far).").arg(IncidentDraft.points.length)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }
        Text {
            visible: card.problem.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: card.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
        }
        ActionButton {
            objectName: "reportIncident"
            visible: !card.whatIf
            Layout.alignment: Qt.AlignRight
            primary: true
            text: qsTr("Report incident")
            enabled: card.complete
            onClicked: card.report()
        }
        ActionButton {
            objectName: "promoteWhatIf"
            visible: card.whatIf && Console.canManageDisasters
            Layout.alignment: Qt.AlignRight
            primary: true
            text: qsTr("Promote to incident")
            enabled: Console.whatIf.assessed
            onClicked: card.promote()
        }
    }
}
