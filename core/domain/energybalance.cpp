// SPDX-License-Identifier: MIT
#include "energybalance.h"

namespace et::domain {

namespace {
constexpr double kMaxMw = 5000.0;
// Jeju's pilot real-time market has seen negative prices; KPX caps sit far inside ±10,000 KRW/kWh.
constexpr double kMaxSmp = 10000.0;
// Above any fuel's life-cycle intensity (oil 840, coal 820 g/kWh; IPCC AR5).
constexpr double kMaxCarbon = 2000.0;
} // namespace

Result<HvdcLinkFlow> HvdcLinkFlow::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("hvdc link: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    HvdcLinkFlow l;
    l.id = r.string(QStringLiteral("id"));
    l.name = r.string(QStringLiteral("name"));
    l.mainlandTerminal = r.string(QStringLiteral("mainland_terminal"));
    l.jejuTerminalAssetId = r.string(QStringLiteral("jeju_terminal_asset_id"));
    l.capacityMw = r.number(QStringLiteral("capacity_mw"), 0.0, kMaxMw);
    l.flowMw = r.number(QStringLiteral("flow_mw"), -kMaxMw, kMaxMw);
    l.reversible = r.boolean(QStringLiteral("reversible"));
    if (r.ok() && std::abs(l.flowMw) > l.capacityMw * 1.2)
        r.fail(QStringLiteral("flow_mw"), QStringLiteral("%1 MW exceeds the link rating of %2 MW").arg(l.flowMw).arg(l.capacityMw));
    if (r.ok() && !l.reversible && l.flowMw < 0.0)
        r.fail(QStringLiteral("flow_mw"), QStringLiteral("a non-reversible link cannot export (%1 MW)").arg(l.flowMw));
    if (!r.ok())
        return r.error();
    return l;
}

QJsonObject HvdcLinkFlow::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("mainland_terminal"), mainlandTerminal},
        {QStringLiteral("jeju_terminal_asset_id"), jejuTerminalAssetId},
        {QStringLiteral("capacity_mw"), capacityMw},
        {QStringLiteral("flow_mw"), flowMw},
        {QStringLiteral("reversible"), reversible},
    };
}

double EnergyBalance::hvdcImportMw() const
{
    double sum = 0.0;
    for (const auto &l : hvdcLinks)
        sum += l.flowMw;
    return sum;
}

Result<EnergyBalance> EnergyBalance::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("energy balance: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    EnergyBalance b;
    b.timestamp = r.dateTime(QStringLiteral("timestamp"));
    b.demandMw = r.number(QStringLiteral("demand_mw"), 0.0, kMaxMw);
    const QJsonObject gen = r.object(QStringLiteral("generation_mw"));
    const QJsonArray links = r.array(QStringLiteral("hvdc_links"));
    b.curtailmentMw = r.number(QStringLiteral("curtailment_mw"), 0.0, kMaxMw);
    b.renewableShare = r.number(QStringLiteral("renewable_share"), 0.0, 1.0);
    b.smpKrwPerKwh = r.number(QStringLiteral("smp_krw_per_kwh"), -kMaxSmp, kMaxSmp);
    // Absent from servers before the carbon accounting: 0 says "not known".
    b.carbonGPerKwh = r.optionalNumber(QStringLiteral("carbon_g_per_kwh"), 0.0, kMaxCarbon).value_or(0.0);
    // Absent from servers before the trucks' accounting.
    b.truckAbsorbedMw = r.optionalNumber(QStringLiteral("truck_absorbed_mw"), 0.0, kMaxMw).value_or(0.0);
    b.truckGridChargeMw = r.optionalNumber(QStringLiteral("truck_grid_charge_mw"), 0.0, kMaxMw).value_or(0.0);
    if (!r.ok())
        return r.error();
    if (const QJsonValue day = value.toObject().value(QStringLiteral("truck_day")); !day.isUndefined() && !day.isNull()) {
        auto totals = TruckDayTotals::fromJson(day);
        if (!totals.ok())
            return totals.error().prefixed(QStringLiteral("truck_day"));
        b.truckDay = totals.value();
    }

    JsonFieldReader g(gen);
    b.thermalMw = g.number(QStringLiteral("thermal"), 0.0, kMaxMw);
    b.windMw = g.number(QStringLiteral("wind"), 0.0, kMaxMw);
    b.solarMw = g.number(QStringLiteral("solar"), 0.0, kMaxMw);
    b.truckDischargeMw = g.number(QStringLiteral("truck_discharge"), 0.0, kMaxMw);
    if (!g.ok())
        return g.error().prefixed(QStringLiteral("generation_mw"));

    auto flows = decodeArray<HvdcLinkFlow>(links, &HvdcLinkFlow::fromJson);
    if (!flows.ok())
        return flows.error().prefixed(QStringLiteral("hvdc_links"));
    b.hvdcLinks = std::move(flows).value();
    return b;
}

QJsonObject EnergyBalance::toJson() const
{
    QJsonArray links;
    for (const auto &l : hvdcLinks)
        links.append(l.toJson());
    QJsonObject o{
        {QStringLiteral("timestamp"), toIsoUtc(timestamp)},
        {QStringLiteral("demand_mw"), demandMw},
        {QStringLiteral("generation_mw"),
         QJsonObject{{QStringLiteral("thermal"), thermalMw},
                     {QStringLiteral("wind"), windMw},
                     {QStringLiteral("solar"), solarMw},
                     {QStringLiteral("truck_discharge"), truckDischargeMw}}},
        {QStringLiteral("hvdc_links"), links},
        {QStringLiteral("curtailment_mw"), curtailmentMw},
        {QStringLiteral("renewable_share"), renewableShare},
        {QStringLiteral("smp_krw_per_kwh"), smpKrwPerKwh},
        {QStringLiteral("carbon_g_per_kwh"), carbonGPerKwh},
        {QStringLiteral("truck_absorbed_mw"), truckAbsorbedMw},
        {QStringLiteral("truck_grid_charge_mw"), truckGridChargeMw},
    };
    if (truckDay)
        o.insert(QStringLiteral("truck_day"), truckDay->toJson());
    return o;
}

} // namespace et::domain
