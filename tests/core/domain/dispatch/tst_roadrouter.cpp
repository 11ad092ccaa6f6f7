// SPDX-License-Identifier: MIT
// RoadRouter on Jeju's real road graph, checked against an independent shortest-path run written
// here: the textbook O(n²) Dijkstra over an adjacency matrix of link times (no heap, no early stop,
// no shared code with the router), in several driving conditions. Also: paths are consistent
// link by link, one-to-many stops early for near targets, the detached piece is unreachable, and
// Jeju City Hall → Seogwipo City Hall matches the data's README (38.5 km, 47 min at the limits).
#include "domain/dispatch/roadrouter.h"
#include "jejuroads.h"

#include <QRandomGenerator>
#include <numeric>
#include <QTest>

#include <cmath>
#include <limits>

using namespace et::domain::dispatch;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Fastest times from `source` to every node: Dijkstra with a linear scan for the next node.
std::vector<double> plainDijkstra(const RoadGraph &g, int source, double capKmh, double congestion)
{
    const int n = g.nodeCount();
    auto out = std::vector<std::vector<std::pair<int, double>>>(size_t(n));
    for (int l = 0; l < g.linkCount(); ++l) {
        const RoadLink &k = g.link(l);
        const double kmh = capKmh > 0 ? std::min(k.speedLimitKmh, capKmh) : k.speedLimitKmh;
        out[size_t(k.from)].emplace_back(k.to, k.lengthM * 3.6 / kmh * congestion);
    }
    std::vector<double> time(size_t(n), kInf);
    std::vector<bool> done(size_t(n), false);
    time[size_t(source)] = 0;
    for (;;) {
        int best = -1;
        for (int v = 0; v < n; ++v) {
            if (!done[size_t(v)] && std::isfinite(time[size_t(v)]) && (best < 0 || time[size_t(v)] < time[size_t(best)]))
                best = v;
        }
        if (best < 0)
            return time;
        done[size_t(best)] = true;
        for (const auto &[to, t] : out[size_t(best)])
            time[size_t(to)] = std::min(time[size_t(to)], time[size_t(best)] + t);
    }
}

const RoadGraph &graph()
{
    return *et::test::jejuRoads();
}

int nodeNearest(const et::test::Place &p)
{
    int best = -1;
    double bestD = kInf;
    for (int n = 0; n < graph().nodeCount(); ++n) {
        const double d = std::hypot(graph().node(n).lat - p.lat, (graph().node(n).lon - p.lon) * std::cos(p.lat * M_PI / 180));
        if (graph().routable(n) && d < bestD) {
            bestD = d;
            best = n;
        }
    }
    return best;
}
} // namespace

class TestRoadRouter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
    }

    void matchesAPlainDijkstra_data()
    {
        QTest::addColumn<double>("capKmh");
        QTest::addColumn<double>("congestion");
        QTest::newRow("at the limits") << 0.0 << 1.0;
        QTest::newRow("truck at 80, free") << 80.0 << 1.0;
        QTest::newRow("truck at 60, rush hour") << 60.0 << 1.4;
    }

    void matchesAPlainDijkstra()
    {
        QFETCH(double, capKmh);
        QFETCH(double, congestion);
        RoadRouter router(graph());
        router.setConditions({capKmh, congestion});
        QRandomGenerator rng(42);
        std::vector<int> routable;
        for (int n = 0; n < graph().nodeCount(); ++n) {
            if (graph().routable(n))
                routable.push_back(n);
        }
        for (int round = 0; round < 6; ++round) {
            const int source = routable[rng.bounded(int(routable.size()))];
            const std::vector<double> expected = plainDijkstra(graph(), source, capKmh, congestion);
            // Every node of the graph as a target, the detached ones included.
            std::vector<int> targets(size_t(graph().nodeCount()));
            std::iota(targets.begin(), targets.end(), 0);
            const auto reach = router.fromNode(source, targets);
            for (int v = 0; v < graph().nodeCount(); ++v) {
                const double want = expected[size_t(v)], got = reach[size_t(v)].seconds;
                if (!std::isfinite(want)) {
                    QVERIFY2(!std::isfinite(got), qPrintable(QStringLiteral("node %1 reached in %2 s").arg(v).arg(got)));
                    continue;
                }
                QVERIFY2(std::abs(got - want) <= 1e-6 * std::max(1.0, want),
                         qPrintable(QStringLiteral("%1 -> %2: %3 s, plain Dijkstra %4 s").arg(source).arg(v).arg(got).arg(want)));
            }
            // One-to-one paths: the same time, and consistent link by link.
            for (int k = 0; k < 5; ++k) {
                const int target = routable[rng.bounded(int(routable.size()))];
                const RoadPath p = router.path(source, target);
                QVERIFY(p.reachable());
                QVERIFY(std::abs(p.seconds - expected[size_t(target)]) <= 1e-6 * std::max(1.0, p.seconds));
                QCOMPARE(p.nodes.constFirst(), source);
                QCOMPARE(p.nodes.constLast(), target);
                QCOMPARE(p.links.size(), p.nodes.size() - 1);
                double metres = 0, seconds = 0;
                for (qsizetype i = 0; i < p.links.size(); ++i) {
                    const RoadLink &l = graph().link(p.links[i]);
                    QCOMPARE(l.from, p.nodes[i]);
                    QCOMPARE(l.to, p.nodes[i + 1]);
                    metres += l.lengthM;
                    const double kmh = capKmh > 0 ? std::min(l.speedLimitKmh, capKmh) : l.speedLimitKmh;
                    seconds += l.lengthM * 3.6 / kmh * congestion;
                }
                QVERIFY(std::abs(metres - p.metres) < 1e-6 * metres + 1e-9);
                QVERIFY(std::abs(seconds - p.seconds) < 1e-6 * seconds + 1e-9);
            }
        }
    }

    void stopsWhenEveryTargetIsSettled()
    {
        RoadRouter router(graph());
        const int hall = nodeNearest(et::test::kJejuCityHall);
        const int airport = nodeNearest(et::test::kJejuAirport);
        const int seongsan = nodeNearest(et::test::kSeongsanIlchulbong);
        const std::vector<int> near{airport};
        const auto oneNear = router.fromNode(hall, near);
        QVERIFY(std::isfinite(oneNear[0].seconds));
        const int settledNear = router.settledInLastSearch();
        const std::vector<int> far{airport, seongsan};
        const auto withFar = router.fromNode(hall, far);
        QCOMPARE(withFar[0].seconds, oneNear[0].seconds);
        QVERIFY2(settledNear < router.settledInLastSearch() && settledNear < graph().routableCount() / 2,
                 qPrintable(QStringLiteral("%1 then %2 of %3").arg(settledNear).arg(router.settledInLastSearch()).arg(graph().routableCount())));
    }

    void theDetachedPieceCannotBeReached()
    {
        RoadRouter router(graph());
        const int hall = nodeNearest(et::test::kJejuCityHall);
        int detached = -1;
        for (int n = 0; n < graph().nodeCount() && detached < 0; ++n) {
            if (!graph().routable(n) && graph().outgoing(n).size() > 0 && !std::isfinite(plainDijkstra(graph(), hall, 0, 1)[size_t(n)]))
                detached = n;
        }
        QVERIFY(detached >= 0);
        QVERIFY(!router.path(hall, detached).reachable());
        const std::vector<int> targets{detached, -5, graph().nodeCount()};
        for (const auto &r : router.fromNode(hall, targets))
            QVERIFY(!std::isfinite(r.seconds));
    }

    void jejuCityHallToSeogwipoCityHall()
    {
        // The data's README: 27.5 km straight, 38.5 km by road, 47 min at the speed limits.
        RoadRouter router(graph());
        router.setConditions({0.0, 1.0});
        const RoadPath p = router.path(graph().nodeIndex(4050051100LL), graph().nodeIndex(4060077500LL)); // 제주시청 → 서귀포시청제1청사
        QVERIFY(p.reachable());
        QVERIFY2(std::abs(p.metres / 1000 - 38.5) < 1.0, qPrintable(QString::number(p.metres / 1000)));
        QVERIFY2(std::abs(p.seconds / 60 - 47) < 2.0, qPrintable(QString::number(p.seconds / 60)));
    }
};

QTEST_GUILESS_MAIN(TestRoadRouter)
#include "tst_roadrouter.moc"
