// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/disaster.h"
#include "domain/dispatch/dispatchplan.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/energy/energyforecast.h"
#include "domain/truck.h"
#include "sim/truckmover.h"

#include <QDateTime>
#include <QList>
#include <QSet>

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
/// could be sold for instead). A truck working on an order is not available to the round; a truck
/// an incident reserves takes critical deliveries only.
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
    /// A round at `now`. The `incidents` (the active disasters) add their priority supply.
    domain::Result<domain::dispatch::DispatchPlan> plan(const QDateTime &now, const QList<domain::Truck> &trucks,
                                                        const QList<domain::Asset> &assets,
                                                        const domain::energy::EnergyForecastResult &forecast, double smpNow,
                                                        const std::function<double(const QString &truckId)> &wearKrwPerKwh,
                                                        const QList<domain::Disaster> &incidents = {});

    /// What the incidents' impacts ask of the trucks: a critical delivery task per truckload
    /// (OutageEstimate::kUsableMwhPerTruck) of each facility's share, over the next
    /// kPriorityWindowHours, named by the rule that placed the share, and valued so the
    /// assignment serves life-critical shares first (ASSUMED values of lost load:
    /// kLifeCriticalKrwPerKwh, kFairShareKrwPerKwh, far above any SMP); and the trucks they reserve.
    static std::pair<QList<domain::dispatch::PlanTask>, QSet<QString>> priorityTasks(const QList<domain::Disaster> &incidents,
                                                                                       const QDateTime &now);
    static constexpr double kLifeCriticalKrwPerKwh = 3000.0;
    static constexpr double kFairShareKrwPerKwh = 1000.0;
    static constexpr int kPriorityWindowHours = 12;

private:
    std::unique_ptr<domain::dispatch::RoadTravel> m_travel;
    QDateTime m_last;
    QDateTime m_lastForecast;
};

} // namespace et::backend
