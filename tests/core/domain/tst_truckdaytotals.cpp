// SPDX-License-Identifier: MIT
// The trucks' day, minute by minute: energy, value at SMP and CO₂ avoided worked out by hand for
// a few minutes, the day starting anew at KST midnight, and the codec.
#include "domain/energybalance.h"

#include <QTest>

using namespace et::domain;

namespace {
EnergyBalance minute(const QDateTime &utc, double absorbedMw, double gridMw, double dischargeMw, double curtailedMw, double smp, double carbon)
{
    EnergyBalance b;
    b.timestamp = utc;
    b.truckAbsorbedMw = absorbedMw;
    b.truckGridChargeMw = gridMw;
    b.truckDischargeMw = dischargeMw;
    b.curtailmentMw = curtailedMw;
    b.smpKrwPerKwh = smp;
    b.carbonGPerKwh = carbon;
    return b;
}
} // namespace

class TestTruckDayTotals : public QObject
{
    Q_OBJECT
private slots:
    void minutesAddUp()
    {
        TruckDayTotals t;
        // 14:00 KST: 6 MW absorbed while 12 MW is still curtailed at −60 ₩/kWh.
        t.add(minute(QDateTime(QDate(2026, 4, 12), QTime(5, 0), Qt::UTC), 6.0, 0.0, 0.0, 12.0, -60.0, 100.0), 1.0);
        // 19:00 KST: 3 MW fed in at 150 ₩/kWh while the island's mix is at 400 g/kWh.
        t.add(minute(QDateTime(QDate(2026, 4, 12), QTime(10, 0), Qt::UTC), 0.0, 0.0, 3.0, 0.0, 150.0, 400.0), 1.0);
        // 02:00 KST: 1.2 MW charged from the grid at 90 ₩/kWh, 300 g/kWh.
        t.add(minute(QDateTime(QDate(2026, 4, 11), QTime(17, 0), Qt::UTC), 0.0, 1.2, 0.0, 0.0, 90.0, 300.0), 1.0);
        QCOMPARE(t.day, QDate(2026, 4, 12));
        QVERIFY(qFuzzyCompare(t.absorbedMwh, 0.1));  // 6 MW × 1/60 h
        QVERIFY(qFuzzyCompare(t.deliveredMwh, 0.05));
        QVERIFY(qFuzzyCompare(t.gridChargedMwh, 0.02));
        QVERIFY(qFuzzyCompare(t.curtailedMwh, 0.2));
        // 0.05 MWh × 150 − 0.1 MWh × (−60) − 0.02 MWh × 90, × 1000 kWh/MWh.
        QVERIFY(qFuzzyCompare(t.valueKrw, 7500.0 + 6000.0 - 1800.0));
        // 0.05 MWh × 400 g/kWh − 0.02 MWh × 300 g/kWh = 20 − 6 kg.
        QVERIFY(qFuzzyCompare(t.co2AvoidedKg, 14.0));
        QVERIFY(qFuzzyCompare(*t.shareAbsorbed(), 0.1 / 0.3));
        QVERIFY(qFuzzyCompare(t.avoidedGPerKwh(), 280.0));
    }

    void aNewKstDayStartsAnew()
    {
        TruckDayTotals t;
        t.add(minute(QDateTime(QDate(2026, 4, 12), QTime(14, 59), Qt::UTC), 6.0, 0.0, 0.0, 0.0, 0.0, 0.0), 1.0); // 23:59 KST
        QCOMPARE(t.day, QDate(2026, 4, 12));
        t.add(minute(QDateTime(QDate(2026, 4, 12), QTime(15, 0), Qt::UTC), 3.0, 0.0, 0.0, 0.0, 0.0, 0.0), 1.0); // 00:00 KST
        QCOMPARE(t.day, QDate(2026, 4, 13));
        QVERIFY(qFuzzyCompare(t.absorbedMwh, 0.05));
        QVERIFY(!TruckDayTotals{}.shareAbsorbed());
    }

    void codec()
    {
        TruckDayTotals t{QDate(2026, 4, 12), 1.5, 0.25, 2.0, -1234.5, 600.0, 10.0};
        const auto back = TruckDayTotals::fromJson(t.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), t);
        QJsonObject bad = t.toJson();
        bad["day"] = "12/04/2026";
        QVERIFY(TruckDayTotals::fromJson(bad).error().toString().startsWith(QStringLiteral("day")));
        bad = t.toJson();
        bad["absorbed_mwh"] = -1;
        QVERIFY(!TruckDayTotals::fromJson(bad).ok());
        // A balance carries it, and one without it (an older server) is still a balance.
        EnergyBalance b = minute(QDateTime(QDate(2026, 4, 12), QTime(5, 0), Qt::UTC), 1, 0, 0, 0, 0, 0);
        b.truckDay = t;
        QCOMPARE(EnergyBalance::fromJson(b.toJson()).value(), b);
        QJsonObject old = b.toJson();
        old.remove("truck_day");
        old.remove("truck_absorbed_mw");
        QVERIFY(!EnergyBalance::fromJson(old).value().truckDay);
    }
};

QTEST_GUILESS_MAIN(TestTruckDayTotals)
#include "tst_truckdaytotals.moc"
