// SPDX-License-Identifier: MIT
// A simulated spring week with the trucks working on their own and on an order: the energy they
// took from a surplus is the curtailment it removed, every minute; what their batteries gained and
// lost is what the balances counted; they drive Jeju's roads, never faster than their cap; and a
// day's KPIs are the sum of that day's minutes.
#include "simworld.h"

#include "domain/dispatch/roadtravel.h"
#include "jejudata/bundledroads.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et::backend;
using et::domain::EntityKind;
using et::domain::Truck;
using et::test::kSpringSaturday;
using et::test::World;

namespace {
QString nodeKey(double lat, double lon)
{
    return QStringLiteral("%1,%2").arg(std::llround(lat * 1e6)).arg(std::llround(lon * 1e6));
}

double sumEnergyKwh(const QList<QJsonObject> &trucks)
{
    double kwh = 0.0;
    for (const QJsonObject &o : trucks) {
        const Truck t = Truck::fromJson(o).value();
        kwh += t.soc * t.capacityKwh;
    }
    return kwh;
}
} // namespace

class TestTruckAccounting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<SeedData> m_seed;

private slots:
    void initTestCase()
    {
        m_seed = et::test::springSeed();
        QVERIFY(m_seed);
        QVERIFY(et::jejudata::BundledRoads::graph().ok());
    }

    void aWeekOfTrucksKeepsTheAccounts()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("week.sqlite")), *m_seed, 11));
        const double startKwh = sumEnergyKwh(w.store->readAll(EntityKind::Truck).value());
        // An order as well: truck-02 charges 300 kWh at Tamra offshore wind.
        QVERIFY(w.order(et::test::makeOrder(QStringLiteral("ord-week0001"), QStringLiteral("truck-02"), et::domain::OrderKind::Charge,
                                            QStringLiteral("wind-tamra"), 300.0)));
        for (int hour = 0; hour < 7 * 24; ++hour)
            QVERIFY(w.sim->advance(3600).ok());

        const TruckAccounting &a = w.sim->accounting();
        QVERIFY2(a.holds(), qPrintable(QStringLiteral("worst curtailment error %1 MW, worst energy error %2 kWh")
                                           .arg(a.worstCurtailmentErrorMw)
                                           .arg(a.worstEnergyErrorKwh)));
        QCOMPARE(a.minutesChecked, qint64(7 * 24 * 60 + 1));
        QCOMPARE(a.forgoneKwh, 0.0); // nobody cancelled anything

        // The balances' side, summed independently: every minute but the last is settled.
        const auto balances = w.balances();
        QCOMPARE(balances.size(), 7 * 24 * 60 + 1);
        double absorbedKwh = 0.0, gridKwh = 0.0, deliveredKwh = 0.0, curtailedMwh = 0.0;
        for (qsizetype i = 0; i + 1 < balances.size(); ++i) {
            absorbedKwh += balances[i].truckAbsorbedMw * 1000.0 / 60.0;
            gridKwh += balances[i].truckGridChargeMw * 1000.0 / 60.0;
            // Published to the hundredth of a MW, as history keeps it.
            deliveredKwh += balances[i].truckDischargeMw * 1000.0 / 60.0;
            curtailedMwh += balances[i].curtailmentMw / 60.0;
            // Trucks charge from a surplus or from the grid within a minute, never both.
            QVERIFY(balances[i].truckAbsorbedMw == 0.0 || balances[i].truckGridChargeMw == 0.0);
        }
        QVERIFY2(absorbedKwh > 1000.0, qPrintable(QString::number(absorbedKwh))); // a spring week curtails
        QVERIFY(curtailedMwh > 0.0);
        QVERIFY(std::abs(a.absorbedKwh - absorbedKwh) < 1e-6 * absorbedKwh);
        QVERIFY(std::abs(a.gridChargedKwh - gridKwh) < 1e-6 * std::max(1.0, gridKwh));
        QVERIFY(std::abs(a.deliveredKwh - deliveredKwh) < 0.01 / 60.0 * 1000.0 * double(balances.size()));

        // The batteries: what they hold now is what they held, plus what they charged, minus
        // what they fed in and drove (the last minute's moves not yet settled included).
        const double endKwh = sumEnergyKwh(w.store->readAll(EntityKind::Truck).value());
        const double expected = startKwh + a.absorbedKwh + a.gridChargedKwh + a.moved.chargedKwh - a.deliveredKwh - a.moved.deliveredKwh
                                - a.drivenKwh - a.moved.drivenKwh;
        QVERIFY2(std::abs(endKwh - expected) < 1e-6 * startKwh, qPrintable(QStringLiteral("%1 vs %2 kWh").arg(endKwh).arg(expected)));

        // A day's KPIs are that day's minutes: the last full KST day of the week.
        const auto &last = balances.last();
        QVERIFY(last.truckDay);
        const QDate day = last.truckDay->day;
        double dayAbsorbedMwh = 0.0, dayCurtailedMwh = 0.0;
        for (const auto &b : balances) {
            if (b.timestamp.addSecs(9 * 3600).date() == day) {
                dayAbsorbedMwh += b.truckAbsorbedMw / 60.0;
                dayCurtailedMwh += b.curtailmentMw / 60.0;
            }
        }
        QVERIFY(std::abs(last.truckDay->absorbedMwh - dayAbsorbedMwh) < 1e-9 + 1e-9 * dayAbsorbedMwh);
        QVERIFY(std::abs(last.truckDay->curtailedMwh - dayCurtailedMwh) < 1e-9 + 1e-9 * dayCurtailedMwh);
        qInfo("week: trucks absorbed %.1f MWh of %.1f MWh surplus, %.1f MWh from the grid, delivered %.1f MWh, drove %.1f MWh",
              a.absorbedKwh / 1000.0, a.absorbedKwh / 1000.0 + curtailedMwh, a.gridChargedKwh / 1000.0, a.deliveredKwh / 1000.0,
              a.drivenKwh / 1000.0);

    }

    void trucksDriveTheRoads()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("roads.sqlite")), *m_seed, 12));
        for (int hour = 0; hour < 12; ++hour)
            QVERIFY(w.sim->advance(3600).ok());
        const auto &graph = et::jejudata::BundledRoads::graph().value();
        QSet<QString> nodes;
        for (int i = 0; i < graph.nodeCount(); ++i)
            nodes.insert(nodeKey(graph.node(i).lat, graph.node(i).lon));

        et::domain::dispatch::RoadTravel travel(graph);
        int trips = 0, onRoads = 0;
        for (const auto &c : std::as_const(w.changes)) {
            if (c.entity != EntityKind::Truck)
                continue;
            const Truck t = Truck::fromJson(c.data).value();
            if (t.status != et::domain::TruckStatus::Driving) {
                QVERIFY(t.route.isEmpty());
                continue;
            }
            QVERIFY2(!t.route.isEmpty(), qPrintable(t.id));
            ++trips;
            QVERIFY(t.route.departedAt <= t.updatedAt);
            QVERIFY(t.route.eta() > t.route.departedAt);
            QVERIFY(t.speedKmh <= TruckMover::kSpeedCapKmh + 1e-6);
            if (!t.route.onRoads) {
                // Only where an end is more than 2 km from any road (an offshore wind farm).
                const auto &first = t.route.points.first(), &last = t.route.points.last();
                QVERIFY2(!travel.waypoint(first.lat, first.lon).onRoads() || !travel.waypoint(last.lat, last.lon).onRoads(), qPrintable(t.id));
                QCOMPARE(t.route.points.size(), 2);
                continue;
            }
            ++onRoads;
            // Every point between the two ends is a junction of the road data.
            for (qsizetype i = 1; i + 1 < t.route.points.size(); ++i)
                QVERIFY2(nodes.contains(nodeKey(t.route.points[i].lat, t.route.points[i].lon)), qPrintable(t.id));
            // Where the truck is, is where its trip puts it.
            const auto here = t.route.at(double(t.route.departedAt.msecsTo(t.updatedAt)) / 1000.0);
            QCOMPARE(here.lat, t.lat);
            QCOMPARE(here.lon, t.lon);
        }
        QVERIFY2(trips > 10, qPrintable(QString::number(trips)));
        QVERIFY2(onRoads > trips / 2, qPrintable(QStringLiteral("%1 of %2").arg(onRoads).arg(trips)));
    }
};

QTEST_GUILESS_MAIN(TestTruckAccounting)
#include "tst_truckaccounting.moc"
