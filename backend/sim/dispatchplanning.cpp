// SPDX-License-Identifier: MIT
#include "dispatchplanning.h"

#include "backendlogging.h"
#include "domain/hazard/incidentimpactjson.h"
#include "domain/hazard/outageestimate.h"

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
                                                    const std::function<double(const QString &)> &wearKrwPerKwh,
                                                    const QList<domain::Disaster> &incidents)
{
    const auto [priority, reserved] = priorityTasks(incidents, now);
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
        p.reserved = reserved.contains(t.id);
        p.reserveSoc = TruckMover::kReserveSoc;
        p.wearKrwPerKwh = wearKrwPerKwh(t.id);
        p.energyCostKrwPerKwh = smpNow;
        planTrucks << p;
    }
    QList<PlanTask> tasks = DispatchTaskBuilder::chargeTasks(forecast, assets, now);
    tasks << DispatchTaskBuilder::deliveryTasks(forecast, assets, now);
    tasks << priority;
    PlanParameters parameters;
    parameters.now = now;
    parameters.deliveredValueKrwPerKwh = DispatchTaskBuilder::deliveredValue(forecast, now, smpNow);
    m_travel->setConditions({kSpeedCapKmh, CongestionProfile::factorAt(now)});
    auto plan = DispatchPlanner::plan(planTrucks, tasks, parameters, *m_travel);
    if (plan.ok())
        DispatchPlanner::addRoutes(plan.value(), planTrucks, *m_travel);
    return plan;
}

std::pair<QList<PlanTask>, QSet<QString>> DispatchPlanning::priorityTasks(const QList<domain::Disaster> &incidents, const QDateTime &now)
{
    QList<PlanTask> tasks;
    QSet<QString> reserved;
    const double truckloadKwh = domain::hazard::OutageEstimate::kUsableMwhPerTruck * 1000.0;
    for (const domain::Disaster &d : incidents) {
        for (const QString &id : d.reservedTruckIds)
            reserved.insert(id);
        if (d.impact.isEmpty())
            continue;
        const auto impact = domain::hazard::IncidentImpactJson::fromJson(d.impact);
        if (!impact.ok()) {
            qCWarning(lcSim).noquote() << "disaster" << d.id << "has an impact that does not decode:" << impact.error().toString();
            continue;
        }
        for (const domain::hazard::PrioritySupply &s : impact.value().supply) {
            const bool life = s.rule == domain::dispatch::EnergyShare::Rule::LifeCritical;
            double left = s.mwh * 1000.0;
            for (int load = 1; left > 1e-6; ++load) {
                PlanTask t;
                t.id = QStringLiteral("priority:%1:%2:%3").arg(d.id, s.facilityId).arg(load);
                t.kind = PlanTask::Kind::Deliver;
                t.siteId = s.facilityId;
                t.siteName = s.name;
                t.lat = s.lat;
                t.lon = s.lon;
                t.windowStart = now;
                t.windowEnd = now.addSecs(qint64(kPriorityWindowHours) * 3600);
                t.energyKwh = std::min(left, truckloadKwh);
                t.powerLimitKw = 500.0;
                t.priceKrwPerKwh = life ? kLifeCriticalKrwPerKwh : kFairShareKrwPerKwh;
                t.critical = true;
                t.rule = life ? PlanTask::Rule::LifeCritical : PlanTask::Rule::FairShare;
                tasks << t;
                left -= t.energyKwh;
            }
        }
    }
    return {tasks, reserved};
}

} // namespace et::backend
