// SPDX-License-Identifier: MIT
// ForecastModel over a real Store: nothing before a forecast is cached; then the windows and the
// alert equal the cached forecast's, the trucks that could absorb the first window are the
// fewest emptiest ones (counted here independently), and the lowest-carbon hours are the three
// lowest of the next 24, in time order. A truck change recounts; a damaged forecast is not shown.
#include "forecastmodel.h"
#include "storefixture.h"

#include "domain/energy/forecastjson.h"
#include "domain/truck.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace et;
using namespace et::domain::energy;

namespace {
const QDateTime kIssued(QDate(2025, 4, 12), QTime(23, 0), Qt::UTC);

ForecastStep stepAt(const QDateTime &t, double carbon)
{
    ForecastStep s;
    s.time = t;
    s.demandMw = {600, 620, 640};
    s.carbonGPerKwh = {carbon - 5, carbon, carbon + 5};
    s.linkFlowMw = {Band{30, 30, 30}};
    return s;
}

/// A forecast with one curtailment window and a carbon intensity lowest in hours 3, 5 and 14 of
/// the next 24 (and lower still in hour 30, beyond them).
EnergyForecastResult forecast()
{
    EnergyForecastResult f;
    f.issued = kIssued;
    for (int i = 0; i < 96; ++i)
        f.quarterHours << stepAt(kIssued.addSecs(900 * i), 300);
    for (int i = 0; i < 168; ++i) {
        const double carbon = i == 5 ? 120.0 : i == 3 ? 110.0 : i == 14 ? 130.0 : i == 30 ? 50.0 : 300.0 + i;
        f.hours << stepAt(kIssued.addSecs(3600 * i), carbon);
    }
    f.windows << CurtailmentWindow{kIssued.addSecs(3 * 3600), kIssued.addSecs(5 * 3600), Band{0.4, 0.75, 1.1}, 0.6};
    return f;
}

QJsonObject truckJson(const QString &id, double capacityKwh, double soc, const QString &status)
{
    QJsonObject t = test::StoreFixture::snapshotEntity(QStringLiteral("truck"), QStringLiteral("truck-01"));
    t.insert(QStringLiteral("id"), id);
    t.insert(QStringLiteral("capacity_kwh"), capacityKwh);
    t.insert(QStringLiteral("soc"), soc);
    t.insert(QStringLiteral("status"), status);
    return t;
}
} // namespace

class TestForecastModel : public QObject
{
    Q_OBJECT
private slots:
    void nothingBeforeAForecastIsCached()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        models::ForecastModel model(&fixture.store());
        QVERIFY(!model.available());
        QVERIFY(!model.alert());
        QVERIFY(model.windows().isEmpty());
        QVERIFY(model.lowCarbonHours().isEmpty());
        QVERIFY(model.forecast().quarterHours.isEmpty());
    }

    void theCachedForecastAndItsAlert()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::ForecastModel model(&fixture.store());
        QSignalSpy changed(&model, &models::ForecastModel::changed);
        const EnergyForecastResult f = forecast();
        QJsonObject json = ForecastJson::toJson(f);
        json.insert(QStringLiteral("id"), QStringLiteral("current"));
        const auto put = fixture.upsert(QStringLiteral("forecast"), json);
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().toString()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.available());
        QCOMPARE(model.issued(), kIssued);
        QVERIFY(model.forecast() == f);
        QVERIFY(model.alert());
        const QVariantMap w = model.alertWindow();
        QCOMPARE(w.value("start").toDateTime(), kIssued.addSecs(3 * 3600));
        QCOMPARE(w.value("hours").toDouble(), 2.0);
        QCOMPARE(w.value("mwh").toDouble(), 0.75);
        QCOMPARE(w.value("mwhP90").toDouble(), 1.1);

        // Only the P90 curtails (0.75 MWh expected): the trucks are counted for its 1,100 kWh.
        QVERIFY(!w.value("likely").toBool());
        // The snapshot's trucks: the fewest, emptiest first, whose free battery holds 1,100 kWh.
        QList<double> free;
        int inService = 0;
        for (const auto &t : fixture.store().trucks()) {
            if (t.status == domain::TruckStatus::Maintenance)
                continue;
            ++inService;
            free << t.capacityKwh - t.energyKwh();
        }
        std::sort(free.begin(), free.end(), std::greater<>());
        int needed = 0;
        double sum = 0.0;
        while (needed < free.size() && sum < 1100.0)
            sum += free[needed++];
        QCOMPARE(model.trucksInService(), inService);
        QCOMPARE(model.alertTrucks(), needed);
        QCOMPARE(model.alertCovered(), sum >= 1100.0);

        // The three lowest hours of the next 24 (hours 3, 5 and 14; hour 30 is beyond), in time order.
        const QVariantList low = model.lowCarbonHours();
        QCOMPARE(low.size(), 3);
        QCOMPARE(low[0].toMap().value("start").toDateTime(), kIssued.addSecs(3 * 3600));
        QCOMPARE(low[1].toMap().value("start").toDateTime(), kIssued.addSecs(5 * 3600));
        QCOMPARE(low[2].toMap().value("start").toDateTime(), kIssued.addSecs(14 * 3600));
    }

    void aTruckChangeRecountsAndADamagedForecastIsRefused()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        // Every snapshot truck into maintenance, then one empty 1,200 kWh truck: it covers 1,100 kWh.
        for (const auto &t : fixture.store().trucks())
            QVERIFY(fixture.upsert(QStringLiteral("truck"), truckJson(t.id, t.capacityKwh, t.soc, QStringLiteral("maintenance"))).ok());
        QJsonObject json = ForecastJson::toJson(forecast());
        json.insert(QStringLiteral("id"), QStringLiteral("current"));
        QVERIFY(fixture.upsert(QStringLiteral("forecast"), json).ok());
        models::ForecastModel model(&fixture.store());
        QCOMPARE(model.trucksInService(), 0);
        QCOMPARE(model.alertTrucks(), 0);
        QVERIFY(!model.alertCovered());
        QSignalSpy changed(&model, &models::ForecastModel::changed);
        QVERIFY(fixture.upsert(QStringLiteral("truck"), truckJson(QStringLiteral("truck-new"), 1200.0, 0.0, QStringLiteral("idle"))).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.trucksInService(), 1);
        QCOMPARE(model.alertTrucks(), 1);
        QVERIFY(model.alertCovered());

        // A forecast with a hole in its steps is refused by the cache; the old one stays.
        QJsonObject damaged = json;
        QJsonArray hours = damaged.value(QStringLiteral("hours")).toArray();
        hours.removeAt(10);
        damaged.insert(QStringLiteral("hours"), hours);
        QVERIFY(!fixture.upsert(QStringLiteral("forecast"), damaged).ok());
        QVERIFY(model.available());
        QCOMPARE(model.forecast().hours.size(), 168);
    }
};

QTEST_GUILESS_MAIN(TestForecastModel)
#include "tst_forecastmodel.moc"
