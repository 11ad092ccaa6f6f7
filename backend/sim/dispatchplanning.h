// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/dispatch/dispatchplan.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/energy/energyforecast.h"
#include "domain/truck.h"
#include "sim/truckmover.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

namespace et::backend {

/// The server's planning rounds of the truck dispatch (core/domain/dispatch): when a new forecast
/// is issued, and every kIntervalSecs simulated seconds in between as the trucks move, it turns
/// the forecast into tasks (DispatchTaskBuilder), the trucks into what the planner needs, and
/// plans over Jeju's roads (the bundled graph). The plan is the `dispatch_plan` entity the
/// clients sync and show (docs/api.md).
///
/// What a truck brings: its capacity now (nameplate × SoH) and SoC, its power
/// (TruckMover::ratedKw), a top speed of kSpeedCapKmh, the reserve TruckMover keeps, its pack's
/// wear per kWh (FleetBatteries), and as the cost of the energy on board the SMP now (what it
/// could be sold for instead). A truck working on an
/// order is not available to the round.
class DispatchPlanning
{
public:
    static constexpr qint64 kIntervalSecs = 300;
    static constexpr double kSpeedCapKmh = TruckMover::kSpeedCapKmh; // as the trucks drive

    /// Without a road graph (it failed to load) there is no round at all.
    explicit DispatchPlanning(const domain::dispatch::RoadGraph *graph);

    /// Whether a round falls due at `now`: the first one, a forecast issued since the last, or
    /// kIntervalSecs since it.
    bool due(const QDateTime &now, const QDateTime &forecastIssued) const;
    /// A round at `now`.
    domain::Result<domain::dispatch::DispatchPlan> plan(const QDateTime &now, const QList<domain::Truck> &trucks,
                                                        const QList<domain::Asset> &assets,
                                                        const domain::energy::EnergyForecastResult &forecast, double smpNow,
                                                        const std::function<double(const QString &truckId)> &wearKrwPerKwh);

private:
    std::unique_ptr<domain::dispatch::RoadTravel> m_travel;
    QDateTime m_last;
    QDateTime m_lastForecast;
};

} // namespace et::backend
