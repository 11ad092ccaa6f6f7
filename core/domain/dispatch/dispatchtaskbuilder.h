// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/dispatch/planinputs.h"
#include "domain/energy/energyforecast.h"

#include <QList>

namespace et::domain::dispatch {

/// Turns the island's energy forecast into the tasks of a planning round.
///
/// Charge tasks: each curtailment window of the next 24 h (the forecast's expected energy) is
/// shared among the wind farms in proportion to their expected output in the window — the grid
/// curtails wind first (446 of Jeju's 539 orders 2015–2023) — and what the wind farms cannot
/// cover among the solar sites the same way. A site has charge points (ASSUMED: 2 at a wind farm,
/// 1 at a solar site, 1 MW each: no public data on where trucks could connect); each point is one
/// task with an equal part of the site's share, the point's power as its connection limit, and
/// the mean forecast SMP of the window as its price.
///
/// Delivery tasks: the expensive hours, the quarter-hours of the next 24 h whose forecast SMP is
/// in the top quarter, joined into windows; each online substation gets a delivery of
/// kDeliveryKwh per window (ASSUMED: the forecast has no per-substation load, so each substation
/// is offered the same share), valued at the window's mean SMP. That SMP is also what a kWh
/// absorbed from curtailment is worth once delivered (deliveredValue()).
class DispatchTaskBuilder
{
public:
    static constexpr double kChargePointKw = 1000.0;
    static constexpr int kWindChargePoints = 2;
    static constexpr int kSolarChargePoints = 1;
    static constexpr double kDeliveryKwh = 2000.0;
    static constexpr double kSubstationPointKw = 1000.0;

    static QList<PlanTask> chargeTasks(const energy::EnergyForecastResult &forecast, const QList<Asset> &assets, const QDateTime &now);
    static QList<PlanTask> deliveryTasks(const energy::EnergyForecastResult &forecast, const QList<Asset> &assets, const QDateTime &now);
    /// The mean expected SMP of the expensive quarter-hours (KRW/kWh); `fallback` when the
    /// forecast has none.
    static double deliveredValue(const energy::EnergyForecastResult &forecast, const QDateTime &now, double fallback);
};

} // namespace et::domain::dispatch
