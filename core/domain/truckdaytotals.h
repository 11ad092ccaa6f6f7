// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDate>
#include <QJsonObject>

namespace et::domain {

struct EnergyBalance;

/// What the energy trucks did on one day (Korean time, the operator's day), summed minute by
/// minute from the island's balance — the dispatch view's KPIs.
///
/// - absorbed: energy trucks took from a surplus that would otherwise have been curtailed;
/// - grid charged: energy trucks drew as ordinary load (no surplus at the time);
/// - delivered: energy fed back into the grid;
/// - value at SMP: delivered × SMP at delivery − (absorbed + grid charged) × SMP at charging;
/// - CO₂ avoided: delivered × the carbon intensity of what Jeju consumed that minute
///   (EnergyBalance::carbonGPerKwh, the life-cycle figures of docs/energy-model.md): each kWh a
///   truck feeds in is a kWh the island's mix did not have to make. The charging side counts
///   nothing for absorbed energy (curtailed output has no emissions of its own to add) and the
///   same intensity for grid-charged energy;
/// - curtailed: what was still curtailed, so the share absorbed is absorbed / (absorbed + curtailed).
struct TruckDayTotals
{
    QDate day;                  ///< in KST
    double absorbedMwh = 0.0;
    double gridChargedMwh = 0.0;
    double deliveredMwh = 0.0;
    double valueKrw = 0.0;
    double co2AvoidedKg = 0.0;
    double curtailedMwh = 0.0;

    /// absorbed / (absorbed + curtailed), 0..1; nothing while nothing was curtailed or absorbed.
    std::optional<double> shareAbsorbed() const;
    /// The intensity the CO₂ figure used on average, g/kWh of delivered energy (0 before any).
    double avoidedGPerKwh() const;

    /// Adds one step of `minutes` of `balance` (its truck and curtailment figures), starting a
    /// new day when the step's KST date is not `day`.
    void add(const EnergyBalance &balance, double minutes);

    static Result<TruckDayTotals> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const TruckDayTotals &) const = default;
};

} // namespace et::domain
