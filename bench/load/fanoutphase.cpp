// SPDX-License-Identifier: MIT
#include "fanoutphase.h"

#include "benchoptions.h"
#include "benchserver.h"
#include "eventstream.h"
#include "eventwait.h"
#include "processstats.h"
#include "resultreport.h"
#include "subscriberfleet.h"

#include <QElapsedTimer>

namespace et::bench {

FanoutPhase::Step FanoutPhase::measure(BenchServer &server, SubscriberFleet &fleet, int triggers, int gapMs)
{
    Step step;
    step.cpu = CpuWindow(server.pid());
    const quint64 messagesFrom = fleet.messages();
    step.fanout = FanoutProbe(fleet, server.port(), server.accessToken()).run(triggers, gapMs);
    step.cpu.stop();
    step.messagesPerSecond = double(fleet.messages() - messagesFrom) / step.cpu.seconds();
    if (step.messagesPerSecond > 0)
        step.serverUsPerMessage = step.cpu.serverCores() / step.messagesPerSecond * 1e6;
    return step;
}

bool FanoutPhase::openSubscribers(BenchServer &server, SubscriberFleet &fleet, int total, double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    const int more = total - fleet.requested();
    fleet.growTo(client::EventStream::webSocketUrl(server.url()), server.accessToken(), total);
    waitUntil([&] { return fleet.subscribed() + fleet.failed() >= total || !server.isRunning(); }, 30000 + more * 20);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return fleet.subscribed() == total;
}

void FanoutPhase::run(const BenchOptions &o, ResultReport &report, const QString &workDir)
{
    report.section(QStringLiteral("WebSocket fan-out, %1 consoles, %2 events each").arg(o.wsClients).arg(o.triggers));
    const QList<QPair<QString, QStringList>> modes{
        {QStringLiteral("quiet"), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}},
        {QStringLiteral("busy"), {}}};
    QList<QStringList> rows;
    for (const auto &[mode, args] : modes) {
        BenchServer server(workDir, QStringLiteral("fanout-") + mode);
        if (!report.check(server.start(args), QStringLiteral("fanout: server start: ") + server.errorString()))
            return;
        pause(1000);
        const qint64 rssBefore = ProcessStats::rssKiB(server.pid());
        SubscriberFleet fleet(o.threads, o.handshakes);
        double openSeconds = 0.0;
        ResultReport::progress(QStringLiteral("fanout %1: opening %2 subscribers").arg(mode).arg(o.wsClients));
        const bool opened = openSubscribers(server, fleet, o.wsClients, &openSeconds);
        report.check(opened, QStringLiteral("fanout %1: %2 of %3 subscribed, %4 failed: %5")
                                 .arg(mode).arg(fleet.subscribed()).arg(o.wsClients).arg(fleet.failed()).arg(fleet.firstError()));
        pause(2000); // the joins' log lines and buffers settle
        const qint64 rssAfter = ProcessStats::rssKiB(server.pid());
        const double kibPerConnection = double(rssAfter - rssBefore) / std::max(1, fleet.subscribed());
        const double gauge = server.scrapeMetrics().value(QStringLiteral("et_websocket_clients"), -1);
        ResultReport::progress(QStringLiteral("fanout %1: %2 subscribed in %3 s; %4 events").arg(mode).arg(fleet.subscribed())
                                   .arg(openSeconds, 0, 'f', 1).arg(o.triggers));
        const Step step = measure(server, fleet, o.triggers, o.triggerGapMs);
        const FanoutResult &f = step.fanout;
        rows.append(QStringList{mode, QString::number(f.clients), ResultReport::num(f.fromSend.percentile(50), 2),
                                ResultReport::num(f.fromSend.percentile(95), 2), ResultReport::num(f.fromSend.percentile(99), 2),
                                ResultReport::num(f.fromSend.max(), 2), ResultReport::num(f.firstReceipt.percentile(50), 2),
                                ResultReport::num(f.spread.percentile(50), 2), QStringLiteral("%1/%2").arg(f.received).arg(f.expected),
                                ResultReport::num(step.messagesPerSecond, 0), ResultReport::num(step.serverUsPerMessage, 1)}
                    + step.cpu.cells() + QStringList{ResultReport::num(kibPerConnection, 1)});
        QJsonObject json = f.toJson();
        json.insert(QStringLiteral("mode"), mode);
        json.insert(QStringLiteral("server_args"), args.join(u' '));
        json.insert(QStringLiteral("open_seconds"), openSeconds);
        json.insert(QStringLiteral("messages_per_second"), step.messagesPerSecond);
        json.insert(QStringLiteral("server_us_per_message"), step.serverUsPerMessage);
        step.cpu.addTo(json);
        json.insert(QStringLiteral("bench_threads"), o.threads);
        json.insert(QStringLiteral("server_rss_before_kib"), rssBefore);
        json.insert(QStringLiteral("server_rss_after_kib"), rssAfter);
        json.insert(QStringLiteral("kib_per_connection"), kibPerConnection);
        json.insert(QStringLiteral("server_gauge_clients"), gauge);
        report.figure(QStringLiteral("fanout"), json);

        report.check(f.error.isEmpty(), QStringLiteral("fanout %1: %2").arg(mode, f.error));
        report.check(f.received == f.expected && f.completeClients == f.clients && f.duplicates == 0,
                     QStringLiteral("fanout %1: %2 of %3 events received, %4 of %5 clients complete, %6 duplicates")
                         .arg(mode).arg(f.received).arg(f.expected).arg(f.completeClients).arg(f.clients).arg(f.duplicates));
        report.check(int(gauge) == fleet.subscribed(),
                     QStringLiteral("fanout %1: server counts %2 WebSocket clients, bench %3").arg(mode).arg(gauge).arg(fleet.subscribed()));
        fleet.closeAll();
        server.stop();
    }
    report.table(QStringList{QStringLiteral("simulation"), QStringLiteral("clients"), QStringLiteral("p50 ms"), QStringLiteral("p95 ms"),
                  QStringLiteral("p99 ms"), QStringLiteral("max ms"), QStringLiteral("1st p50"),
                  QStringLiteral("spread p50"), QStringLiteral("received/expected"),
                  QStringLiteral("msgs/s"), QStringLiteral("srv µs/msg")} + CpuWindow::headers() + QStringList{QStringLiteral("KiB/conn")},
                 rows);
    report.note(QStringLiteral("latency = POST written → disaster.created read by each client; quiet = --tick-ms 60000, busy = defaults (tick 1 s); %1 receiving threads; server and bench share the machine's cores; 1st = POST → first client, spread = first → last client of one event; wait = seconds per second spent runnable without a core")
                    .arg(o.threads));
}

} // namespace et::bench
