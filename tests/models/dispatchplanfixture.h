// SPDX-License-Identifier: MIT
#pragma once
// A dispatch plan made by the domain's planner for tests of what shows it (the suggestions model,
// the Dispatch view), and its entity JSON as the server syncs it.

#include "domain/dispatch/dispatchplanjson.h"
#include "domain/dispatch/dispatchplanner.h"

#include <QGeoCoordinate>

namespace et::test {

namespace dp = et::domain::dispatch;

inline const QDateTime kExamplePlanTime(QDate(2025, 4, 12), QTime(0, 0), Qt::UTC); // 09:00 KST

inline domain::dispatch::TravelEstimate exampleDrive(double minutes, double km)
{
    domain::dispatch::TravelEstimate e;
    e.seconds = minutes * 60;
    e.p10Seconds = e.seconds * 0.9;
    e.p90Seconds = e.seconds * 1.25;
    e.metres = km * 1000;
    return e;
}

/// Three trucks (truck-1..3, ET-01..03), two wind sites and a substation, planned by the domain's
/// planner with given drives: three suggestions, each with an alternative, and a 3-point route.
inline dp::DispatchPlan examplePlan()
{
    QList<dp::PlanTruck> trucks;
    for (int i = 1; i <= 3; ++i) {
        dp::PlanTruck t;
        t.id = QStringLiteral("truck-%1").arg(i);
        t.name = QStringLiteral("ET-0%1").arg(i);
        t.capacityKwh = 1000;
        t.soc = i == 3 ? 0.9 : 0.2;
        t.powerKw = 250;
        t.wearKrwPerKwh = 25;
        trucks << t;
    }
    QList<dp::PlanTask> tasks;
    for (const auto &[id, name] : {std::pair{QStringLiteral("wind-gasiri"), QStringLiteral("가시리풍력")}, {QStringLiteral("wind-hangyeong"), QStringLiteral("한경풍력")}}) {
        dp::PlanTask t;
        t.id = QStringLiteral("charge:") + id;
        t.siteId = id;
        t.siteName = name;
        t.windowStart = kExamplePlanTime.addSecs(3600);
        t.windowEnd = kExamplePlanTime.addSecs(5 * 3600);
        t.energyKwh = 3000;
        t.powerLimitKw = 1000;
        t.priceKrwPerKwh = -60;
        tasks << t;
    }
    dp::PlanTask sub;
    sub.id = QStringLiteral("deliver:sub-jeju");
    sub.kind = dp::PlanTask::Kind::Deliver;
    sub.siteId = QStringLiteral("sub-jeju");
    sub.siteName = QStringLiteral("제주변전소");
    sub.windowStart = kExamplePlanTime.addSecs(3600);
    sub.windowEnd = kExamplePlanTime.addSecs(3 * 3600);
    sub.energyKwh = 2000;
    sub.powerLimitKw = 1000;
    sub.priceKrwPerKwh = 180;
    tasks << sub;
    const std::vector<std::vector<dp::TravelEstimate>> travel{{exampleDrive(30, 20), exampleDrive(50, 35), exampleDrive(20, 10)},
                                                          {exampleDrive(45, 30), exampleDrive(25, 15), exampleDrive(25, 12)},
                                                          {exampleDrive(60, 40), exampleDrive(70, 45), exampleDrive(15, 8)}};
    dp::PlanParameters p;
    p.now = kExamplePlanTime;
    auto plan = dp::DispatchPlanner::planWithTravel(trucks, tasks, p, travel);
    for (dp::DispatchSuggestion &s : plan.value().suggestions)
        s.route = {QGeoCoordinate(33.5, 126.5), QGeoCoordinate(33.45, 126.6), QGeoCoordinate(33.4, 126.7)};
    return plan.value();
}

/// The plan as the server writes its dispatch_plan entity (id "current").
inline QJsonObject planEntity(const dp::DispatchPlan &plan)
{
    QJsonObject o = dp::DispatchPlanJson::toJson(plan);
    o.insert(QStringLiteral("id"), QStringLiteral("current"));
    return o;
}

} // namespace et::test
