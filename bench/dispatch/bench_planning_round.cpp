// SPDX-License-Identifier: MIT
// One full planning round of the truck dispatch for 300 trucks, as the server runs it: the island's
// forecast (IslandModel on the bundled Jeju assets, a spring Sunday morning with curtailment), the
// tasks it gives (charge points at the wind and solar sites sharing each curtailment window,
// deliveries to the substations in the expensive hours), then DispatchPlanner::plan — the drives
// of every truck to every site over Jeju's roads, every pairing's value, the exact assignment and
// the explanations. Trucks are random positions within 300 m of random junctions with random SoC.
// Printed: the forecast's time, how many tasks and pairings, and the planning round's CPU time on
// this thread (median and p95 of several rounds), with what the plan suggests.
// Run:  taskset -c 1 build/bin/bench_planning_round [rounds]
#include "../energy/benchtiming.h"
#include "domain/dispatch/dispatchplanner.h"
#include "domain/dispatch/dispatchtaskbuilder.h"
#include "domain/energy/islandmodel.h"
#include "domain/geo/geodesy.h"
#include "jejudata/bundledroads.h"
#include "sim/seeddata.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>

using namespace et::domain::dispatch;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.info=false"));
    const int rounds = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    const QDateTime issued(QDate(2026, 4, 12), QTime(0, 0), Qt::UTC); // 09:00 KST, a spring Sunday
    const auto seed = et::backend::SeedData::loadBundled(issued);
    const auto &graph = et::jejudata::BundledRoads::graph();
    if (!seed.ok() || !graph.ok()) {
        std::fprintf(stderr, "the bundled data did not load: %s%s\n", qPrintable(seed.error().toString()), qPrintable(graph.error().toString()));
        return 1;
    }
    const et::domain::energy::IslandModel model(seed.value().islandModelSpec(), et::domain::energy::DemandShape::jeju(seed.value().holidays), 7);
    double forecastStart = et::bench::threadCpuMs();
    const auto forecast = model.forecast(issued, {});
    const double forecastMs = et::bench::threadCpuMs() - forecastStart;
    QList<PlanTask> tasks = DispatchTaskBuilder::chargeTasks(forecast, seed.value().assets, issued);
    const int chargeTasks = int(tasks.size());
    tasks << DispatchTaskBuilder::deliveryTasks(forecast, seed.value().assets, issued);

    QRandomGenerator rng(300);
    std::vector<int> routable;
    for (int n = 0; n < graph.value().nodeCount(); ++n) {
        if (graph.value().routable(n))
            routable.push_back(n);
    }
    QList<PlanTruck> trucks;
    for (int i = 0; i < 300; ++i) {
        const RoadNode &n = graph.value().node(routable[rng.bounded(int(routable.size()))]);
        const auto p = et::domain::geo::Geodesy::destination(n.lat, n.lon, rng.generateDouble() * 0.3, rng.generateDouble() * 360.0);
        PlanTruck t;
        t.id = QStringLiteral("ET-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        t.name = t.id;
        t.lat = p.latitude();
        t.lon = p.longitude();
        t.capacityKwh = 1000.0 * (0.85 + 0.15 * rng.generateDouble());
        t.soc = rng.generateDouble();
        t.powerKw = 250.0;
        t.wearKrwPerKwh = 25.0;
        t.energyCostKrwPerKwh = 60.0;
        trucks << t;
    }
    PlanParameters parameters;
    parameters.now = issued;
    parameters.deliveredValueKrwPerKwh = DispatchTaskBuilder::deliveredValue(forecast, issued, 150.0);
    parameters.reserveTrucks = 10;
    RoadTravel travel(graph.value());
    std::vector<double> times;
    DispatchPlan plan;
    for (int r = 0; r < rounds; ++r) {
        const double start = et::bench::threadCpuMs();
        auto result = DispatchPlanner::plan(trucks, tasks, parameters, travel);
        times.push_back(et::bench::threadCpuMs() - start);
        if (!result.ok()) {
            std::fprintf(stderr, "the round failed: %s\n", qPrintable(result.error().toString()));
            return 1;
        }
        plan = std::move(result).value();
    }
    const auto [median, p95] = et::bench::medianAndP95(times);
    std::printf("forecast: %.1f ms CPU, %lld curtailment windows, delivered value %.1f KRW/kWh\n", forecastMs,
                static_cast<long long>(forecast.windows.size()), parameters.deliveredValueKrwPerKwh);
    std::printf("tasks: %d charge points, %lld deliveries; %lld trucks -> %lld pairings\n", chargeTasks,
                static_cast<long long>(tasks.size() - chargeTasks), static_cast<long long>(trucks.size()),
                static_cast<long long>(trucks.size() * tasks.size()));
    std::printf("planning round (drives, values, exact assignment, explanations): median %.1f ms, p95 %.1f ms CPU on one thread\n", median, p95);
    std::printf("plan: %lld suggestions, %.1f MWh absorbed, %.1f MWh delivered, worth %.0f KRW\n",
                static_cast<long long>(plan.suggestions.size()), plan.chargeKwh / 1000.0, plan.deliverKwh / 1000.0, plan.totalValueKrw);
    return 0;
}
