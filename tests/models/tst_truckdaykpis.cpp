// SPDX-License-Identifier: MIT
// Today's truck KPIs over a real Store: nothing until a balance carries the day's totals, then
// its figures (the share absorbed worked out from them), and an update when a newer balance
// arrives.
#include "storefixture.h"
#include "truckdaykpis.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestTruckDayKpis : public QObject
{
    Q_OBJECT
private slots:
    void followsTheBalance()
    {
        test::StoreFixture fixture;
        const QString error = fixture.openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        models::TruckDayKpis kpis(&fixture.store());
        QVERIFY(!kpis.available()); // the snapshot's balance is from before the trucks' totals
        QCOMPARE(kpis.shareAbsorbed(), -1.0);

        QSignalSpy changed(&kpis, &models::TruckDayKpis::changed);
        QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
        balance["truck_day"] = QJsonObject{{"day", "2026-11-23"},     {"absorbed_mwh", 3.0},  {"grid_charged_mwh", 0.5},
                                           {"delivered_mwh", 2.0},     {"value_krw", 412000.0}, {"co2_avoided_kg", 760.0},
                                           {"curtailed_mwh", 9.0}};
        QVERIFY(fixture.upsert("balance", balance).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(kpis.available());
        QCOMPARE(kpis.day(), QStringLiteral("2026-11-23"));
        QCOMPARE(kpis.absorbedMwh(), 3.0);
        QCOMPARE(kpis.deliveredMwh(), 2.0);
        QCOMPARE(kpis.valueKrw(), 412000.0);
        QCOMPARE(kpis.co2AvoidedKg(), 760.0);
        QCOMPARE(kpis.co2FactorGPerKwh(), 380.0); // 760 kg / 2 MWh
        QCOMPARE(kpis.shareAbsorbed(), 0.25);     // 3 / (3 + 9)

        // The same balance again changes nothing.
        QVERIFY(fixture.upsert("balance", balance).ok());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTruckDayKpis)
#include "tst_truckdaykpis.moc"
