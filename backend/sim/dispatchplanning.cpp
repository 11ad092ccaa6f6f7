// SPDX-License-Identifier: MIT
#include "dispatchplanning.h"

#include "domain/dispatch/congestionprofile.h"
#include "domain/dispatch/dispatchplanner.h"
#include "domain/dispatch/dispatchtaskbuilder.h"
#include "truckmover.h"

namespace et::backend {

using namespace domain::dispatch;

DispatchPlanning::DispatchPlanning(const RoadGraph *graph)
{
    if (graph)
        m_travel = std::make_unique<RoadTravel>(*graph);
}

bool DispatchPlanning::due(const QDateTime &now, const QDateTime &forecastIssued) const
{
    if (!m_travel || !forecastIssued.isValid())
        return false;
    return !m_last.isValid() || forecastIssued != m_lastForecast || m_last.secsTo(now) >= kIntervalSecs;
}

domain::Result<DispatchPlan> DispatchPlanning::plan(const QDateTime &now, const QList<domain::Truck> &trucks,
                                                    const QList<domain::Asset> &assets,
                                                    const domain::energy::EnergyForecastResult &forecast, double smpNow,
                                                    const std::function<double(const QString &)> &wearKrwPerKwh)
{
    if (!m_travel)
        return domain::Error{QStringLiteral("dispatch"), QStringLiteral("no road graph to plan over")};
    m_last = now;
    m_lastForecast = forecast.issued;
    QList<PlanTruck> planTrucks;
    for (const domain::Truck &t : trucks) {
        PlanTruck p;
        p.id = t.id;
        p.name = t.name;
        p.lat = t.lat;
        p.lon = t.lon;
        p.capacityKwh = t.capacityKwh * t.soh;
        p.soc = t.soc;
        p.powerKw = TruckMover::ratedKw(t);
        p.speedCapKmh = kSpeedCapKmh;
        p.available = t.orderId.isEmpty() && t.status != domain::TruckStatus::Maintenance;
        p.reserveSoc = TruckMover::kReserveSoc;
        p.wearKrwPerKwh = wearKrwPerKwh(t.id);
        p.energyCostKrwPerKwh = smpNow;
        planTrucks << p;
    }
    QList<PlanTask> tasks = DispatchTaskBuilder::chargeTasks(forecast, assets, now);
    tasks << DispatchTaskBuilder::deliveryTasks(forecast, assets, now);
    PlanParameters parameters;
    parameters.now = now;
    parameters.deliveredValueKrwPerKwh = DispatchTaskBuilder::deliveredValue(forecast, now, smpNow);
    m_travel->setConditions({kSpeedCapKmh, CongestionProfile::factorAt(now)});
    auto plan = DispatchPlanner::plan(planTrucks, tasks, parameters, *m_travel);
    if (plan.ok())
        DispatchPlanner::addRoutes(plan.value(), planTrucks, *m_travel);
    return plan;
}

} // namespace et::backend
