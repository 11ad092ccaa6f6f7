// SPDX-License-Identifier: MIT
#include "domain/dispatch/dispatchplanner.h"

#include "domain/dispatch/rectangularassignment.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace et::domain::dispatch {

namespace {
constexpr double kForbidden = -std::numeric_limits<double>::infinity(); // when maximising

Pairing notFeasible(QString why)
{
    Pairing p;
    p.whyNot = std::move(why);
    return p;
}
} // namespace

void DispatchPlanner::addRoutes(DispatchPlan &plan, const QList<PlanTruck> &trucks, RoadTravel &travel)
{
    QHash<QString, const PlanTruck *> byId;
    for (const PlanTruck &t : trucks)
        byId.insert(t.id, &t);
    const RoadGraph &graph = travel.snapper().graph();
    for (DispatchSuggestion &s : plan.suggestions) {
        const PlanTruck *t = byId.value(s.truckId);
        if (!t)
            continue;
        const DrivingConditions before = travel.conditions();
        travel.setConditions({t->speedCapKmh, before.congestion}); // as the round drove it
        const auto drive = travel.between(t->lat, t->lon, s.task.lat, s.task.lon);
        travel.setConditions(before);
        s.route.clear();
        if (!drive.ok() || drive.value().nodes.isEmpty())
            continue;
        s.route << QGeoCoordinate(t->lat, t->lon);
        for (const int n : drive.value().nodes)
            s.route << QGeoCoordinate(graph.node(n).lat, graph.node(n).lon);
        s.route << QGeoCoordinate(s.task.lat, s.task.lon);
    }
}

std::vector<bool> DispatchPlanner::heldInReserve(const QList<PlanTruck> &trucks, const PlanParameters &parameters)
{
    std::vector<int> order;
    for (int i = 0; i < trucks.size(); ++i) {
        if (trucks[i].available)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double ea = trucks[a].soc * trucks[a].capacityKwh, eb = trucks[b].soc * trucks[b].capacityKwh;
        return ea != eb ? ea > eb : trucks[a].id < trucks[b].id;
    });
    std::vector<bool> held(size_t(trucks.size()), false);
    for (int i = 0; i < trucks.size(); ++i)
        held[size_t(i)] = trucks[i].reserved;
    for (int k = 0; k < std::min<int>(parameters.reserveTrucks, int(order.size())); ++k)
        held[size_t(order[size_t(k)])] = true;
    return held;
}

Pairing DispatchPlanner::pair(const PlanTruck &truck, const PlanTask &task, const TravelEstimate &travel, const PlanParameters &p,
                              bool heldInReserve)
{
    if (!truck.available)
        return notFeasible(QStringLiteral("not available"));
    if (heldInReserve && !(task.kind == PlanTask::Kind::Deliver && task.critical))
        return notFeasible(QStringLiteral("held in reserve for critical sites"));
    if (!std::isfinite(travel.seconds))
        return notFeasible(QStringLiteral("cannot reach the site"));
    Pairing out;
    out.arrival = p.now.addMSecs(qint64(std::llround(travel.seconds * 1000.0)));
    out.arrivalP10 = p.now.addMSecs(qint64(std::llround(travel.p10Seconds * 1000.0)));
    out.arrivalP90 = p.now.addMSecs(qint64(std::llround(travel.p90Seconds * 1000.0)));
    out.travelMetres = travel.metres;
    out.onRoads = travel.basis == TravelEstimate::Basis::Roads;
    const QDateTime start = std::max(out.arrival, task.windowStart);
    if (start >= task.windowEnd) {
        out.whyNot = QStringLiteral("arrives after the window closes");
        return out;
    }
    if (double(out.arrival.msecsTo(task.windowStart)) / 60000.0 > p.maxEarlyMinutes) {
        out.whyNot = QStringLiteral("would wait more than %1 min for the window to open").arg(p.maxEarlyMinutes);
        return out;
    }
    const double hours = double(start.msecsTo(task.windowEnd)) / 3.6e6;
    const double powerKw = std::min(truck.powerKw, task.powerLimitKw);
    ValueParts &v = out.parts;
    if (task.kind == PlanTask::Kind::Charge) {
        const double room = std::max(0.0, 1.0 - truck.soc) * truck.capacityKwh;
        v.energyKwh = std::min({room, powerKw * hours, task.energyKwh});
        v.energyValueKrw = v.energyKwh * p.deliveredValueKrwPerKwh;
        v.energyCostKrw = v.energyKwh * task.priceKrwPerKwh;
    } else {
        // A critical site may take the reserve too: that is what it is kept for.
        const double floor = task.critical ? 0.0 : truck.reserveSoc;
        const double onBoard = std::max(0.0, truck.soc - floor) * truck.capacityKwh;
        v.energyKwh = std::min({onBoard, powerKw * hours, task.energyKwh});
        v.energyValueKrw = v.energyKwh * task.priceKrwPerKwh;
        v.energyCostKrw = v.energyKwh * truck.energyCostKrwPerKwh;
    }
    if (!(v.energyKwh >= p.minimumKwh)) {
        out.whyNot = task.kind == PlanTask::Kind::Charge ? QStringLiteral("less than %1 kWh of room or curtailment").arg(p.minimumKwh)
                                                         : QStringLiteral("less than %1 kWh to deliver").arg(p.minimumKwh);
        v = {};
        return out;
    }
    v.wearKrw = v.energyKwh * truck.wearKrwPerKwh;
    v.travelKrw = travel.metres / 1000.0 * p.travelKrwPerKm;
    v.latenessKrw = std::max(0.0, double(task.windowStart.msecsTo(out.arrival)) / 60000.0) * p.latenessKrwPerMinute;
    out.feasible = true;
    return out;
}

Result<DispatchPlan> DispatchPlanner::plan(const QList<PlanTruck> &trucks, const QList<PlanTask> &tasks, const PlanParameters &parameters,
                                           RoadTravel &travel)
{
    // Tasks share sites (a window's slots, a substation's deliveries): each site is snapped once.
    QHash<QPair<double, double>, qsizetype> siteIndex;
    std::vector<Waypoint> sites;
    std::vector<qsizetype> siteOfTask;
    for (const PlanTask &t : tasks) {
        const auto key = qMakePair(t.lat, t.lon);
        auto it = siteIndex.constFind(key);
        if (it == siteIndex.cend()) {
            it = siteIndex.insert(key, qsizetype(sites.size()));
            sites.push_back(travel.waypoint(t.lat, t.lon));
        }
        siteOfTask.push_back(*it);
    }
    auto drives = std::vector<std::vector<TravelEstimate>>(size_t(trucks.size()));
    for (qsizetype i = 0; i < trucks.size(); ++i) {
        if (!trucks[i].available) {
            drives[size_t(i)].assign(size_t(tasks.size()), TravelEstimate{});
            continue;
        }
        const DrivingConditions before = travel.conditions();
        travel.setConditions({trucks[i].speedCapKmh, before.congestion});
        const auto toSites = travel.fromOneToMany(travel.waypoint(trucks[i].lat, trucks[i].lon), sites);
        travel.setConditions(before);
        for (const qsizetype s : siteOfTask)
            drives[size_t(i)].push_back(toSites[size_t(s)]);
    }
    return planWithTravel(trucks, tasks, parameters, drives);
}

Result<DispatchPlan> DispatchPlanner::planWithTravel(const QList<PlanTruck> &trucks, const QList<PlanTask> &tasks,
                                                     const PlanParameters &parameters, const std::vector<std::vector<TravelEstimate>> &travel)
{
    if (travel.size() != size_t(trucks.size()))
        return Error{QStringLiteral("travel"), QStringLiteral("has %1 rows for %2 trucks").arg(travel.size()).arg(trucks.size())};
    for (const auto &row : travel) {
        if (row.size() != size_t(tasks.size()))
            return Error{QStringLiteral("travel"), QStringLiteral("a row has %1 drives for %2 tasks").arg(row.size()).arg(tasks.size())};
    }
    DispatchPlan plan;
    plan.computedAt = parameters.now;
    plan.deliveredValueKrwPerKwh = parameters.deliveredValueKrwPerKwh;
    plan.trucksConsidered = int(trucks.size());
    plan.tasksConsidered = int(tasks.size());
    const qsizetype n = trucks.size(), m = tasks.size();
    if (n == 0 || m == 0)
        return plan;
    const std::vector<bool> held = heldInReserve(trucks, parameters);
    auto pairings = std::vector<std::vector<Pairing>>(size_t(n));
    // Columns: the tasks, then one "stay idle" per truck (worth 0, its own only).
    CostMatrix values(n, m + n, kForbidden);
    for (qsizetype i = 0; i < n; ++i) {
        pairings[size_t(i)].reserve(size_t(m));
        for (qsizetype k = 0; k < m; ++k) {
            pairings[size_t(i)].push_back(pair(trucks[i], tasks[k], travel[size_t(i)][size_t(k)], parameters, held[size_t(i)]));
            const Pairing &p = pairings[size_t(i)].back();
            if (p.feasible)
                values.set(i, k, p.parts.valueKrw());
        }
        values.set(i, m + i, 0.0);
    }
    const auto solved = RectangularAssignment::solve(values, RectangularAssignment::Objective::Maximise);
    if (!solved.ok())
        return solved.error();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype k = solved.value().columnOfRow[i];
        if (k < 0 || k >= m || !(values.at(i, k) > 0.0))
            continue;
        DispatchSuggestion s;
        s.id = tasks[k].id + u'/' + trucks[i].id;
        s.truckId = trucks[i].id;
        s.truckName = trucks[i].name;
        s.task = tasks[k];
        s.pairing = pairings[size_t(i)][size_t(k)];
        // The runner-up: the best other truck that could have done it.
        for (qsizetype j = 0; j < n; ++j) {
            const Pairing &other = pairings[size_t(j)][size_t(k)];
            if (j == i || !other.feasible)
                continue;
            if (!s.alternative || other.parts.valueKrw() > s.alternative->pairing.parts.valueKrw())
                s.alternative = Alternative{trucks[j].id, trucks[j].name, other};
        }
        plan.totalValueKrw += s.pairing.parts.valueKrw();
        (tasks[k].kind == PlanTask::Kind::Charge ? plan.chargeKwh : plan.deliverKwh) += s.pairing.parts.energyKwh;
        plan.suggestions << s;
    }
    std::sort(plan.suggestions.begin(), plan.suggestions.end(), [](const DispatchSuggestion &a, const DispatchSuggestion &b) {
        const double va = a.pairing.parts.valueKrw(), vb = b.pairing.parts.valueKrw();
        return va != vb ? va > vb : a.id < b.id;
    });
    return plan;
}

} // namespace et::domain::dispatch
