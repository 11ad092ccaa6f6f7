// SPDX-License-Identifier: MIT
#include "sim/truckaccounting.h"

#include "backendlogging.h"
#include "domain/jsonfieldreader.h"

#include <cmath>

namespace et::backend {

namespace {
constexpr double kKwhPerMwMinute = 1000.0 / 60.0;
constexpr double kMaxKwh = 1.0e12;
} // namespace

void TruckAccounting::expect(const domain::EnergyBalance &balance, double withoutTrucksCurtailedMw)
{
    const double removed = withoutTrucksCurtailedMw - balance.curtailmentMw;
    const double error = std::abs(removed - balance.truckAbsorbedMw);
    worstCurtailmentErrorMw = std::max(worstCurtailmentErrorMw, error);
    if (error > kToleranceMw)
        qCCritical(lcSim).noquote() << QStringLiteral("accounting at %1: trucks absorbed %2 MW but curtailment fell by %3 MW")
                                           .arg(domain::toIsoUtc(balance.timestamp))
                                           .arg(balance.truckAbsorbedMw, 0, 'g', 12)
                                           .arg(removed, 0, 'g', 12);
    expectedAbsorbedKwh = balance.truckAbsorbedMw * kKwhPerMwMinute;
    expectedGridKwh = balance.truckGridChargeMw * kKwhPerMwMinute;
    expectedDeliveredKwh = balance.truckDischargeMw * kKwhPerMwMinute;
}

void TruckAccounting::settleMinute()
{
    const double chargeError = std::abs(moved.chargedKwh + forgoneChargeKwh - expectedAbsorbedKwh - expectedGridKwh);
    const double deliveryError = std::abs(moved.deliveredKwh + forgoneDeliveryKwh - expectedDeliveredKwh);
    const double error = std::max(chargeError, deliveryError);
    worstEnergyErrorKwh = std::max(worstEnergyErrorKwh, error);
    if (error > kToleranceKwh)
        qCCritical(lcSim).noquote() << QStringLiteral("accounting: the trucks charged %1 kWh and fed in %2 kWh; the balance counted %3 and %4")
                                           .arg(moved.chargedKwh, 0, 'g', 12)
                                           .arg(moved.deliveredKwh, 0, 'g', 12)
                                           .arg(expectedAbsorbedKwh + expectedGridKwh, 0, 'g', 12)
                                           .arg(expectedDeliveredKwh, 0, 'g', 12);
    // Within a minute the trucks charge either from a surplus or from the grid, never both.
    (expectedGridKwh > 0.0 ? gridChargedKwh : absorbedKwh) += moved.chargedKwh;
    deliveredKwh += moved.deliveredKwh;
    drivenKwh += moved.drivenKwh;
    forgoneKwh += forgoneChargeKwh + forgoneDeliveryKwh;
    ++minutesChecked;
    moved = {};
    forgoneChargeKwh = forgoneDeliveryKwh = 0.0;
    expectedAbsorbedKwh = expectedGridKwh = expectedDeliveredKwh = 0.0;
}

domain::Result<TruckAccounting> TruckAccounting::fromJson(const QJsonObject &o)
{
    domain::JsonFieldReader r(o);
    TruckAccounting a;
    const auto kwh = [&r](const char *key) { return r.number(QString::fromLatin1(key), -kMaxKwh, kMaxKwh); };
    a.moved.chargedKwh = kwh("minute_charged_kwh");
    a.moved.deliveredKwh = kwh("minute_delivered_kwh");
    a.moved.drivenKwh = kwh("minute_driven_kwh");
    a.forgoneChargeKwh = kwh("minute_forgone_charge_kwh");
    a.forgoneDeliveryKwh = kwh("minute_forgone_delivery_kwh");
    a.expectedAbsorbedKwh = kwh("expected_absorbed_kwh");
    a.expectedGridKwh = kwh("expected_grid_kwh");
    a.expectedDeliveredKwh = kwh("expected_delivered_kwh");
    a.absorbedKwh = kwh("absorbed_kwh");
    a.gridChargedKwh = kwh("grid_charged_kwh");
    a.deliveredKwh = kwh("delivered_kwh");
    a.drivenKwh = kwh("driven_kwh");
    a.forgoneKwh = kwh("forgone_kwh");
    a.minutesChecked = r.integer64(QStringLiteral("minutes_checked"), 0, std::numeric_limits<qint64>::max());
    a.worstCurtailmentErrorMw = r.number(QStringLiteral("worst_curtailment_error_mw"), 0.0, kMaxKwh);
    a.worstEnergyErrorKwh = r.number(QStringLiteral("worst_energy_error_kwh"), 0.0, kMaxKwh);
    if (!r.ok())
        return r.error();
    return a;
}

QJsonObject TruckAccounting::toJson() const
{
    return {
        {QStringLiteral("minute_charged_kwh"), moved.chargedKwh},
        {QStringLiteral("minute_delivered_kwh"), moved.deliveredKwh},
        {QStringLiteral("minute_driven_kwh"), moved.drivenKwh},
        {QStringLiteral("minute_forgone_charge_kwh"), forgoneChargeKwh},
        {QStringLiteral("minute_forgone_delivery_kwh"), forgoneDeliveryKwh},
        {QStringLiteral("expected_absorbed_kwh"), expectedAbsorbedKwh},
        {QStringLiteral("expected_grid_kwh"), expectedGridKwh},
        {QStringLiteral("expected_delivered_kwh"), expectedDeliveredKwh},
        {QStringLiteral("absorbed_kwh"), absorbedKwh},
        {QStringLiteral("grid_charged_kwh"), gridChargedKwh},
        {QStringLiteral("delivered_kwh"), deliveredKwh},
        {QStringLiteral("driven_kwh"), drivenKwh},
        {QStringLiteral("forgone_kwh"), forgoneKwh},
        {QStringLiteral("minutes_checked"), double(minutesChecked)},
        {QStringLiteral("worst_curtailment_error_mw"), worstCurtailmentErrorMw},
        {QStringLiteral("worst_energy_error_kwh"), worstEnergyErrorKwh},
    };
}

} // namespace et::backend
