// SPDX-License-Identifier: MIT
// RoadTravel between real places: on the roads with the legs to and from them, the ETA's spread
// around its expected time, congestion lengthening the drive, the straight-line fallback for a
// place with no road near it (Marado), one-to-many equal to one-to-one, and Jeju's detour factor
// (road over straight distance) between random junctions inside the 1.1–1.4 the plans assume.
#include "domain/dispatch/roadtravel.h"
#include "domain/geo/geodesy.h"
#include "jejuroads.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace et::domain::dispatch;
using et::domain::geo::Geodesy;

namespace {
const RoadGraph &graph()
{
    return *et::test::jejuRoads();
}
constexpr et::test::Place kMarado{"Marado, 11 km off the south coast", 33.1190, 126.2670};
} // namespace

class TestRoadTravel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
    }

    void cityHallToCityHallOnTheRoads()
    {
        RoadTravel travel(graph());
        travel.setConditions({80.0, 1.0});
        const auto from = et::test::kJejuCityHall, to = et::test::kSeogwipoCityHall;
        const auto e = travel.between(from.lat, from.lon, to.lat, to.lon);
        QVERIFY2(e.ok(), qPrintable(e.error().toString()));
        QCOMPARE(e.value().basis, TravelEstimate::Basis::Roads);
        // The road part and the legs, worked out again from the snaps and a router of our own.
        const auto a = travel.snapper().nearestNode(from.lat, from.lon, 2000), b = travel.snapper().nearestNode(to.lat, to.lon, 2000);
        QVERIFY(a.ok() && b.ok());
        RoadRouter router(graph());
        router.setConditions({80.0, 1.0});
        const RoadPath road = router.path(a.value().node, b.value().node);
        QCOMPARE(e.value().nodes, road.nodes);
        const double legs = (a.value().metres + b.value().metres) * RoadTravel::kDetourFactor;
        QVERIFY(std::abs(e.value().metres - (road.metres + legs)) < 1e-6);
        QVERIFY(std::abs(e.value().seconds - (road.seconds + legs / (RoadTravel::kAccessSpeedKmh / 3.6))) < 1e-6);
        // 38.5 km between the halls by road (the data's README), so about 38.5–39.5 with the legs.
        QVERIFY2(e.value().metres > 38000 && e.value().metres < 40000, qPrintable(QString::number(e.value().metres)));
        // The spread: σ = 12 % + 60 s, P10/P90 at ∓1.2816 σ.
        const double sigma = 0.12 * e.value().seconds + 60.0;
        QVERIFY(std::abs(e.value().p90Seconds - (e.value().seconds + 1.2815515655446004 * sigma)) < 1e-6);
        // Free-flowing, no drive is faster than at the limits: P10 is the expected time itself.
        QCOMPARE(e.value().p10Seconds, e.value().seconds);

        // Rush hour: every second of the drive is 1.4 times longer.
        travel.setConditions({80.0, 1.4});
        const auto rush = travel.between(from.lat, from.lon, to.lat, to.lon);
        QVERIFY(rush.ok());
        QVERIFY(std::abs(rush.value().seconds - 1.4 * e.value().seconds) < 1e-6 * e.value().seconds);
        const double rushSigma = 0.12 * rush.value().seconds + 60.0;
        const double rushP10 = std::max(rush.value().seconds / 1.4, rush.value().seconds - 1.2815515655446004 * rushSigma);
        QVERIFY(std::abs(rush.value().p10Seconds - rushP10) < 1e-6);
        QVERIFY(rush.value().p10Seconds < rush.value().seconds);
    }

    void noRoadNearMeansAStraightLine()
    {
        RoadTravel travel(graph());
        const auto hall = et::test::kJejuCityHall;
        const auto e = travel.between(hall.lat, hall.lon, kMarado.lat, kMarado.lon);
        QVERIFY(e.ok());
        QCOMPARE(e.value().basis, TravelEstimate::Basis::StraightLine);
        QVERIFY(e.value().nodes.isEmpty());
        const double straight = Geodesy::distanceKm(hall.lat, hall.lon, kMarado.lat, kMarado.lon) * 1000.0;
        QVERIFY(std::abs(e.value().metres - straight * RoadTravel::kDetourFactor) < 1e-6);
        QVERIFY(std::abs(e.value().seconds - e.value().metres / (RoadTravel::kFallbackSpeedKmh / 3.6)) < 1e-6);
        QVERIFY(!travel.between(qQNaN(), 126.5, 33.5, 126.5).ok());
        QVERIFY(!travel.between(33.5, 126.5, 33.5, 200.0).ok());
    }

    void oneToManyEqualsOneToOne()
    {
        RoadTravel travel(graph());
        travel.setConditions({70.0, 1.2});
        const et::test::Place sites[] = {et::test::kSeogwipoCityHall, et::test::kJejuAirport, et::test::kSeongsanIlchulbong,
                                         et::test::kHallimPort, kMarado, et::test::kJejuCityHall};
        std::vector<std::pair<double, double>> to;
        for (const auto &s : sites)
            to.emplace_back(s.lat, s.lon);
        to.emplace_back(qQNaN(), 126.5);
        const auto hall = et::test::kJejuCityHall;
        const auto many = travel.fromOneToMany(hall.lat, hall.lon, to);
        QCOMPARE(many.size(), to.size());
        for (size_t i = 0; i + 1 < to.size(); ++i) {
            const auto one = travel.between(hall.lat, hall.lon, to[i].first, to[i].second);
            QVERIFY(one.ok());
            QCOMPARE(many[i].basis, one.value().basis);
            QVERIFY2(std::abs(many[i].seconds - one.value().seconds) < 1e-6, sites[i].name);
            QVERIFY(std::abs(many[i].metres - one.value().metres) < 1e-6);
            QCOMPARE(many[i].p90Seconds, one.value().p90Seconds);
        }
        QVERIFY(!std::isfinite(many.back().seconds));
    }

    void jejusDetourFactor()
    {
        RoadRouter router(graph());
        router.setConditions({0.0, 1.0});
        QRandomGenerator rng(3);
        std::vector<int> routable;
        for (int n = 0; n < graph().nodeCount(); ++n) {
            if (graph().routable(n))
                routable.push_back(n);
        }
        std::vector<double> ratios;
        while (ratios.size() < 60) {
            const int a = routable[rng.bounded(int(routable.size()))], b = routable[rng.bounded(int(routable.size()))];
            const double straight = Geodesy::distanceKm(graph().node(a).lat, graph().node(a).lon, graph().node(b).lat, graph().node(b).lon) * 1000;
            if (straight < 10000)
                continue;
            const RoadPath p = router.path(a, b);
            QVERIFY(p.reachable());
            ratios.push_back(p.metres / straight);
        }
        std::sort(ratios.begin(), ratios.end());
        const double median = ratios[ratios.size() / 2];
        QVERIFY2(ratios.front() >= 1.0 && ratios.back() < 2.5, qPrintable(QStringLiteral("%1–%2").arg(ratios.front()).arg(ratios.back())));
        QVERIFY2(median > 1.1 && median < 1.45, qPrintable(QString::number(median)));
    }
};

QTEST_GUILESS_MAIN(TestRoadTravel)
#include "tst_roadtravel.moc"
