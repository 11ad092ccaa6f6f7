// SPDX-License-Identifier: MIT
#include "truckdaytotals.h"

#include "energybalance.h"

namespace et::domain {

namespace {
constexpr qint64 kKstOffsetSecs = 9 * 3600;
constexpr double kMaxMwh = 1.0e6;
constexpr double kMaxKrw = 1.0e13;
} // namespace

std::optional<double> TruckDayTotals::shareAbsorbed() const
{
    const double total = absorbedMwh + curtailedMwh;
    if (total <= 0.0)
        return std::nullopt;
    return absorbedMwh / total;
}

double TruckDayTotals::avoidedGPerKwh() const
{
    // kg / MWh = g / kWh.
    return deliveredMwh > 0.0 ? co2AvoidedKg / deliveredMwh : 0.0;
}

void TruckDayTotals::add(const EnergyBalance &balance, double minutes)
{
    const QDate kstDay = QDateTime::fromSecsSinceEpoch(balance.timestamp.toSecsSinceEpoch() + kKstOffsetSecs, Qt::UTC).date();
    if (kstDay != day)
        *this = TruckDayTotals{kstDay};
    const double hours = minutes / 60.0;
    const double absorbed = balance.truckAbsorbedMw * hours;
    const double gridCharged = balance.truckGridChargeMw * hours;
    const double delivered = balance.truckDischargeMw * hours;
    absorbedMwh += absorbed;
    gridChargedMwh += gridCharged;
    deliveredMwh += delivered;
    curtailedMwh += balance.curtailmentMw * hours;
    // MWh × KRW/kWh × 1000 = KRW; MWh × g/kWh = kg.
    valueKrw += (delivered - absorbed - gridCharged) * balance.smpKrwPerKwh * 1000.0;
    co2AvoidedKg += (delivered - gridCharged) * balance.carbonGPerKwh;
}

Result<TruckDayTotals> TruckDayTotals::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("truck day totals: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    TruckDayTotals t;
    const QString day = r.string(QStringLiteral("day"));
    t.absorbedMwh = r.number(QStringLiteral("absorbed_mwh"), 0.0, kMaxMwh);
    t.gridChargedMwh = r.number(QStringLiteral("grid_charged_mwh"), 0.0, kMaxMwh);
    t.deliveredMwh = r.number(QStringLiteral("delivered_mwh"), 0.0, kMaxMwh);
    t.valueKrw = r.number(QStringLiteral("value_krw"), -kMaxKrw, kMaxKrw);
    t.co2AvoidedKg = r.number(QStringLiteral("co2_avoided_kg"), -kMaxKrw, kMaxKrw);
    t.curtailedMwh = r.number(QStringLiteral("curtailed_mwh"), 0.0, kMaxMwh);
    if (!r.ok())
        return r.error();
    t.day = QDate::fromString(day, Qt::ISODate);
    if (!t.day.isValid())
        return Error{QStringLiteral("day"), QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(day)};
    return t;
}

QJsonObject TruckDayTotals::toJson() const
{
    return {
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("absorbed_mwh"), absorbedMwh},
        {QStringLiteral("grid_charged_mwh"), gridChargedMwh},
        {QStringLiteral("delivered_mwh"), deliveredMwh},
        {QStringLiteral("value_krw"), valueKrw},
        {QStringLiteral("co2_avoided_kg"), co2AvoidedKg},
        {QStringLiteral("curtailed_mwh"), curtailedMwh},
    };
}

} // namespace et::domain
