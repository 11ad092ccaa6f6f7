// SPDX-License-Identifier: MIT
// `energytruck-cli route`, the real binary with its bundled road graph, no server and no data
// folder: the drive between Jeju's two city halls matches RoadTravel over the shared copy of the
// data read here (distance, time, spread and nodes), the departure's hour sets the congestion,
// a place with no road near it falls back to the straight line, and bad input is refused with
// exit status 2 and a message naming the option.
#include "../core/domain/dispatch/jejuroads.h"
#include "cliprocess.h"
#include "domain/dispatch/congestionprofile.h"
#include "domain/dispatch/roadtravel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using et::test::CliRun;
using et::test::runCli;
using namespace et::domain::dispatch;

namespace {
QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString at(const et::test::Place &p)
{
    return QStringLiteral("%1,%2").arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5);
}
} // namespace

class TestCliRoute : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
    }

    void cityHallToCityHall_data()
    {
        QTest::addColumn<QString>("depart");
        QTest::addColumn<double>("congestion");
        QTest::newRow("at night") << "2026-12-07T03:00+09:00" << 1.0;
        QTest::newRow("morning rush, asked in UTC") << "2026-12-06T23:30Z" << 1.4;
    }

    void cityHallToCityHall()
    {
        QFETCH(QString, depart);
        QFETCH(double, congestion);
        const auto from = et::test::kJejuCityHall, to = et::test::kSeogwipoCityHall;
        const CliRun r = runCli({QStringLiteral("route"), QStringLiteral("--from"), at(from), QStringLiteral("--to"), at(to),
                                 QStringLiteral("--depart"), depart, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("roads"));
        QCOMPARE(o.value(QStringLiteral("congestion")).toDouble(), congestion);
        QCOMPARE(o.value(QStringLiteral("speed_cap_kmh")).toDouble(), 80.0);

        RoadTravel travel(*et::test::jejuRoads());
        travel.setConditions({80.0, CongestionProfile::factorAt(QDateTime::fromString(depart, Qt::ISODate))});
        const auto expected = travel.between(at(from).section(u',', 0, 0).toDouble(), at(from).section(u',', 1).toDouble(),
                                             at(to).section(u',', 0, 0).toDouble(), at(to).section(u',', 1).toDouble());
        QVERIFY(expected.ok());
        QVERIFY(std::abs(o.value(QStringLiteral("distance_m")).toDouble() - expected.value().metres) < 1e-6);
        QVERIFY(std::abs(o.value(QStringLiteral("time_s")).toDouble() - expected.value().seconds) < 1e-6);
        QVERIFY(std::abs(o.value(QStringLiteral("p90_s")).toDouble() - expected.value().p90Seconds) < 1e-6);
        const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), expected.value().nodes.size());
        for (qsizetype i = 0; i < nodes.size(); ++i)
            QCOMPARE(nodes[i].toObject().value(QStringLiteral("id")).toString().toLongLong(), et::test::jejuRoads()->node(expected.value().nodes[i]).id);
        QCOMPARE(o.value(QStringLiteral("from")).toObject().value(QStringLiteral("node_name")).toString(), QStringLiteral("제주시청"));
        QCOMPARE(o.value(QStringLiteral("to")).toObject().value(QStringLiteral("node_name")).toString(), QStringLiteral("서귀포시청제1청사"));
        // The data's README: 38.5 km by road between the halls.
        QVERIFY(std::abs(o.value(QStringLiteral("distance_m")).toDouble() / 1000 - 38.5) < 1.0);
    }

    void textForPeople()
    {
        const CliRun r = runCli({QStringLiteral("route"), QStringLiteral("--from"), at(et::test::kJejuAirport), QStringLiteral("--to"),
                                 at(et::test::kSeongsanIlchulbong), QStringLiteral("--speed-cap"), QStringLiteral("60")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("km by road")) && r.out.contains(QStringLiteral("60 km/h")) && r.out.contains(QStringLiteral("P90")),
                 qPrintable(r.out));
    }

    void offTheRoadsIsAStraightLine()
    {
        const CliRun r = runCli({QStringLiteral("route"), QStringLiteral("--from"), at(et::test::kJejuCityHall), QStringLiteral("--to"),
                                 QStringLiteral("33.1190,126.2670"), QStringLiteral("--json")}); // Marado
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("basis")).toString(), QStringLiteral("straight_line"));
        QVERIFY(o.value(QStringLiteral("nodes")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("to")).toObject().contains(QStringLiteral("node_id")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString ok = at(et::test::kJejuCityHall);
        QTest::newRow("no --to") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), ok} << "needs --from";
        QTest::newRow("one number") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), QStringLiteral("33.5"), QStringLiteral("--to"), ok} << "--from";
        QTest::newRow("NaN") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), ok, QStringLiteral("--to"), QStringLiteral("nan,126.5")} << "--to";
        QTest::newRow("off the Earth") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), QStringLiteral("95,126.5"), QStringLiteral("--to"), ok} << "--from";
        QTest::newRow("depart without a zone") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), ok, QStringLiteral("--to"), ok, QStringLiteral("--depart"), QStringLiteral("2026-12-07T08:00")} << "--depart";
        QTest::newRow("speed cap 0") << QStringList{QStringLiteral("route"), QStringLiteral("--from"), ok, QStringLiteral("--to"), ok, QStringLiteral("--speed-cap"), QStringLiteral("0")} << "--speed-cap";
        QTest::newRow("speed cap on sun") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("33.5"), QStringLiteral("--lon"), QStringLiteral("126.5"), QStringLiteral("--speed-cap"), QStringLiteral("60")} << "only apply to route";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliRoute)
#include "tst_cliroute.moc"
