// SPDX-License-Identifier: MIT
// DispatchPlanner: a pairing's value worked out by hand; the pairings that cannot be done are
// refused with a reason; on random small rounds the plan's total equals the best of every possible
// assignment (exhaustive search written here); each suggestion names as its alternative the best
// other truck for the task; trucks held in reserve only go to critical sites; and a round on Jeju's
// real roads sends the nearer truck.
#include "domain/dispatch/dispatchplanner.h"
#include "jejuroads.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>

using namespace et::domain::dispatch;

namespace {
const QDateTime kNow(QDate(2026, 4, 12), QTime(3, 0), Qt::UTC); // 12:00 KST

TravelEstimate drive(double seconds, double metres)
{
    TravelEstimate e;
    e.seconds = seconds;
    e.p10Seconds = seconds * 0.9;
    e.p90Seconds = seconds * 1.2;
    e.metres = metres;
    return e;
}

PlanTruck truck(const QString &id, double soc, double capacityKwh = 1000, double powerKw = 250)
{
    PlanTruck t;
    t.id = id;
    t.name = id.toUpper();
    t.capacityKwh = capacityKwh;
    t.soc = soc;
    t.powerKw = powerKw;
    t.wearKrwPerKwh = 20;
    return t;
}

PlanTask chargeTask(const QString &id, int startMin, int endMin, double kwh, double smp, double limitKw = 500)
{
    PlanTask t;
    t.id = id;
    t.kind = PlanTask::Kind::Charge;
    t.siteId = id;
    t.windowStart = kNow.addSecs(startMin * 60);
    t.windowEnd = kNow.addSecs(endMin * 60);
    t.energyKwh = kwh;
    t.powerLimitKw = limitKw;
    t.priceKrwPerKwh = smp;
    return t;
}

PlanParameters parameters()
{
    PlanParameters p;
    p.now = kNow;
    p.deliveredValueKrwPerKwh = 150;
    p.travelKrwPerKm = 1200;
    p.latenessKrwPerMinute = 500;
    return p;
}
} // namespace

class TestDispatchPlanner : public QObject
{
    Q_OBJECT
private slots:
    void aPairingsValueByHand()
    {
        // 700 kWh of room, 250 kW from its arrival at the window's start (in 30 min) to its end
        // 2.5 h later: 625 kWh. Worth 625 × (150 − (−60)) = 131,250; wear 625 × 20 = 12,500;
        // 20 km × 1,200 = 24,000; not late. 94,750 KRW.
        const Pairing p = DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 30, 180, 2000, -60), drive(1800, 20000), parameters());
        QVERIFY2(p.feasible, qPrintable(p.whyNot));
        QCOMPARE(p.parts.energyKwh, 625.0);
        QCOMPARE(p.parts.energyValueKrw, 93750.0);
        QCOMPARE(p.parts.energyCostKrw, -37500.0);
        QCOMPARE(p.parts.wearKrw, 12500.0);
        QCOMPARE(p.parts.travelKrw, 24000.0);
        QCOMPARE(p.parts.latenessKrw, 0.0);
        QCOMPARE(p.parts.valueKrw(), 94750.0);
        QCOMPARE(p.arrival, kNow.addSecs(1800));
        QCOMPARE(p.arrivalP90, kNow.addSecs(2160));

        // The same truck an hour away from a window already open: 10 minutes late (500 each);
        // 1.5 h at the site's 200 kW limit = 300 kWh.
        const Pairing late = DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 50, 150, 2000, -60, 200), drive(3600, 50000), parameters());
        QVERIFY(late.feasible);
        QCOMPARE(late.parts.energyKwh, 300.0);
        QCOMPARE(late.parts.latenessKrw, 5000.0);
        QCOMPARE(late.parts.valueKrw(), 300.0 * 210 - 300.0 * 20 - 60000.0 - 5000.0);

        // A delivery: 0.9 − 0.2 reserve of 1000 kWh on board, 1,000 kWh needed, 2 h at 250 kW:
        // 500 kWh, worth 500 × 180 at the site, bought at 40.
        PlanTask deliver = chargeTask("s", 0, 120, 1000, 180);
        deliver.kind = PlanTask::Kind::Deliver;
        PlanTruck full = truck("b", 0.9);
        full.energyCostKrwPerKwh = 40;
        const Pairing d = DispatchPlanner::pair(full, deliver, drive(0, 0), parameters());
        QVERIFY(d.feasible);
        QCOMPARE(d.parts.energyKwh, 500.0);
        QCOMPARE(d.parts.valueKrw(), 500.0 * 180 - 500.0 * 40 - 500.0 * 20);
        deliver.energyKwh = 2000;
        deliver.windowEnd = kNow.addSecs(4 * 3600);
        QCOMPARE(DispatchPlanner::pair(full, deliver, drive(0, 0), parameters()).parts.energyKwh, 700.0); // down to the reserve
        deliver.critical = true;
        QCOMPARE(DispatchPlanner::pair(full, deliver, drive(0, 0), parameters()).parts.energyKwh, 900.0); // a critical site may take it
    }

    void refusesWhatCannotBeDone()
    {
        PlanTruck away = truck("a", 0.3);
        away.available = false;
        QVERIFY(!DispatchPlanner::pair(away, chargeTask("w", 0, 60, 500, 0), drive(60, 1000), parameters()).feasible);
        const Pairing late = DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 0, 60, 500, 0), drive(3700, 50000), parameters());
        QVERIFY(!late.feasible);
        QCOMPARE(late.whyNot, QStringLiteral("arrives after the window closes"));
        QVERIFY(!DispatchPlanner::pair(truck("a", 0.995), chargeTask("w", 0, 60, 500, 0), drive(60, 1000), parameters()).feasible);
        TravelEstimate nowhere;
        nowhere.seconds = std::numeric_limits<double>::infinity();
        QVERIFY(!DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 0, 60, 500, 0), nowhere, parameters()).feasible);
        const Pairing held = DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 0, 60, 500, 0), drive(60, 1000), parameters(), true);
        QCOMPARE(held.whyNot, QStringLiteral("held in reserve for critical sites"));
        // A window that opens more than an hour after the truck would arrive: a later round sends it.
        const Pairing early = DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 120, 240, 500, 0), drive(3000, 30000), parameters());
        QVERIFY(!early.feasible);
        QCOMPARE(early.whyNot, QStringLiteral("would wait more than 60 min for the window to open"));
        QVERIFY(DispatchPlanner::pair(truck("a", 0.3), chargeTask("w", 120, 240, 500, 0), drive(3600, 30000), parameters()).feasible);
    }

    void theBestOfEveryAssignment()
    {
        QRandomGenerator rng(16);
        int rounds = 0, suggested = 0;
        for (int round = 0; round < 150; ++round) {
            const int n = 1 + rng.bounded(5), m = 1 + rng.bounded(6);
            QList<PlanTruck> trucks;
            for (int i = 0; i < n; ++i) {
                trucks << truck(QStringLiteral("t%1").arg(i), rng.generateDouble(), 500 + rng.bounded(1000), 100 + rng.bounded(400));
                trucks.last().available = rng.bounded(8) != 0;
            }
            QList<PlanTask> tasks;
            for (int k = 0; k < m; ++k) {
                const int start = rng.bounded(240);
                tasks << chargeTask(QStringLiteral("k%1").arg(k), start, start + 30 + rng.bounded(240), 100 + rng.bounded(3000),
                                    -80 + rng.bounded(200), 100 + rng.bounded(900));
                if (rng.bounded(3) == 0) {
                    tasks.last().kind = PlanTask::Kind::Deliver;
                    tasks.last().priceKrwPerKwh = 100 + rng.bounded(150);
                }
            }
            auto travel = std::vector<std::vector<TravelEstimate>>(size_t(n));
            for (auto &row : travel) {
                for (int k = 0; k < m; ++k) {
                    const double km = 1 + rng.generateDouble() * 60;
                    row.push_back(drive(km / 50.0 * 3600.0, km * 1000));
                }
            }
            PlanParameters p = parameters();
            p.reserveTrucks = rng.bounded(3) == 0 ? 1 : 0;
            const auto plan = DispatchPlanner::planWithTravel(trucks, tasks, p, travel);
            QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));

            // Every truck to a task of its own or to none, exhaustively.
            const std::vector<bool> held = DispatchPlanner::heldInReserve(trucks, p);
            double best = 0;
            std::vector<bool> taken(size_t(m), false);
            std::function<void(int, double)> search = [&](int i, double sum) {
                if (i == n) {
                    best = std::max(best, sum);
                    return;
                }
                search(i + 1, sum);
                for (int k = 0; k < m; ++k) {
                    if (taken[size_t(k)])
                        continue;
                    const Pairing pr = DispatchPlanner::pair(trucks[i], tasks[k], travel[size_t(i)][size_t(k)], p, held[size_t(i)]);
                    if (!pr.feasible || pr.parts.valueKrw() <= 0)
                        continue;
                    taken[size_t(k)] = true;
                    search(i + 1, sum + pr.parts.valueKrw());
                    taken[size_t(k)] = false;
                }
            };
            search(0, 0);
            QVERIFY2(std::abs(plan.value().totalValueKrw - best) <= 1e-6 * std::max(1.0, best),
                     qPrintable(QStringLiteral("round %1: plan %2, best %3").arg(round).arg(plan.value().totalValueKrw).arg(best)));

            QSet<QString> trucksUsed, tasksUsed;
            for (const DispatchSuggestion &s : plan.value().suggestions) {
                QVERIFY(!trucksUsed.contains(s.truckId) && !tasksUsed.contains(s.task.id));
                trucksUsed << s.truckId;
                tasksUsed << s.task.id;
                QVERIFY(s.pairing.feasible && s.pairing.parts.valueKrw() > 0);
                ++suggested;
                // The alternative is the best other truck that could do the task.
                const int k = int(std::find_if(tasks.cbegin(), tasks.cend(), [&](const PlanTask &t) { return t.id == s.task.id; }) - tasks.cbegin());
                std::optional<double> bestOther;
                QString bestOtherId;
                for (int j = 0; j < n; ++j) {
                    const Pairing pr = DispatchPlanner::pair(trucks[j], tasks[k], travel[size_t(j)][size_t(k)], p, held[size_t(j)]);
                    if (trucks[j].id == s.truckId || !pr.feasible)
                        continue;
                    if (!bestOther || pr.parts.valueKrw() > *bestOther) {
                        bestOther = pr.parts.valueKrw();
                        bestOtherId = trucks[j].id;
                    }
                }
                QCOMPARE(s.alternative.has_value(), bestOther.has_value());
                if (bestOther) {
                    QCOMPARE(s.alternative->truckId, bestOtherId);
                    QCOMPARE(s.alternative->pairing.parts.valueKrw(), *bestOther);
                }
            }
            ++rounds;
        }
        QCOMPARE(rounds, 150);
        QVERIFY(suggested > 100);
    }

    void reserveTrucksWaitForCriticalSites()
    {
        const QList<PlanTruck> trucks{truck("full", 0.9), truck("half", 0.5)};
        QList<PlanTask> tasks{chargeTask("w", 0, 240, 5000, -60)};
        PlanTask critical = chargeTask("hospital", 0, 240, 300, 200);
        critical.kind = PlanTask::Kind::Deliver;
        critical.critical = true;
        PlanParameters p = parameters();
        p.reserveTrucks = 1;
        const std::vector<std::vector<TravelEstimate>> travel{{drive(600, 5000)}, {drive(600, 5000)}};
        auto plan = DispatchPlanner::planWithTravel(trucks, tasks, p, travel);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().suggestions.size(), 1);
        QCOMPARE(plan.value().suggestions[0].truckId, QStringLiteral("half")); // the full one is kept back
        tasks << critical;
        const std::vector<std::vector<TravelEstimate>> travel2{{drive(600, 5000), drive(900, 8000)}, {drive(600, 5000), drive(900, 8000)}};
        plan = DispatchPlanner::planWithTravel(trucks, tasks, p, travel2);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().suggestions.size(), 2);
        for (const auto &s : plan.value().suggestions)
            QCOMPARE(s.truckId, s.task.id == u"hospital" ? QStringLiteral("full") : QStringLiteral("half"));
        QVERIFY(!DispatchPlanner::planWithTravel(trucks, tasks, p, travel).ok()); // one drive per task needed
    }

    void onJejusRoadsTheNearerTruckGoes()
    {
        QString error;
        const RoadGraph *graph = et::test::jejuRoads(&error);
        QVERIFY2(graph, qPrintable(error));
        RoadTravel travel(*graph);
        PlanTruck east = truck("east", 0.2);
        east.lat = et::test::kSeongsanIlchulbong.lat;
        east.lon = et::test::kSeongsanIlchulbong.lon;
        PlanTruck city = truck("city", 0.2);
        city.lat = et::test::kJejuCityHall.lat;
        city.lon = et::test::kJejuCityHall.lon;
        PlanTask farm = chargeTask("gasiri", 60, 240, 3000, -60); // Gasiri wind farm, Pyoseon
        farm.siteName = QStringLiteral("가시리풍력");
        farm.lat = 33.3632;
        farm.lon = 126.7403;
        const auto plan = DispatchPlanner::plan({city, east}, {farm}, parameters(), travel);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan.value().suggestions.size(), 1);
        const DispatchSuggestion &s = plan.value().suggestions[0];
        QCOMPARE(s.truckId, QStringLiteral("east"));
        QVERIFY(s.pairing.onRoads);
        QVERIFY(s.alternative.has_value());
        QCOMPARE(s.alternative->truckId, QStringLiteral("city"));
        QVERIFY(s.alternative->pairing.arrival > s.pairing.arrival);
        // The drive is the road graph's: the same as RoadTravel between the two points.
        const auto direct = travel.between(east.lat, east.lon, farm.lat, farm.lon);
        QVERIFY(direct.ok());
        QCOMPARE(s.pairing.arrival, kNow.addMSecs(qint64(std::llround(direct.value().seconds * 1000))));
    }
};

QTEST_GUILESS_MAIN(TestDispatchPlanner)
#include "tst_dispatchplanner.moc"
