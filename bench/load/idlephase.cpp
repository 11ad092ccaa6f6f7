// SPDX-License-Identifier: MIT
#include "idlephase.h"

#include "benchoptions.h"
#include "benchserver.h"
#include "cpuwindow.h"
#include "eventwait.h"
#include "httpconnection.h"
#include "idleconsolefleet.h"
#include "naivepoller.h"
#include "resultreport.h"

#include <QJsonArray>

#include <memory>

namespace et::bench {

namespace {
const QString kMarkStart = QStringLiteral("/api/v1/bench-mark/idle-start");
const QString kMarkEnd = QStringLiteral("/api/v1/bench-mark/idle-end");

/// Counts of the measured window, one side.
struct Window
{
    quint64 engines = 0;
    quint64 pollers = 0;
};
} // namespace

void IdlePhase::run(const BenchOptions &o, ResultReport &report, const QString &workDir)
{
    report.section(QStringLiteral("Idle consoles vs naive pollers (%1 each, %2 s)").arg(o.consoles).arg(o.idleSeconds));
    BenchServer server(workDir, QStringLiteral("idle"));
    if (!report.check(server.start({}), QStringLiteral("idle: server start: ") + server.errorString()))
        return;
    ResultReport::progress(QStringLiteral("idle: server on port %1; starting %2 sync engines and %2 pollers")
                               .arg(server.port()).arg(o.consoles));

    IdleConsoleFleet fleet(workDir + QStringLiteral("/consoles"));
    QString error;
    if (!report.check(fleet.start(o.consoles, server.url(), server.accessToken(), &error), QStringLiteral("idle: ") + error))
        return;
    std::vector<std::unique_ptr<NaivePoller>> pollers;
    for (int i = 0; i < o.consoles; ++i) {
        const QHostAddress source(QStringLiteral("127.1.%1.%2").arg(i / 250).arg(1 + i % 250));
        pollers.push_back(std::make_unique<NaivePoller>(QHostAddress::LocalHost, server.port(), source, i * 1000 / o.consoles,
                                                        server.accessToken()));
        pollers.back()->start();
    }
    auto pollerSent = [&] {
        quint64 n = 0;
        for (const auto &p : pollers)
            n += p->sent();
        return n;
    };
    const bool allOnline = waitUntil([&] { return fleet.online() == o.consoles; }, 60000 + o.consoles * 500);
    report.check(allOnline, QStringLiteral("idle: only %1 of %2 engines online: %3").arg(fleet.online()).arg(o.consoles).arg(fleet.lastError()));
    const quint64 startupRequests = fleet.requests();
    pause(2000); // let the last catch-ups and the first poll round finish

    const qint64 cursorBefore = server.cursor();
    const double metricsBefore = BenchServer::responsesTotal(server.scrapeMetrics());
    HttpConnection::fetch(server.port(), kMarkStart.toLatin1());
    const Window from{fleet.requests(), pollerSent()};
    CpuWindow cpu(server.pid());
    for (double left = o.idleSeconds; left > 0; left -= 30.0) {
        pause(int(std::min(left, 30.0) * 1000));
        ResultReport::progress(QStringLiteral("idle: %1 s to go").arg(std::max(0.0, left - 30.0)));
    }
    const Window to{fleet.requests(), pollerSent()};
    cpu.stop();
    HttpConnection::fetch(server.port(), kMarkEnd.toLatin1());
    const double metricsAfter = BenchServer::responsesTotal(server.scrapeMetrics());
    const qint64 cursorAfter = server.cursor();

    for (const auto &p : pollers)
        p->stop();
    pause(1500); // answers of the last polls
    QMap<int, quint64> pollerStatuses;
    quint64 pollerFailed = 0;
    for (const auto &p : pollers) {
        for (auto it = p->statuses().cbegin(); it != p->statuses().cend(); ++it)
            pollerStatuses[it.key()] += it.value();
        pollerFailed += p->failed();
    }
    const int reconnects = fleet.reconnects();
    const auto [lowest, highest] = fleet.cursorRange();
    fleet.stop();
    pollers.clear();
    server.stop();

    // The server's side, from its log between the two markers.
    const auto logged = server.loggedRequests(kMarkStart, kMarkEnd);
    qint64 serverEngines = 0, serverPollers = 0, serverOther = 0;
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        const auto count = qint64(it.value().count());
        if (it.key() == u"/api/v1/sync/changes")
            serverEngines += count;
        else if (NaivePoller::snapshotPaths().contains(it.key().toLatin1()))
            serverPollers += count;
        else
            serverOther += count;
    }
    // Between the two scrapes: the first scrape itself, both markers and the window.
    const double metricsWindow = metricsAfter - metricsBefore - 3;

    const double minutes = o.idleSeconds / 60.0;
    const double n = o.consoles;
    const double engineRate = double(to.engines - from.engines) / n / minutes;
    const double pollerRate = double(to.pollers - from.pollers) / n / minutes;
    const double serverEngineRate = double(serverEngines) / n / minutes;
    const double serverPollerRate = double(serverPollers) / n / minutes;
    const double ratio = engineRate > 0 ? pollerRate / engineRate : 0.0;

    report.table({QStringLiteral("client"), QStringLiteral("consoles"), QStringLiteral("requests (client)"),
                  QStringLiteral("requests (server log)"), QStringLiteral("per console per minute")},
                 {{QStringLiteral("SyncEngine, idle"), QString::number(o.consoles), QString::number(to.engines - from.engines),
                   QString::number(serverEngines), ResultReport::num(engineRate, 2)},
                  {QStringLiteral("naive poller, 1/s"), QString::number(o.consoles), QString::number(to.pollers - from.pollers),
                   QString::number(serverPollers), ResultReport::num(pollerRate, 2)}});
    // No idle request at all: the ratio is at least what one request in the window would give.
    const double ratioBound = pollerRate * n * minutes;
    report.note(QStringLiteral("ratio poller/idle: %1; idle engines' start-up: %2 requests per console (catch-up), %3 reconnects")
                    .arg(engineRate > 0 ? ResultReport::num(ratio, 0)
                                        : QStringLiteral("≥ %1 (no idle engine made a request in the window)").arg(ratioBound, 0, 'f', 0))
                    .arg(ResultReport::num(double(startupRequests) / n, 2)).arg(reconnects));
    report.note(QStringLiteral("server /metrics counted %1 answers in the window, its log %2 (+%3 other); poller answers by status: %4, failed %5")
                    .arg(metricsWindow).arg(serverEngines + serverPollers).arg(serverOther)
                    .arg([&] {
                        QStringList parts;
                        for (auto it = pollerStatuses.cbegin(); it != pollerStatuses.cend(); ++it)
                            parts << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
                        return parts.join(u' ');
                    }()).arg(pollerFailed));
    report.note(QStringLiteral("live data: server cursor %1 → %2 over the window; the engines' stores at the end hold %3…%4")
                    .arg(cursorBefore).arg(cursorAfter).arg(lowest).arg(highest));
    report.note(QStringLiteral("CPU during the window: server %1 cores, bench (%2 engines, %2 pollers) %3 cores")
                    .arg(ResultReport::num(cpu.serverCores(), 3)).arg(o.consoles).arg(ResultReport::num(cpu.benchCores(), 3)));
    QJsonObject json{{QStringLiteral("consoles"), o.consoles},
                     {QStringLiteral("seconds"), o.idleSeconds},
                     {QStringLiteral("idle_per_console_min"), engineRate},
                     {QStringLiteral("poller_per_console_min"), pollerRate},
                     {QStringLiteral("idle_per_console_min_server"), serverEngineRate},
                     {QStringLiteral("poller_per_console_min_server"), serverPollerRate},
                     {QStringLiteral("ratio"), engineRate > 0 ? QJsonValue(ratio) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("ratio_at_least"), engineRate > 0 ? ratio : ratioBound},
                     {QStringLiteral("startup_requests_per_console"), double(startupRequests) / n},
                     {QStringLiteral("reconnects"), reconnects},
                     {QStringLiteral("metrics_window_total"), metricsWindow},
                     {QStringLiteral("server_cursor_start"), cursorBefore},
                     {QStringLiteral("server_cursor_end"), cursorAfter},
                     {QStringLiteral("engine_cursor_min"), lowest},
                     {QStringLiteral("engine_cursor_max"), highest}};
    cpu.addTo(json);
    report.figure(QStringLiteral("idle_requests"), json);

    report.check(cursorAfter == cursorBefore || lowest > cursorBefore, QStringLiteral("idle: an engine's store stayed at cursor %1 (server went %2 → %3)")
                                            .arg(lowest).arg(cursorBefore).arg(cursorAfter));
    report.check(engineRate <= 2.0, QStringLiteral("idle: %1 requests per idle console per minute (goal ≤ 2)").arg(engineRate));
    report.check(engineRate < pollerRate, QStringLiteral("idle: engines (%1/min) not below pollers (%2/min)").arg(engineRate).arg(pollerRate));
    // Requests in flight at the window's edges may land on either side: allow one per client.
    report.check(std::abs(double(serverPollers) - double(to.pollers - from.pollers)) <= n,
                 QStringLiteral("idle: pollers counted %1, server logged %2").arg(to.pollers - from.pollers).arg(serverPollers));
    report.check(std::abs(double(serverEngines) - double(to.engines - from.engines)) <= n,
                 QStringLiteral("idle: engines counted %1, server logged %2").arg(to.engines - from.engines).arg(serverEngines));
    report.check(std::abs(metricsWindow - double(serverEngines + serverPollers + serverOther)) <= n,
                 QStringLiteral("idle: /metrics window %1 vs log %2").arg(metricsWindow).arg(serverEngines + serverPollers + serverOther));
    // Anything but 200 (429 from the rate limit, 401 for a token the server refused) is a poller
    // that did not measure what it claims to.
    quint64 pollerNot200 = 0;
    for (auto it = pollerStatuses.cbegin(); it != pollerStatuses.cend(); ++it)
        pollerNot200 += it.key() == 200 ? 0 : it.value();
    report.check(pollerFailed == 0 && pollerNot200 == 0,
                 QStringLiteral("idle: pollers had %1 failures and %2 answers other than 200 (%3 × 429, %4 × 401)")
                     .arg(pollerFailed).arg(pollerNot200).arg(pollerStatuses.value(429)).arg(pollerStatuses.value(401)));
}

} // namespace et::bench
