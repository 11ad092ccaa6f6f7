// SPDX-License-Identifier: MIT
// ForecastModel over a real Store: nothing before a forecast is cached; then the windows and the
// alert equal the cached forecast's, the trucks that could absorb the first window are the
// fewest emptiest ones (counted here independently), and the lowest-carbon hours are the three
// lowest of the next 24, in time order. A truck change recounts; a damaged forecast is not shown.
// Offline (a clock moved on instead of waiting), a forecast a quarter-hour old is computed again
// off the GUI thread at the newest quarter-hour, from the cached inputs and assets, and says so;
// online it is not; the server's next forecast replaces it; a forecast without inputs, or a cache
// that no longer matches them, says why it cannot be.
#include "forecastmodel.h"
#include "islandcache.h"
#include "smallisland.h"
#include "storefixture.h"

#include "domain/energy/forecastjson.h"
#include "domain/energy/offlineforecast.h"
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

// The snapshot's balance is of 05:00Z; the server's forecast was issued then.
const QDateTime kBalanceAt = test::IslandCache::snapshotBalanceAt();

/// A clock the test moves: the wall time is `start` plus whatever the test adds.
struct TestClock
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    models::ForecastModel::Clock clock()
    {
        return [this] { return now; };
    }
};

/// The model anchored: the cached balance arrives (again) now, by the test's clock.
void anchor(test::StoreFixture &fixture, models::ForecastModel &model, TestClock &clock)
{
    model.setClock(clock.clock());
    QVERIFY(fixture.upsert(QStringLiteral("balance"), test::StoreFixture::snapshotEntity(QStringLiteral("balance"), QStringLiteral("current"))).ok());
    QCOMPARE(model.simulatedNow(), kBalanceAt);
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
        QCOMPARE(model.issuedAt(), kIssued);
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

    void offlineAStaleForecastIsComputedAgainAndSaysSo()
    {
        test::StoreFixture fixture;
        QVERIFY2(test::IslandCache::open(fixture, kBalanceAt).isEmpty(), "fixture");
        models::ForecastModel model(&fixture.store());
        TestClock clock;
        anchor(fixture, model, clock);
        const EnergyForecastResult served = model.forecast();
        QVERIFY(served.inputs.has_value());
        QCOMPARE(model.source(), models::ForecastModel::Source::Server);
        QCOMPARE(model.ageSeconds(), 0);

        // Online, a stale forecast stays the server's: the server sends the next one.
        clock.now = clock.now.addSecs(40 * 60);
        model.check();
        QVERIFY(!model.recomputing());
        QVERIFY(!model.recomputed());

        // Offline: 40 simulated minutes on (real time assumed), it is computed again at 05:30Z.
        QSignalSpy changed(&model, &models::ForecastModel::changed);
        model.setOffline(true);
        QVERIFY(model.recomputing()); // on its own thread: nothing has changed yet
        QVERIFY(!model.recomputed());
        QTRY_VERIFY_WITH_TIMEOUT(model.recomputed(), 20000);
        QCOMPARE(changed.count(), 1);
        const QDateTime at = kBalanceAt.addSecs(30 * 60);
        QCOMPARE(model.source(), models::ForecastModel::Source::Offline);
        QCOMPARE(model.issuedAt(), at);
        QCOMPARE(model.outlookIssuedAt(), kBalanceAt);
        QVERIFY(model.recomputeError().isEmpty());
        model.check();
        QCOMPARE(model.ageSeconds(), 10 * 60);
        // It is the island's forecast at that time from the cached inputs and assets, and what
        // the alert and windows say comes from it.
        const auto expected = domain::energy::OfflineForecast::recompute(*served.inputs, fixture.store().assets(), at);
        QVERIFY2(expected.ok(), qPrintable(expected.error().toString()));
        QVERIFY(model.forecast() == expected.value());
        QCOMPARE(model.forecast().quarterHours.first().time, at);
        QCOMPARE(model.windows().size(), expected.value().windows.size());
        QCOMPARE(model.alert(), !expected.value().windows.isEmpty());

        // Every quarter-hour offline, again.
        clock.now = clock.now.addSecs(15 * 60);
        model.check();
        QTRY_COMPARE_WITH_TIMEOUT(model.issuedAt(), at.addSecs(15 * 60), 20000);

        // The server's next forecast replaces it, online or not.
        model.setOffline(false);
        const EnergyForecastResult next = test::SmallIsland().issuedForecast(kBalanceAt.addSecs(3600));
        QVERIFY(test::IslandCache::putForecast(fixture, next).ok());
        QCOMPARE(model.source(), models::ForecastModel::Source::Server);
        QVERIFY(!model.recomputed());
        QCOMPARE(model.issuedAt(), kBalanceAt.addSecs(3600));
        QVERIFY(model.forecast() == next);
    }

    void whyItCannotBeComputedAgain()
    {
        // A forecast from an older server, without inputs.
        test::StoreFixture old;
        QVERIFY2(test::IslandCache::open(old, kBalanceAt, false).isEmpty(), "fixture");
        models::ForecastModel plain(&old.store());
        TestClock clock;
        anchor(old, plain, clock);
        clock.now = clock.now.addSecs(3600);
        plain.setOffline(true);
        QVERIFY(!plain.recomputing());
        QVERIFY(!plain.recomputed());
        QVERIFY2(plain.recomputeError().contains(QStringLiteral("older server")), qPrintable(plain.recomputeError()));
        QVERIFY(plain.ageSeconds() >= 3600); // its age still counts

        // A cache that lost one of the inputs' assets.
        test::StoreFixture fixture;
        QVERIFY2(test::IslandCache::open(fixture, kBalanceAt).isEmpty(), "fixture");
        QVERIFY(fixture.remove(QStringLiteral("asset"), QStringLiteral("wind-b")).ok());
        models::ForecastModel model(&fixture.store());
        anchor(fixture, model, clock);
        clock.now = clock.now.addSecs(3600);
        model.setOffline(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.recomputeError().isEmpty(), 20000);
        QVERIFY(!model.recomputed());
        QVERIFY2(model.recomputeError().contains(QStringLiteral("wind-b")), qPrintable(model.recomputeError()));
        QCOMPARE(model.source(), models::ForecastModel::Source::Server);
    }
};

QTEST_GUILESS_MAIN(TestForecastModel)
#include "tst_forecastmodel.moc"
