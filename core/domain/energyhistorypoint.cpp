// SPDX-License-Identifier: MIT
#include "energyhistorypoint.h"

#include "asset.h"
#include "energybalance.h"

#include <algorithm>
#include <cmath>

namespace et::domain {

namespace {
// The same bounds as EnergyBalance: Jeju's peak load is about 1 GW.
constexpr double kMaxMw = 5000.0;
constexpr double kMaxSmp = 10000.0;
constexpr double kMaxCarbon = 2000.0; // EnergyBalance's bound: above lignite's life cycle

double hundredths(double v)
{
    return std::round(v * 100.0) / 100.0;
}

HistoryValues roundedValues(const HistoryValues &values)
{
    HistoryValues out;
    out.reserve(values.size());
    for (const auto &v : values)
        out << (v ? std::optional<double>(hundredths(*v)) : std::nullopt);
    return out;
}

Result<HistoryValues> valuesFromJson(const QJsonArray &array, qsizetype expected, const QString &field, const QString &columnsField)
{
    if (array.size() != expected)
        return Error{field, QStringLiteral("has %1 values but %2 names %3").arg(array.size()).arg(columnsField).arg(expected)};
    HistoryValues out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (v.isNull()) {
            out << std::nullopt;
            continue;
        }
        if (!v.isDouble())
            return Error{where, QStringLiteral("expected a number or null, got %1").arg(jsonTypeName(v))};
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return Error{where, QStringLiteral("must be a finite number")};
        if (std::abs(d) > kMaxMw)
            return Error{where, QStringLiteral("%1 is out of range [%2, %3]").arg(d).arg(-kMaxMw).arg(kMaxMw)};
        out << d;
    }
    return out;
}

QJsonArray valuesToJson(const HistoryValues &values)
{
    QJsonArray out;
    for (const auto &v : values)
        out.append(v ? QJsonValue(*v) : QJsonValue());
    return out;
}
} // namespace

EnergyHistoryPoint EnergyHistoryPoint::fromBalance(const EnergyBalance &balance, const QList<Asset> &assets)
{
    EnergyHistoryPoint p;
    p.timestamp = balance.timestamp.toUTC();
    p.minutes = 1;
    p.demandMw = balance.demandMw;
    p.thermalMw = balance.thermalMw;
    p.windMw = balance.windMw;
    p.solarMw = balance.solarMw;
    p.truckDischargeMw = balance.truckDischargeMw;
    p.curtailmentMw = balance.curtailmentMw;
    p.smpKrwPerKwh = balance.smpKrwPerKwh;
    // A balance says 0 when its server did not work the figure out (nothing Jeju uses is free
    // of life-cycle emissions).
    if (balance.carbonGPerKwh > 0.0)
        p.carbonGPerKwh = balance.carbonGPerKwh;
    for (const auto &l : balance.hvdcLinks)
        p.hvdcFlowMw << l.flowMw;
    for (const auto &a : assets)
        p.assetOutputMw << a.outputMw;
    return p;
}

EnergyBalance EnergyHistoryPoint::toBalance(const EnergyHistoryColumns &columns, const QList<HvdcLinkFlow> &links) const
{
    EnergyBalance b;
    b.timestamp = timestamp;
    b.demandMw = demandMw;
    b.thermalMw = thermalMw;
    b.windMw = windMw;
    b.solarMw = solarMw;
    b.truckDischargeMw = truckDischargeMw;
    b.curtailmentMw = curtailmentMw;
    b.smpKrwPerKwh = smpKrwPerKwh;
    b.carbonGPerKwh = carbonGPerKwh.value_or(0.0);
    // As energy::IslandBalance sets it on every live balance: wind and solar over what is served.
    b.renewableShare = demandMw > 0.0 ? std::clamp((windMw + solarMw) / demandMw, 0.0, 1.0) : 0.0;
    for (const HvdcLinkFlow &link : links) {
        const qsizetype column = columns.hvdcLinkIds.indexOf(link.id);
        if (column < 0 || column >= hvdcFlowMw.size() || !hvdcFlowMw[column])
            continue;
        HvdcLinkFlow then = link;
        then.flowMw = *hvdcFlowMw[column];
        b.hvdcLinks << then;
    }
    return b;
}

EnergyHistoryPoint EnergyHistoryPoint::roundedToHundredths() const
{
    EnergyHistoryPoint p = *this;
    for (double *v : {&p.demandMw, &p.thermalMw, &p.windMw, &p.solarMw, &p.truckDischargeMw, &p.curtailmentMw, &p.smpKrwPerKwh})
        *v = hundredths(*v);
    if (p.carbonGPerKwh)
        p.carbonGPerKwh = hundredths(*p.carbonGPerKwh);
    p.hvdcFlowMw = roundedValues(hvdcFlowMw);
    p.assetOutputMw = roundedValues(assetOutputMw);
    return p;
}

Result<EnergyHistoryPoint> EnergyHistoryPoint::fromJson(const QJsonValue &value, const EnergyHistoryColumns &columns)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("history point: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    EnergyHistoryPoint p;
    p.timestamp = r.dateTime(QStringLiteral("timestamp"));
    p.minutes = r.integer(QStringLiteral("minutes"), 1, kMaxMinutes);
    p.demandMw = r.number(QStringLiteral("demand_mw"), 0.0, kMaxMw);
    p.thermalMw = r.number(QStringLiteral("thermal_mw"), 0.0, kMaxMw);
    p.windMw = r.number(QStringLiteral("wind_mw"), 0.0, kMaxMw);
    p.solarMw = r.number(QStringLiteral("solar_mw"), 0.0, kMaxMw);
    p.truckDischargeMw = r.number(QStringLiteral("truck_discharge_mw"), 0.0, kMaxMw);
    p.curtailmentMw = r.number(QStringLiteral("curtailment_mw"), 0.0, kMaxMw);
    p.smpKrwPerKwh = r.number(QStringLiteral("smp_krw_per_kwh"), -kMaxSmp, kMaxSmp);
    p.carbonGPerKwh = r.optionalNumber(QStringLiteral("carbon_g_per_kwh"), 0.0, kMaxCarbon);
    const QJsonArray hvdc = r.array(QStringLiteral("hvdc_mw"));
    const QJsonArray assets = r.array(QStringLiteral("asset_mw"));
    if (!r.ok())
        return r.error();
    auto flows = valuesFromJson(hvdc, columns.hvdcLinkIds.size(), QStringLiteral("hvdc_mw"), QStringLiteral("hvdc_link_ids"));
    if (!flows.ok())
        return flows.error();
    auto outputs = valuesFromJson(assets, columns.assetIds.size(), QStringLiteral("asset_mw"), QStringLiteral("asset_ids"));
    if (!outputs.ok())
        return outputs.error();
    p.hvdcFlowMw = std::move(flows).value();
    p.assetOutputMw = std::move(outputs).value();
    return p;
}

QJsonObject EnergyHistoryPoint::toJson() const
{
    QJsonObject json{
        {QStringLiteral("timestamp"), toIsoUtc(timestamp)},
        {QStringLiteral("minutes"), minutes},
        {QStringLiteral("demand_mw"), demandMw},
        {QStringLiteral("thermal_mw"), thermalMw},
        {QStringLiteral("wind_mw"), windMw},
        {QStringLiteral("solar_mw"), solarMw},
        {QStringLiteral("truck_discharge_mw"), truckDischargeMw},
        {QStringLiteral("curtailment_mw"), curtailmentMw},
        {QStringLiteral("smp_krw_per_kwh"), smpKrwPerKwh},
        {QStringLiteral("hvdc_mw"), valuesToJson(hvdcFlowMw)},
        {QStringLiteral("asset_mw"), valuesToJson(assetOutputMw)},
    };
    if (carbonGPerKwh)
        json.insert(QStringLiteral("carbon_g_per_kwh"), *carbonGPerKwh);
    return json;
}

} // namespace et::domain
