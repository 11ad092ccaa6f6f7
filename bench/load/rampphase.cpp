// SPDX-License-Identifier: MIT
#include "rampphase.h"

#include "benchoptions.h"
#include "benchserver.h"
#include "eventwait.h"
#include "fanoutphase.h"
#include "processstats.h"
#include "resultreport.h"
#include "subscriberfleet.h"

namespace et::bench {

namespace {
/// Descriptors the bench keeps for itself besides its subscribers (files, pipes, event fds).
constexpr int kBenchSpareDescriptors = 64;
const QString kLaggingLine = QStringLiteral("is not reading; dropping its events");
} // namespace

void RampPhase::run(const BenchOptions &o, ResultReport &report, const QString &workDir)
{
    report.section(QStringLiteral("Ramp: WebSocket consoles on one server (normal simulation traffic)"));
    BenchServer server(workDir, QStringLiteral("ramp"));
    if (!report.check(server.start({}), QStringLiteral("ramp: server start: ") + server.errorString()))
        return;
    pause(1000);
    const qint64 benchLimit = ProcessStats::raiseOpenFileLimit();
    SubscriberFleet fleet(o.threads, o.handshakes);
    qint64 previousRss = ProcessStats::rssKiB(server.pid());
    int previousClients = 0;
    QString overLimit;   // the latency goal missed: reported, but the ramp goes on
    QString hardFailure; // something that gave: the ramp stops
    QList<QStringList> rows;
    for (int n : o.ramp) {
        if (n + kBenchSpareDescriptors > benchLimit) {
            hardFailure = QStringLiteral("bench: %1 subscribers would pass its own open-file limit %2").arg(n).arg(benchLimit);
            break;
        }
        ResultReport::progress(QStringLiteral("ramp: opening subscribers up to %1").arg(n));
        double openSeconds = 0.0;
        const bool opened = FanoutPhase::openSubscribers(server, fleet, n, &openSeconds);
        pause(2000);
        const qint64 rss = ProcessStats::rssKiB(server.pid());
        const int fds = ProcessStats::openFiles(server.pid());
        const double kibPerNew = double(rss - previousRss) / std::max(1, fleet.subscribed() - previousClients);
        FanoutPhase::Step step;
        if (opened && server.isRunning())
            step = FanoutPhase::measure(server, fleet, o.rampTriggers, 1000);
        const FanoutResult &f = step.fanout;
        const double connectRate = double(fleet.subscribed() - previousClients) / std::max(openSeconds, 1e-3);
        rows.append(QStringList{QString::number(n), QString::number(fleet.subscribed()), ResultReport::num(connectRate, 0),
                                ResultReport::num(double(rss) / 1024.0, 1), ResultReport::num(kibPerNew, 1), QString::number(fds)}
                    + step.cpu.cells()
                    + QStringList{ResultReport::num(step.messagesPerSecond, 0), ResultReport::num(step.serverUsPerMessage, 1),
                                  ResultReport::num(f.fromSend.percentile(50), 1), ResultReport::num(f.fromSend.percentile(95), 1),
                                  ResultReport::num(f.fromSend.percentile(99), 1), QStringLiteral("%1/%2").arg(f.received).arg(f.expected)});
        QJsonObject json = f.toJson();
        json.insert(QStringLiteral("target_clients"), n);
        json.insert(QStringLiteral("subscribed"), fleet.subscribed());
        json.insert(QStringLiteral("failed"), fleet.failed());
        json.insert(QStringLiteral("dropped"), fleet.dropped());
        json.insert(QStringLiteral("connects_per_second"), connectRate);
        json.insert(QStringLiteral("server_rss_kib"), rss);
        json.insert(QStringLiteral("kib_per_new_connection"), kibPerNew);
        json.insert(QStringLiteral("server_fds"), fds);
        step.cpu.addTo(json);
        json.insert(QStringLiteral("server_us_per_message"), step.serverUsPerMessage);
        json.insert(QStringLiteral("bench_rss_kib"), ProcessStats::rssKiB());
        json.insert(QStringLiteral("messages_per_second"), step.messagesPerSecond);
        report.figure(QStringLiteral("ramp_step"), json);

        const int laggards = server.logLinesContaining(kLaggingLine);
        if (!server.isRunning())
            hardFailure = QStringLiteral("at %1: the server exited (see %2)").arg(n).arg(server.logPath());
        else if (!opened)
            hardFailure = QStringLiteral("at %1: only %2 subscribed within %3 s, %4 failed%5 (a saturated server accepts slowly)")
                              .arg(n).arg(fleet.subscribed()).arg(openSeconds, 0, 'f', 0).arg(fleet.failed())
                              .arg(fleet.firstError().isEmpty() ? QString() : QStringLiteral(": ") + fleet.firstError());
        else if (fleet.dropped() > 0)
            hardFailure = QStringLiteral("at %1: %2 subscribers were dropped: %3").arg(n).arg(fleet.dropped()).arg(fleet.firstError());
        else if (laggards > 0)
            hardFailure = QStringLiteral("at %1: the server fell behind; %2 times a client's unsent backlog passed the limit and its events were dropped (resync)")
                              .arg(n).arg(laggards);
        else if (f.received < f.expected)
            hardFailure = QStringLiteral("at %1: %2 of %3 events did not arrive within 10 s").arg(n).arg(f.expected - f.received).arg(f.expected);
        const double p95 = f.fromSend.percentile(95);
        if (overLimit.isEmpty() && p95 > o.fanoutLimitMs)
            overLimit = QStringLiteral("at %1: fan-out p95 %2 ms is over %3 ms").arg(n).arg(p95, 0, 'f', 1).arg(o.fanoutLimitMs);
        if (hardFailure.isEmpty() && p95 > o.rampStopMs)
            hardFailure = QStringLiteral("at %1: saturated, fan-out p95 %2 ms (more consoles would only queue longer)").arg(n).arg(p95, 0, 'f', 0);
        if (!hardFailure.isEmpty())
            break;
        previousRss = rss;
        previousClients = fleet.subscribed();
    }
    fleet.closeAll();
    server.stop();
    report.table(QStringList{QStringLiteral("clients"), QStringLiteral("subscribed"), QStringLiteral("conn/s"), QStringLiteral("RSS MiB"),
                  QStringLiteral("KiB/new conn"), QStringLiteral("fds")} + CpuWindow::headers()
                     + QStringList{QStringLiteral("msgs/s"), QStringLiteral("srv µs/msg"), QStringLiteral("p50 ms"),
                                   QStringLiteral("p95 ms"), QStringLiteral("p99 ms"), QStringLiteral("events")},
                 rows);
    if (overLimit.isEmpty())
        overLimit = QStringLiteral("never");
    if (hardFailure.isEmpty())
        hardFailure = QStringLiteral("nothing up to %1 clients").arg(rows.isEmpty() ? 0 : rows.last().value(0).toInt());
    report.note(QStringLiteral("fan-out p95 over %1 ms first: %2").arg(o.fanoutLimitMs).arg(overLimit));
    report.note(QStringLiteral("what gave first: ") + hardFailure);
    report.figure(QStringLiteral("ramp"), {{QStringLiteral("over_latency_limit"), overLimit},
                                           {QStringLiteral("first_failure"), hardFailure},
                                           {QStringLiteral("bench_fd_limit"), benchLimit},
                                           {QStringLiteral("fanout_limit_ms"), o.fanoutLimitMs},
                                           {QStringLiteral("stop_ms"), o.rampStopMs}});
}

} // namespace et::bench
