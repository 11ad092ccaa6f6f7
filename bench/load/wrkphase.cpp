// SPDX-License-Identifier: MIT
#include "wrkphase.h"

#include "benchoptions.h"
#include "benchserver.h"
#include "eventwait.h"
#include "cpuwindow.h"
#include "restphase.h"
#include "resultreport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace et::bench {

namespace {
/// wrk prints "1.23ms", "456.00us", "1.02s".
double toMs(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    if (unit == u"us")
        return v / 1000.0;
    if (unit == u"s")
        return v * 1000.0;
    if (unit == u"m")
        return v * 60000.0;
    return v;
}
} // namespace

void WrkPhase::run(const BenchOptions &o, ResultReport &report, const QString &workDir)
{
    report.section(QStringLiteral("wrk cross-check (closed loop, %1 connections, %2 s)").arg(o.wrkConnections).arg(o.wrkSeconds));
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        report.note(QStringLiteral("wrk is not installed; skipped (bench/load/run.sh installs it)"));
        return;
    }
    BenchServer server(workDir, QStringLiteral("wrk"));
    if (!report.check(server.start({QStringLiteral("--rate-limit"), QStringLiteral("0")}), QStringLiteral("wrk: server start: ") + server.errorString()))
        return;
    // The same mix as the open-loop run, one target per request in turn.
    pause(2000);
    QByteArray lua = "local paths = {";
    for (const QByteArray &t : RestPhase::targets(RestPhase::recentSince(server)))
        lua += "\"" + t + "\",";
    lua += "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n";
    const QString script = workDir + QStringLiteral("/mix.lua");
    QFile f(script);
    if (!report.check(f.open(QIODevice::WriteOnly) && f.write(lua) == lua.size(), QStringLiteral("wrk: cannot write ") + script))
        return;
    f.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Every request signed in, as in the open-loop run: wrk.format() adds the -H headers.
    const auto withHeader = [&](const QString &token) {
        return QStringList{QStringLiteral("-t2"), QStringLiteral("-c%1").arg(o.wrkConnections),
                           QStringLiteral("-d%1s").arg(o.wrkSeconds), QStringLiteral("--latency"),
                           QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token,
                           QStringLiteral("-s"), script, server.url().toString()};
    };
    const QStringList args = withHeader(QString::fromLatin1(server.accessToken()));
    const QStringList shownArgs = withHeader(QStringLiteral("…")); // the report never carries the token
    CpuWindow cpu(server.pid());
    process.start(wrk, args);
    const bool finished = process.waitForFinished(int(o.wrkSeconds * 1000) + 30000);
    cpu.stop();
    const QString out = QString::fromUtf8(process.readAll());
    if (!finished)
        process.kill();
    server.stop();
    if (!report.check(finished && process.exitCode() == 0, QStringLiteral("wrk failed: ") + out.right(500)))
        return;

    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([\\d.]+)")).match(out);
    const auto non2xx = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)")).match(out);
    const auto socketErrors = QRegularExpression(QStringLiteral("Socket errors:([^\\n]*)")).match(out);
    QJsonObject json{{QStringLiteral("connections"), o.wrkConnections},
                     {QStringLiteral("seconds"), o.wrkSeconds},
                     {QStringLiteral("requests_per_second"), rps.captured(1).toDouble()},
                     {QStringLiteral("non_2xx"), non2xx.hasMatch() ? non2xx.captured(1).toInt() : 0},
                     {QStringLiteral("socket_errors"), socketErrors.captured(1).trimmed()}};
    cpu.addTo(json);
    json.insert(QStringLiteral("server_us_per_request"), RestPhase::usPerRequest(cpu, rps.captured(1).toDouble()));
    QStringList row{rps.captured(1)};
    for (const char *p : {"50", "90", "99"}) {
        const auto m = QRegularExpression(QStringLiteral("\\s%1%\\s+([\\d.]+)(us|ms|s|m)\\b").arg(QLatin1String(p))).match(out);
        const double ms = toMs(m.captured(1), m.captured(2));
        json.insert(QStringLiteral("p%1_ms").arg(QLatin1String(p)), ms);
        row.append(ResultReport::num(ms, 2));
    }
    row << QString::number(json.value(QStringLiteral("non_2xx")).toInt()) << cpu.cells().mid(0, 2)
        << ResultReport::num(RestPhase::usPerRequest(cpu, rps.captured(1).toDouble()), 0);
    report.table({QStringLiteral("req/s"), QStringLiteral("p50 ms"), QStringLiteral("p90 ms"), QStringLiteral("p99 ms"),
                  QStringLiteral("non-2xx"), QStringLiteral("srv cores"), QStringLiteral("srv wait"), QStringLiteral("srv µs/req")},
                 {row});
    report.note(QStringLiteral("wrk %1 (2 threads on the same 2 cores as the server; --rate-limit 0)").arg(shownArgs.join(u' ')));
    report.figure(QStringLiteral("wrk"), json);
}

} // namespace et::bench
