// SPDX-License-Identifier: MIT
// A truck's trip: where it is at any moment (interpolated along the stretch it is on, with that
// stretch's heading and speed), what is still ahead, the ETA, and a codec that refuses what a
// trip cannot be.
#include "domain/truckroute.h"

#include <QJsonArray>
#include <QTest>

using namespace et::domain;

namespace {
const QDateTime kLeft(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);

TruckRoute trip()
{
    TruckRoute r;
    r.departedAt = kLeft;
    // East 0.02° (about 1.86 km at 33.4° N) in 60 s, then north 0.02° (2.22 km) in 120 s.
    r.points = {{33.40, 126.70, 0.0}, {33.40, 126.72, 60.0}, {33.42, 126.72, 180.0}};
    return r;
}
} // namespace

class TestTruckRoute : public QObject
{
    Q_OBJECT
private slots:
    void positionFollowsTheStretches()
    {
        const TruckRoute r = trip();
        QCOMPARE(r.eta(), kLeft.addSecs(180));
        const auto start = r.at(0.0);
        QCOMPARE(start.lat, 33.40);
        QCOMPARE(start.lon, 126.70);
        QVERIFY(std::abs(start.headingDeg - 90.0) < 0.1);
        const auto mid = r.at(30.0);
        QVERIFY(std::abs(mid.lon - 126.71) < 1e-12);
        QVERIFY(!mid.arrived);
        // 0.02° of longitude at 33.4° N: 111.32 × cos(33.4°) × 0.02 = 1.859 km in a minute.
        QVERIFY2(std::abs(mid.speedKmh - 111.5) < 0.5, qPrintable(QString::number(mid.speedKmh)));
        const auto north = r.at(120.0);
        QVERIFY(std::abs(north.lat - 33.41) < 1e-12);
        QVERIFY(north.headingDeg < 0.1 || north.headingDeg > 359.9);
        // 2.224 km in two minutes.
        QVERIFY2(std::abs(north.speedKmh - 66.7) < 0.3, qPrintable(QString::number(north.speedKmh)));
        const auto end = r.at(500.0);
        QVERIFY(end.arrived);
        QCOMPARE(end.lat, 33.42);
        QCOMPARE(end.speedKmh, 0.0);
    }

    void remainingStartsWhereTheTruckIs()
    {
        const auto ahead = trip().remaining(90.0);
        QCOMPARE(ahead.size(), 2);
        QVERIFY(std::abs(ahead.first().lat - 33.405) < 1e-12);
        QCOMPARE(ahead.first().atSec, 90.0);
        QCOMPARE(ahead.last(), (RoutePoint{33.42, 126.72, 180.0}));
        QVERIFY(TruckRoute{}.remaining(0.0).isEmpty());
    }

    void codecRoundTripsAndRefusesNonsense()
    {
        const TruckRoute r = trip();
        const auto back = TruckRoute::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), r);

        const auto refused = [](const QJsonArray &points) {
            const QJsonObject o{{"departed_at", "2026-11-23T05:00:00Z"}, {"on_roads", true}, {"points", points}};
            const auto decoded = TruckRoute::fromJson(o);
            return decoded.ok() ? QString() : decoded.error().toString();
        };
        // (appended: a braced list of one array would be that array itself)
        QVERIFY(refused(QJsonArray() << QJsonArray{33.4, 126.7, 0}).contains(QStringLiteral("2 to")));
        QVERIFY(refused({QJsonArray{33.4, 126.7, 0}, QJsonArray{33.5, 126.8, -1}}).startsWith(QStringLiteral("points[1]")));
        QVERIFY(refused({QJsonArray{33.4, 126.7, 5}, QJsonArray{33.5, 126.8, 10}}).startsWith(QStringLiteral("points[0]")));
        QVERIFY(refused({QJsonArray{33.4, 126.7, 0}, QJsonArray{95.0, 126.8, 10}}).contains(QStringLiteral("not a position")));
        QVERIFY(refused({QJsonArray{33.4, 126.7, 0}, QJsonArray{33.5, "east", 10}}).contains(QStringLiteral("[lat, lon, seconds]")));
        QVERIFY(!TruckRoute::fromJson(QJsonValue(3)).ok());
    }
};

QTEST_GUILESS_MAIN(TestTruckRoute)
#include "tst_truckroute.moc"
