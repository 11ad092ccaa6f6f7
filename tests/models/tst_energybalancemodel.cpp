// SPDX-License-Identifier: MIT
// EnergyBalanceModel over a real Store: nothing is "available" before a balance is cached, the
// properties equal the cached JSON afterwards, and only balance changes notify.
#include "energybalancemodel.h"
#include "liveenergy.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestEnergyBalanceModel : public QObject
{
    Q_OBJECT
private slots:
    void notAvailableOnAnEmptyCache();
    void propertiesMatchTheCachedBalance();
    void onlyBalanceChangesNotify();
};

void TestEnergyBalanceModel::notAvailableOnAnEmptyCache()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    test::LiveEnergy energy(fixture.store());
    models::EnergyBalanceModel model(&energy.instant);
    QVERIFY(!model.available());
    QCOMPARE(model.hvdcImportMw(), 0.0);
    QVERIFY(!model.timestamp().isValid());
}

void TestEnergyBalanceModel::propertiesMatchTheCachedBalance()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    test::LiveEnergy energy(fixture.store());
    models::EnergyBalanceModel model(&energy.instant);
    QSignalSpy changed(&model, &models::EnergyBalanceModel::changed);
    QVERIFY(fixture.applySnapshot().ok());
    QCOMPARE(changed.count(), 1);

    const QJsonObject j = test::StoreFixture::snapshotEntity("balance", "current");
    QVERIFY(!j.isEmpty());
    const QJsonObject gen = j.value("generation_mw").toObject();
    QVERIFY(model.available());
    QCOMPARE(model.demandMw(), j.value("demand_mw").toDouble());
    QCOMPARE(model.thermalMw(), gen.value("thermal").toDouble());
    QCOMPARE(model.windMw(), gen.value("wind").toDouble());
    QCOMPARE(model.solarMw(), gen.value("solar").toDouble());
    QCOMPARE(model.curtailmentMw(), j.value("curtailment_mw").toDouble());
    QCOMPARE(model.renewableShare(), j.value("renewable_share").toDouble());
    QCOMPARE(model.smpKrwPerKwh(), j.value("smp_krw_per_kwh").toDouble());
    QCOMPARE(model.timestamp(), QDateTime::fromString(j.value("timestamp").toString(), Qt::ISODateWithMs));

    // The links themselves are HvdcFlowModel's (tst_hvdcflowmodel); their sum is this model's.
    const QJsonArray links = j.value("hvdc_links").toArray();
    QVERIFY(!links.isEmpty());
    double importMw = 0.0;
    for (const QJsonValue l : links)
        importMw += l.toObject().value("flow_mw").toDouble();
    QCOMPARE(model.hvdcImportMw(), importMw);
}

void TestEnergyBalanceModel::onlyBalanceChangesNotify()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    QVERIFY(fixture.applySnapshot().ok());
    test::LiveEnergy energy(fixture.store());
    models::EnergyBalanceModel model(&energy.instant);
    QSignalSpy changed(&model, &models::EnergyBalanceModel::changed);

    QJsonObject asset = test::StoreFixture::snapshotEntity("asset", "wind-gasiri");
    asset["output_mw"] = 1.0;
    QVERIFY(fixture.upsert("asset", asset).ok());
    QCOMPARE(changed.count(), 0);

    QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
    balance["curtailment_mw"] = 0.0;
    balance["smp_krw_per_kwh"] = 142.3;
    QVERIFY(fixture.upsert("balance", balance).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.curtailmentMw(), 0.0);
    QCOMPARE(model.smpKrwPerKwh(), 142.3);
}

QTEST_GUILESS_MAIN(TestEnergyBalanceModel)
#include "tst_energybalancemodel.moc"
