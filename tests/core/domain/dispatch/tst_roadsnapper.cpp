// SPDX-License-Identifier: MIT
// RoadSnapper with real places on Jeju: the city halls snap to the data's own city-hall nodes,
// the airport and Seongsan to a road within a few hundred metres; random positions over the island
// snap to the same node as a brute-force search over every routable node (great-circle distance,
// written here); a point at sea, NaN and impossible positions are refused with a clear error.
#include "domain/dispatch/roadsnapper.h"
#include "domain/geo/geodesy.h"
#include "jejuroads.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace et::domain::dispatch;
using et::domain::geo::Geodesy;

namespace {
const RoadGraph &graph()
{
    return *et::test::jejuRoads();
}

/// The routable node nearest to (lat, lon) on the sphere, by looking at every one.
std::pair<int, double> bruteForceNearest(double lat, double lon)
{
    int best = -1;
    double bestM = std::numeric_limits<double>::infinity();
    for (int n = 0; n < graph().nodeCount(); ++n) {
        if (!graph().routable(n))
            continue;
        const double m = Geodesy::distanceKm(lat, lon, graph().node(n).lat, graph().node(n).lon) * 1000.0;
        if (m < bestM) {
            bestM = m;
            best = n;
        }
    }
    return {best, bestM};
}
} // namespace

class TestRoadSnapper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
    }

    void realPlacesSnapToTheirRoads_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("nodeName"); // the node's name in the data, when the place is one
        QTest::addColumn<double>("withinM");
        QTest::newRow("Jeju City Hall") << et::test::kJejuCityHall.lat << et::test::kJejuCityHall.lon << "제주시청" << 150.0;
        QTest::newRow("Seogwipo City Hall") << et::test::kSeogwipoCityHall.lat << et::test::kSeogwipoCityHall.lon << "서귀포시청제1청사" << 150.0;
        QTest::newRow("Jeju Airport") << et::test::kJejuAirport.lat << et::test::kJejuAirport.lon << QString() << 600.0;
        QTest::newRow("Seongsan Ilchulbong") << et::test::kSeongsanIlchulbong.lat << et::test::kSeongsanIlchulbong.lon << QString() << 600.0;
        QTest::newRow("Hallim port") << et::test::kHallimPort.lat << et::test::kHallimPort.lon << QString() << 600.0;
    }

    void realPlacesSnapToTheirRoads()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, nodeName);
        QFETCH(double, withinM);
        RoadSnapper snapper(graph());
        const auto snap = snapper.nearestNode(lat, lon, 2000.0);
        QVERIFY2(snap.ok(), qPrintable(snap.error().toString()));
        QVERIFY2(snap.value().metres < withinM, qPrintable(QString::number(snap.value().metres)));
        const auto [expected, expectedM] = bruteForceNearest(lat, lon);
        QCOMPARE(snap.value().node, expected);
        QVERIFY(std::abs(snap.value().metres - expectedM) < 1e-6);
        if (!nodeName.isEmpty())
            QCOMPARE(graph().node(snap.value().node).name, nodeName);
    }

    void agreesWithABruteForceSearchAllOverTheIsland()
    {
        RoadSnapper snapper(graph());
        QRandomGenerator rng(7);
        int snapped = 0;
        for (int i = 0; i < 400; ++i) {
            // The island's box (33.19–33.57 N, 126.15–126.95 E), sea included.
            const double lat = 33.19 + rng.generateDouble() * 0.38;
            const double lon = 126.15 + rng.generateDouble() * 0.80;
            const double limit = 1000.0;
            const auto snap = snapper.nearestNode(lat, lon, limit);
            const auto [expected, expectedM] = bruteForceNearest(lat, lon);
            if (expectedM > limit) {
                QVERIFY2(!snap.ok(), qPrintable(QStringLiteral("%1, %2 snapped, the nearest node is %3 m away").arg(lat).arg(lon).arg(expectedM)));
                continue;
            }
            QVERIFY2(snap.ok(), qPrintable(snap.error().toString()));
            ++snapped;
            // Equal distances may pick different nodes; the distance must be the nearest one's.
            QVERIFY2(std::abs(snap.value().metres - expectedM) < 1e-6,
                     qPrintable(QStringLiteral("%1, %2: %3 m, nearest is %4 m").arg(lat).arg(lon).arg(snap.value().metres).arg(expectedM)));
        }
        QVERIFY2(snapped > 150, qPrintable(QString::number(snapped))); // the island covers most of its box
    }

    void refusesTheSeaAndNonsense()
    {
        RoadSnapper snapper(graph());
        const auto sea = snapper.nearestNode(33.05, 126.55, 2000.0); // 15 km south of Seogwipo
        QVERIFY(!sea.ok());
        QVERIFY(sea.error().message.contains(QStringLiteral("no road within 2000 m")));
        for (const auto &[lat, lon] : {std::pair{qQNaN(), 126.5}, {33.5, qInf()}, {91.0, 126.5}, {33.5, -181.0}}) {
            const auto bad = snapper.nearestNode(lat, lon, 2000.0);
            QVERIFY(!bad.ok());
            QVERIFY(bad.error().message.contains(QStringLiteral("not a position on the Earth")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoadSnapper)
#include "tst_roadsnapper.moc"
