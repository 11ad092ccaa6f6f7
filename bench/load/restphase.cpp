// SPDX-License-Identifier: MIT
#include "restphase.h"

#include "benchoptions.h"
#include "benchserver.h"
#include "cpuwindow.h"
#include "eventwait.h"
#include "httpconnection.h"
#include "openloopload.h"
#include "processstats.h"
#include "resultreport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace et::bench {

namespace {
/// Requests per second one source address may send; the server's default limit is 100.
constexpr double kPerAddressRate = 50.0;
} // namespace

QByteArrayList RestPhase::targets(qint64 since)
{
    return {"/api/v1/health",
            "/api/v1/assets",
            "/api/v1/trucks",
            "/api/v1/energy/balance",
            "/api/v1/sync/changes?since=" + QByteArray::number(since),
            "/api/v1/centers?lat=33.4996&lon=126.5312&radius_km=3"};
}

double RestPhase::usPerRequest(const CpuWindow &cpu, double requestsPerSecond)
{
    return requestsPerSecond > 0 ? cpu.serverCores() / requestsPerSecond * 1e6 : 0.0;
}

qint64 RestPhase::recentSince(const BenchServer &server)
{
    return std::max<qint64>(0, server.cursor() - 50);
}

void RestPhase::run(const BenchOptions &o, ResultReport &report, const QString &workDir)
{
    report.section(QStringLiteral("REST, open loop, %1 s per rate").arg(o.restSeconds));
    BenchServer server(workDir, QStringLiteral("rest"));
    if (!report.check(server.start({}), QStringLiteral("rest: server start: ") + server.errorString()))
        return;
    pause(2000); // a couple of ticks, so a recent delta has something in it
    const qint64 since = recentSince(server);

    QList<QStringList> rows;
    struct Breakdown
    {
        double rate;
        OpenLoopResult result;
        QHash<QString, LatencyStats> serverSide;
    };
    QList<Breakdown> breakdowns;
    for (double rate : o.restRates) {
        OpenLoopLoad::Settings s;
        s.port = server.port();
        s.rate = rate;
        s.seconds = o.restSeconds;
        s.connections = std::clamp(int(std::ceil(rate / kPerAddressRate)), o.restConnections, 240);
        s.targets = targets(since);
        s.accessToken = server.accessToken();
        ResultReport::progress(QStringLiteral("rest: %1 req/s over %2 connections for %3 s").arg(rate).arg(s.connections).arg(o.restSeconds));
        const QString mark = QStringLiteral("/api/v1/bench-mark/rest-%1").arg(rate);
        HttpConnection::fetch(server.port(), (mark + QStringLiteral("-start")).toLatin1());
        CpuWindow cpu(server.pid());
        const OpenLoopResult r = OpenLoopLoad(s).run();
        cpu.stop();
        HttpConnection::fetch(server.port(), (mark + QStringLiteral("-end")).toLatin1());
        breakdowns.append({rate, r, server.loggedRequests(mark + QStringLiteral("-start"), mark + QStringLiteral("-end"))});
        rows.append(QStringList{ResultReport::num(rate, 0), ResultReport::num(r.achievedRate, 1),
                                ResultReport::num(r.latency.percentile(50), 2), ResultReport::num(r.latency.percentile(95), 2),
                                ResultReport::num(r.latency.percentile(99), 2), ResultReport::num(r.latency.max(), 2),
                                QString::number(r.ok), QString::number(r.httpErrors + r.failed + r.unanswered)}
                    + cpu.cells() + QStringList{ResultReport::num(usPerRequest(cpu, r.achievedRate), 0)});
        QJsonObject json = r.toJson();
        cpu.addTo(json);
        json.insert(QStringLiteral("server_us_per_request"), usPerRequest(cpu, r.achievedRate));
        json.insert(QStringLiteral("since"), since);
        report.figure(QStringLiteral("rest"), json);
        report.check(r.ok == r.scheduled, QStringLiteral("rest %1/s: %2 of %3 answered OK (first error: %4)")
                                              .arg(rate).arg(r.ok).arg(r.scheduled).arg(r.firstError));
        report.check(r.achievedRate >= 0.95 * rate, QStringLiteral("rest %1/s: achieved only %2/s").arg(rate).arg(r.achievedRate));
        if (rate != o.restRates.last())
            pause(2000); // let the previous rate's stragglers and log writes drain
    }
    server.stop();
    report.table(QStringList{QStringLiteral("target/s"), QStringLiteral("achieved/s"), QStringLiteral("p50 ms"), QStringLiteral("p95 ms"),
                  QStringLiteral("p99 ms"), QStringLiteral("max ms"), QStringLiteral("ok"), QStringLiteral("errors")}
                     + CpuWindow::headers() + QStringList{QStringLiteral("srv µs/req")},
                 rows);
    report.note(QStringLiteral("latency from each request's scheduled time; default server options (rate limit on); wait = seconds per second runnable without a core; srv µs/req = server CPU per answered request"));
    // Per endpoint: what the client saw, and the handling time the server logged for it (routing
    // to the framed answer; not the HTTP parsing or the socket writes around it).
    const QByteArrayList mix = targets(since);
    for (const Breakdown &b : std::as_const(breakdowns)) {
        QList<QStringList> perTarget;
        QJsonArray json;
        for (qsizetype i = 0; i < mix.size(); ++i) {
            const LatencyStats &client = b.result.byTarget.value(i);
            const LatencyStats server = b.serverSide.value(QString::fromLatin1(mix[i].split('?').first()));
            const double bytes = client.count() ? double(b.result.bodyBytesByTarget.value(i)) / double(client.count()) : 0.0;
            perTarget.append({QString::fromLatin1(mix[i]), ResultReport::num(client.percentile(50), 2),
                              ResultReport::num(client.percentile(95), 2), ResultReport::num(server.mean(), 3),
                              ResultReport::num(server.percentile(95), 3), ResultReport::num(bytes, 0)});
            json.append(QJsonObject{{QStringLiteral("target"), QString::fromLatin1(mix[i])},
                                    {QStringLiteral("client"), client.toJson()},
                                    {QStringLiteral("server_handling"), server.toJson()},
                                    {QStringLiteral("server_handling_mean_ms"), server.mean()},
                                    {QStringLiteral("body_bytes"), bytes}});
        }
        report.note(QStringLiteral("at %1 requests/s, by endpoint:").arg(b.rate));
        report.table({QStringLiteral("target"), QStringLiteral("p50 ms"), QStringLiteral("p95 ms"),
                      QStringLiteral("server mean ms"), QStringLiteral("server p95 ms"), QStringLiteral("body bytes")},
                     perTarget);
        report.figure(QStringLiteral("rest_endpoints"), {{QStringLiteral("target_rate"), b.rate}, {QStringLiteral("endpoints"), json}});
    }
}

} // namespace et::bench
