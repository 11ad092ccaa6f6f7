// SPDX-License-Identifier: MIT
// The Energy view's answer to "when do we curtail next, how much, and what is it worth?": the
// first curtailment window the forecast sees in the next 24 h (when, how long, MWh with its
// P10–P90 range, and how many energy trucks could absorb it) with a way to Dispatch, or a calm
// line when none is forecast; then when the forecast was issued (or, offline, that the console
// computed it again itself, and from which outlook), how old it is, and the lowest-carbon hours.
import QtQuick
import QtQuick.Layouts
import EnergyTruck.Models

Card {
    id: card
    objectName: "curtailmentAlert"
    readonly property var forecast: Console.forecast
    readonly property var window: forecast.alertWindow
    // The window's times as HH:mm; "" while the window is being replaced (alert before window).
    function hhmm(t) {
        return t ? Console.jejuTime(t, "HH:mm") : ""
    }
    border.color: forecast.alert ? Theme.warning : Theme.divider
    border.width: forecast.alert ? 2 : 1

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        SectionLabel { text: qsTr("Curtailment forecast (next 24 h)") }

        Text {
            objectName: "curtailmentAlertText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: card.forecast.alert
            color: card.forecast.alert ? Theme.textPrimary : Theme.textSecondary
            text: !card.forecast.available
                  ? qsTr("No forecast in the cache yet")
                  : card.forecast.alert && !card.window.likely
                    ? qsTr("Curtailment possible %1–%2 (%3 h): up to %4 MWh (P90), peak %5")
                          .arg(card.hhmm(card.window.start)).arg(card.hhmm(card.window.end))
                          .arg(Number(card.window.hours).toLocaleString(Qt.locale(), "f", 1))
                          .arg(Number(card.window.mwhP90).toLocaleString(Qt.locale(), "f", 0))
                          .arg(Labels.mw(card.window.peakMw))
                  : card.forecast.alert
                    ? qsTr("Curtailment expected %1–%2 (%3 h): about %4 MWh (P10–P90 %5–%6 MWh), peak %7")
                          .arg(card.hhmm(card.window.start)).arg(card.hhmm(card.window.end))
                          .arg(Number(card.window.hours).toLocaleString(Qt.locale(), "f", 1))
                          .arg(Number(card.window.mwh).toLocaleString(Qt.locale(), "f", 0))
                          .arg(Number(card.window.mwhP10).toLocaleString(Qt.locale(), "f", 0))
                          .arg(Number(card.window.mwhP90).toLocaleString(Qt.locale(), "f", 0))
                          .arg(Labels.mw(card.window.peakMw))
                    : qsTr("No curtailment expected in the next 24 h")
        }

        RowLayout {
            visible: card.forecast.alert
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                objectName: "curtailmentAlertTrucks"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: card.forecast.alertCovered ? Theme.positive : Theme.warning
                text: card.forecast.alertCovered
                      ? qsTr("%n truck(s) of %1 in service could absorb it", "", card.forecast.alertTrucks).arg(card.forecast.trucksInService)
                      : qsTr("All %n truck(s) in service could absorb only part of it", "", card.forecast.trucksInService)
            }
            ActionButton {
                objectName: "planInDispatch"
                primary: true
                text: qsTr("Plan in Dispatch")
                onClicked: Console.views.setCurrentId("dispatch")
            }
        }

        Text {
            objectName: "forecastIssued"
            Layout.fillWidth: true
            visible: card.forecast.available
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: card.forecast.recomputed ? Theme.textSecondary : Theme.textTertiary
            // Offline, the console's own forecast says so; the server's says how old it is once
            // a newer one is due.
            text: (card.forecast.recomputed
                   ? qsTr("Recomputed offline at %1 from the outlook issued at %2")
                         .arg(Console.jejuTime(card.forecast.issuedAt, "HH:mm"))
                         .arg(Console.jejuTime(card.forecast.outlookIssuedAt, "HH:mm"))
                   : qsTr("Forecast issued %1").arg(Labels.dateTime(card.forecast.issuedAt))
                     + (card.forecast.ageSeconds >= 900 ? " · " + qsTr("%1 old").arg(card.forecast.ageText) : ""))
                  + (card.forecast.lowCarbonHours.length > 0
                     ? " · " + qsTr("Lowest-carbon hours: %1").arg(card.forecast.lowCarbonHours.map(
                           h => Console.jejuTime(h.start, "HH:mm")).join(", "))
                     : "")
        }

        Text {
            objectName: "forecastRecomputeError"
            Layout.fillWidth: true
            visible: card.forecast.recomputeError.length > 0
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.warning
            text: card.forecast.recomputeError
        }
    }
}
