// SPDX-License-Identifier: MIT
// The console's forecast across a kill -9 of the real backend: a console (the real Store and
// SyncEngine of SyncHarness, the real ConsoleController the QML sees) syncs the server's forecast
// with its inputs; the server dies; the console's clock is moved on 20 minutes instead of waiting
// them; the forecast is computed again offline at the newest quarter-hour, says so, and its
// windows, alert and chart are that forecast's — the island's forecast from the cached inputs
// and assets at that time. A console started with no server over that cache does the same. When
// the server is back, its next forecast takes over.
#include "consolecontroller.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "syncharness.h"

#include "domain/energy/forecastjson.h"
#include "domain/energy/offlineforecast.h"

#include <QTest>

using namespace et;
using models::ForecastModel;

namespace {
// The simulation a minute a second, so the server issues a forecast every 15 s; spring at
// 09:00 KST, when Jeju curtails.
const QStringList kBusy = {QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--tick-ms"), QStringLiteral("200"),
                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--start"), QStringLiteral("2025-04-12T00:00:00Z")};
constexpr qint64 kMovedOn = 20 * 60; // what the test's clock adds to the wall clock, s

QDateTime quarterOf(const QDateTime &t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(s - s % 900, Qt::UTC);
}

/// Empty when `model` shows the island's forecast recomputed from the cache at its issue time:
/// the forecast, its windows, the alert and the chart's forecast part; else what differs.
QString showsRecomputed(models::ConsoleController &console, client::Store &store)
{
    const ForecastModel &model = *console.forecast();
    const auto cached = store.forecast();
    if (!cached || !cached->inputs)
        return QStringLiteral("the cache has no forecast with inputs");
    const auto expected = domain::energy::OfflineForecast::recompute(*cached->inputs, store.assets(), model.issuedAt());
    if (!expected.ok())
        return expected.error().toString();
    if (!(model.forecast() == expected.value()))
        return QStringLiteral("the forecast shown is not the island's at %1").arg(domain::toIsoUtc(model.issuedAt()));
    if (model.windows().size() != expected.value().windows.size() || model.alert() != !expected.value().windows.isEmpty())
        return QStringLiteral("%1 windows shown, %2 recomputed").arg(model.windows().size()).arg(expected.value().windows.size());
    if (model.alert() && model.alertWindow().value(QStringLiteral("start")).toDateTime() != expected.value().windows.first().start)
        return QStringLiteral("the alert is another window's");
    const auto &chart = console.energyChart()->forecastPoints(models::EnergyChartData::Demand);
    if (chart.isEmpty() || qint64(chart.first().x()) != expected.value().quarterHours.first().time.toMSecsSinceEpoch())
        return QStringLiteral("the chart's forecast does not start at the recomputed one's first step");
    return {};
}
} // namespace

class TestFaultForecast : public QObject
{
    Q_OBJECT
private slots:
    void offlineTheConsoleRecomputesAndTheServerTakesOverAgain()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")), kBusy), qPrintable(server.errorString()));
        test::SyncHarness harness;
        QString error;
        QVERIFY2(harness.open(server.url(), &error), qPrintable(error));
        harness.start();
        models::ConsoleController console(&harness.store(), &harness.engine());
        ForecastModel &forecast = *console.forecast();
        qint64 movedOn = 0;
        forecast.setClock([&movedOn] { return QDateTime::currentDateTimeUtc().addSecs(movedOn); });

        QTRY_VERIFY_WITH_TIMEOUT(harness.isOnline() && forecast.available() && harness.store().balance(), 20000);
        QVERIFY(harness.store().forecast()->inputs.has_value());
        QCOMPARE(forecast.source(), ForecastModel::Source::Server);

        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!harness.isOnline(), 10000);
        const QDateTime served = forecast.issuedAt();
        const QDateTime balanceAt = harness.store().balance()->timestamp;

        // Twenty minutes later (real time assumed while the server is away). The forecast may
        // already have been recomputed once if it was a quarter-hour older than the balance.
        movedOn = kMovedOn;
        forecast.check();
        QTRY_VERIFY_WITH_TIMEOUT(forecast.recomputed() && forecast.issuedAt() >= quarterOf(balanceAt.addSecs(kMovedOn)), 30000);
        QCOMPARE(forecast.source(), ForecastModel::Source::Offline);
        QCOMPARE(forecast.outlookIssuedAt(), served);
        const QDateTime at = forecast.issuedAt();
        // The newest quarter-hour of the balance's time plus 20 minutes and the few seconds since it came.
        QVERIFY2(at == quarterOf(balanceAt.addSecs(kMovedOn)) || at == quarterOf(balanceAt.addSecs(kMovedOn + 60)),
                 qPrintable(domain::toIsoUtc(at) + QStringLiteral(" for a balance of ") + domain::toIsoUtc(balanceAt)));
        QVERIFY(at > served);
        QVERIFY(forecast.recomputeError().isEmpty());
        QCOMPARE(forecast.forecast().quarterHours.first().time, at);
        QString shows = showsRecomputed(console, harness.store());
        QVERIFY2(shows.isEmpty(), qPrintable(shows));

        // A console started with no server over the same cache (--offline) does the same.
        {
            models::ConsoleController offline(&harness.store(), nullptr);
            offline.forecast()->setClock([&movedOn] { return QDateTime::currentDateTimeUtc().addSecs(movedOn); });
            offline.forecast()->check();
            QTRY_VERIFY_WITH_TIMEOUT(offline.forecast()->recomputed() && offline.forecast()->issuedAt() >= at, 30000);
            shows = showsRecomputed(offline, harness.store());
            QVERIFY2(shows.isEmpty(), qPrintable(shows));
        }

        // The server is back: its next forecast (within 15 s at its speed) takes over.
        QVERIFY2(server.restart(true), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(harness.isOnline(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!forecast.recomputed(), 45000);
        QCOMPARE(forecast.source(), ForecastModel::Source::Server);
        QVERIFY(harness.store().forecast() == forecast.forecast());
        QVERIFY(forecast.issuedAt() > served);
        test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Viewer));
        const auto now = domain::energy::ForecastJson::fromJson(http.get(QStringLiteral("/api/v1/energy/forecast")).json);
        QVERIFY(now.ok());
        QVERIFY(now.value().issued >= forecast.issuedAt());
    }
};

QTEST_GUILESS_MAIN(TestFaultForecast)
#include "tst_faultforecast.moc"
