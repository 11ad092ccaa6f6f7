// SPDX-License-Identifier: MIT
// bench_start: how long the real console takes from process start to
//   - its first frame,
//   - its first frame with the view's data from the offline cache (the goal: under 1 s on 2 cores),
//   - its first frame with live data from its bundled backend.
// One warm-up run fills a cache in a temporary data folder (and makes the bundled account); then
// each of N runs starts the console on that cache with `--state-log -` and times, from this side
// of the pipe, when each first-frame line arrives. Run it under a display (bench/start/run.sh
// uses xvfb-run and a private unlocked keyring, as a desktop has). Prints a table and one JSON line.
#include "latencystats.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <map>

namespace {

const QStringList kEvents{QStringLiteral("first-frame"), QStringLiteral("first-data-frame"), QStringLiteral("first-live-frame")};

/// One run: the milliseconds from QProcess::start() to each event's line, -1 for those not seen.
std::map<QString, double> runOnce(const QString &console, const QStringList &args, int timeoutMs, QString *error)
{
    std::map<QString, double> seen;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(console, args + QStringList{QStringLiteral("--state-log"), QStringLiteral("-")});
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (seen.size() < std::size_t(kEvents.size()) && !deadline.hasExpired()) {
        if (!p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        buffer += p.readAllStandardOutput();
        const double now = double(clock.nsecsElapsed()) / 1e6;
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(buffer.left(newline)).object();
            buffer.remove(0, newline + 1);
            const QString event = line.value(QStringLiteral("event")).toString();
            if (kEvents.contains(event) && !seen.count(event))
                seen[event] = now;
        }
    }
    if (seen.size() < std::size_t(kEvents.size()) && error)
        *error = QStringLiteral("saw only %1 of the first-frame events within %2 ms").arg(seen.size()).arg(timeoutMs);
    // A clean quit (SIGTERM): the console stops its bundled server before the next run starts.
    p.terminate();
    if (!p.waitForFinished(10000))
        p.kill();
    p.waitForFinished(2000);
    return seen;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int runs = 10;
    QString console = QStringLiteral(ET_BIN_DIR "/energytruck-console");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--console" && i + 1 < args.size())
            console = args.at(++i);
        else {
            err << "usage: bench_start [--runs N] [--console PATH]\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    const QStringList consoleArgs{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("energy"),
                                  QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    QString error;
    // Warm-up: fills the cache and makes the bundled account; not counted.
    runOnce(console, consoleArgs, 60000, &error);
    if (!error.isEmpty()) {
        err << "bench_start: the warm-up run failed: " << error << "\n";
        return 1;
    }
    std::map<QString, et::bench::LatencyStats> stats;
    for (int i = 0; i < runs; ++i) {
        error.clear();
        const auto seen = runOnce(console, consoleArgs, 30000, &error);
        if (!error.isEmpty()) {
            err << "bench_start: run " << i + 1 << ": " << error << "\n";
            return 1;
        }
        for (const auto &[event, ms] : seen)
            stats[event].add(ms);
        err << "run " << i + 1 << ":";
        for (const QString &event : kEvents)
            err << " " << event << " " << QString::number(seen.at(event), 'f', 0) << " ms";
        err << "\n";
    }
    QJsonObject json{{QStringLiteral("bench"), QStringLiteral("start")}, {QStringLiteral("runs"), runs},
                     {QStringLiteral("platform"), qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))}};
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("from process start to"), -28).arg(QStringLiteral("median"), 8)
                                     .arg(QStringLiteral("p95"), 8).arg(QStringLiteral("max"), 8);
    for (const QString &event : kEvents) {
        const auto &s = stats.at(event);
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(event, -28)
                   .arg(QString::number(s.percentile(50), 'f', 0) + QStringLiteral(" ms"), 8)
                   .arg(QString::number(s.percentile(95), 'f', 0) + QStringLiteral(" ms"), 8)
                   .arg(QString::number(s.max(), 'f', 0) + QStringLiteral(" ms"), 8);
        json.insert(event, s.toJson());
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
