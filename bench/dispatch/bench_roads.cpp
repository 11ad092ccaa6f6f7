// SPDX-License-Identifier: MIT
// Road travel times for a planning round: 300 trucks to 1,000 candidate sites over Jeju's road
// graph (the bundled national standard node-link data, 4,218 nodes, 12,075 links), one
// RoadTravel::fromOneToMany per truck — the sites snapped once per round and each truck as it goes, one Dijkstra per truck that stops when
// every site's node is settled, the legs to and from the roads. Trucks and sites are random
// positions within 300 m of random junctions (seeded). Printed: the graph's load time, then the
// whole 300 × 1,000 matrix's CPU time on this thread (median and p95 of several rounds), against
// the goal of 100 ms on one core, and what one search settles on average.
// Run:  taskset -c 1 build/bin/bench_roads [rounds]
#include "../energy/benchtiming.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/geo/geodesy.h"
#include "jejudata/bundledroads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace et::domain::dispatch;

namespace {
/// `count` positions within 300 m of random routable junctions.
std::vector<std::pair<double, double>> positionsNearRoads(const RoadGraph &graph, int count, QRandomGenerator &rng)
{
    std::vector<int> routable;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (graph.routable(n))
            routable.push_back(n);
    }
    std::vector<std::pair<double, double>> out;
    for (int i = 0; i < count; ++i) {
        const RoadNode &n = graph.node(routable[rng.bounded(int(routable.size()))]);
        const auto p = et::domain::geo::Geodesy::destination(n.lat, n.lon, rng.generateDouble() * 0.3, rng.generateDouble() * 360.0);
        out.emplace_back(p.latitude(), p.longitude());
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QElapsedTimer loading;
    loading.start();
    const auto &graph = et::jejudata::BundledRoads::graph();
    if (!graph.ok()) {
        std::fprintf(stderr, "the road graph did not load: %s\n", qPrintable(graph.error().toString()));
        return 1;
    }
    std::printf("graph: %d nodes (%d routable), %d links, read in %lld ms\n", graph.value().nodeCount(), graph.value().routableCount(),
                graph.value().linkCount(), static_cast<long long>(loading.elapsed()));
    QRandomGenerator rng(2026);
    const auto trucks = positionsNearRoads(graph.value(), 300, rng);
    const auto sites = positionsNearRoads(graph.value(), 1000, rng);
    RoadTravel travel(graph.value());
    travel.setConditions({80.0, 1.2});
    // The sites are snapped once per round, each truck as it plans (both inside the timing).
    std::vector<double> times;
    double checksum = 0.0;
    int onRoads = 0;
    for (int r = 0; r < rounds; ++r) {
        const double start = et::bench::threadCpuMs();
        std::vector<Waypoint> siteWaypoints;
        for (const auto &[lat, lon] : sites)
            siteWaypoints.push_back(travel.waypoint(lat, lon));
        for (const auto &[lat, lon] : trucks) {
            for (const TravelEstimate &e : travel.fromOneToMany(travel.waypoint(lat, lon), siteWaypoints)) {
                checksum += e.seconds;
                onRoads += e.basis == TravelEstimate::Basis::Roads ? 1 : 0;
            }
        }
        times.push_back(et::bench::threadCpuMs() - start);
    }
    const auto [median, p95] = et::bench::medianAndP95(times);
    std::printf("300 trucks x 1,000 sites: median %.1f ms, p95 %.1f ms per matrix (goal < 100 ms on one core); "
                "%.1f %% on the roads; mean drive %.1f min\n",
                median, p95, 100.0 * onRoads / (double(rounds) * 300 * 1000), checksum / (double(rounds) * 300 * 1000) / 60.0);
    return 0;
}
