// SPDX-License-Identifier: MIT
// Human words for the wire names the models carry (kinds, statuses, disaster types), so every
// such word goes through qsTr() in one place.
pragma Singleton
import QtQuick
import EnergyTruck.Models

QtObject {
    /// The non-empty texts of `parts`, joined with a middle dot.
    function joined(parts: list<string>): string {
        let out = ""
        for (let i = 0; i < parts.length; ++i) {
            if (parts[i].length === 0)
                continue
            out += (out.length > 0 ? " · " : "") + parts[i]
        }
        return out
    }

    function assetKind(kind) {
        switch (kind) {
        case "hvdc_converter": return qsTr("HVDC converter")
        case "thermal": return qsTr("Thermal")
        case "wind": return qsTr("Wind")
        case "solar": return qsTr("Solar")
        case "substation": return qsTr("Substation")
        }
        return kind
    }

    function status(status) {
        switch (status) {
        case "online": return qsTr("Online")
        case "offline": return qsTr("Offline")
        case "maintenance": return qsTr("Maintenance")
        case "emergency": return qsTr("Emergency")
        case "idle": return qsTr("Idle")
        case "driving": return qsTr("Driving")
        case "charging": return qsTr("Charging")
        case "discharging": return qsTr("Discharging")
        case "active": return qsTr("Active")
        case "monitoring": return qsTr("Monitoring")
        case "resolved": return qsTr("Resolved")
        }
        return status
    }

    function role(role) {
        switch (role) {
        case "admin": return qsTr("Administrator")
        case "operator": return qsTr("Operator")
        case "viewer": return qsTr("Viewer")
        case "partner": return qsTr("Partner")
        }
        return role
    }

    function orderStatus(status) {
        switch (status) {
        case "pending": return qsTr("Waiting to send")
        case "accepted": return qsTr("On its way")
        case "active": return qsTr("Working")
        case "completed": return qsTr("Completed")
        case "cancelled": return qsTr("Cancelled")
        case "failed": return qsTr("Failed")
        case "cancelling": return qsTr("Cancelling")
        }
        return status
    }

    function disasterType(type) {
        switch (type) {
        case "typhoon": return qsTr("Typhoon")
        case "earthquake": return qsTr("Earthquake")
        case "flood": return qsTr("Flood")
        case "outage": return qsTr("Power outage")
        case "wildfire": return qsTr("Wildfire")
        case "heavy_snow": return qsTr("Heavy snow")
        }
        return type
    }

    function category(category) {
        // The published categories are Korean words; give English readers a gloss.
        switch (category) {
        case "건강증진": return qsTr("Health promotion")
        case "정신보건": return qsTr("Mental health")
        }
        return category
    }

    /// Power in the user's unit (Settings: MW, the grid's, or kW, a truck's).
    function mw(value) {
        if (Appearance.powerUnit === Appearance.Kilowatt)
            return qsTr("%1 kW").arg(Number(value * 1000).toLocaleString(Qt.locale(), "f", 0))
        return qsTr("%1 MW").arg(Number(value).toLocaleString(Qt.locale(), "f", 0))
    }

    function krwPerKwh(value) {
        return qsTr("%1 ₩/kWh").arg(Number(value).toLocaleString(Qt.locale(), "f", 1))
    }

    function carbonIntensity(value) {
        return qsTr("%1 gCO₂eq/kWh").arg(Number(value).toLocaleString(Qt.locale(), "f", 0))
    }

    /// A chart's time (ms since the epoch) as "M/d HH:mm KST".
    function chartTime(ms: real): string {
        return qsTr("%1 KST").arg(Console.jejuTime(new Date(ms), "M/d HH:mm"))
    }

    /// The Energy chart in words, for screen readers: demand and curtailment up to now, the
    /// forecast after it.
    function energyChartDescription(data: EnergyChartData): string {
        if (!data.hasHistory && !data.hasForecast)
            return qsTr("No history yet.")
        const demand = data.summaryOf(EnergyChartData.Demand, data.visibleFromMs, data.nowMs)
        const curtailed = data.summaryOf(EnergyChartData.Curtailment, data.visibleFromMs, data.nowMs)
        const forecast = data.summaryOf(EnergyChartData.ForecastUpper, data.nowMs, data.visibleToMs)
        return [
            demand.valid ? qsTr("Demand from %1 to %2, highest at %3.").arg(mw(demand.min)).arg(mw(demand.max)).arg(chartTime(demand.maxMs)) : "",
            curtailed.valid ? qsTr("Curtailed %1 MWh.").arg(Number(curtailed.energyMwh).toLocaleString(Qt.locale(), "f", 0)) : "",
            forecast.valid ? qsTr("Forecast up to %1 (P90) at %2.").arg(mw(forecast.max)).arg(chartTime(forecast.maxMs)) : ""
        ].filter(part => part.length > 0).join(" ")
    }

    function percent(fraction) {
        return qsTr("%1 %").arg(Number(fraction * 100).toLocaleString(Qt.locale(), "f", 0))
    }

    // Times are shown in Jeju time (KST) whatever zone the machine is set to, and say so.
    function number(value, decimals) {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }

    function alarmPriority(priority) {
        switch (priority) {
        case "urgent": return qsTr("Urgent")
        case "high": return qsTr("High")
        case "medium": return qsTr("Medium")
        case "low": return qsTr("Low")
        }
        return priority
    }

    function alarmState(state) {
        switch (state) {
        case "unacknowledged_active": return qsTr("active, unacknowledged")
        case "acknowledged_active": return qsTr("active, acknowledged")
        case "unacknowledged_cleared": return qsTr("cleared, unacknowledged")
        }
        return qsTr("normal")
    }

    /// A GDACS-like alert level ("green", "orange", "red").
    function alertLevel(level) {
        switch (level) {
        case "green": return qsTr("green")
        case "orange": return qsTr("orange")
        case "red": return qsTr("red")
        }
        return level
    }

    /// A damage state of an incident's impact ("likely_damaged", "inspect", "ok").
    function damageState(state) {
        switch (state) {
        case "likely_damaged": return qsTr("likely damaged")
        case "inspect": return qsTr("inspect")
        }
        return qsTr("ok")
    }

    /// How long ago `since` was at `now` ("45 min", "3 h", "2 d").
    function age(since, now) {
        if (!since || !now || isNaN(now.getTime()))
            return ""
        const minutes = Math.round((now.getTime() - since.getTime()) / 60000)
        if (minutes < 0)
            return qsTr("starts in %1 h").arg(Math.ceil(-minutes / 60))
        if (minutes < 120)
            return qsTr("%1 min").arg(minutes)
        if (minutes < 48 * 60)
            return qsTr("%1 h").arg(Math.round(minutes / 60))
        return qsTr("%1 d").arg(Math.round(minutes / 1440))
    }

    function dateTime(value) {
        const text = value ? Console.jejuTime(value, "yyyy-MM-dd HH:mm") : ""
        return text ? qsTr("%1 KST").arg(text) : qsTr("unknown")
    }

    function time(value) {
        const text = value ? Console.jejuTime(value, "HH:mm:ss") : ""
        return text ? qsTr("%1 KST").arg(text) : qsTr("unknown")
    }
}
