// SPDX-License-Identifier: MIT
// Load figures of the offline-first sync work, measured against the real energytruck-server as
// a child process on loopback (one server per phase, fresh database):
//   idle   requests per idle console per minute: real SyncEngines vs naive 1/s pollers, same run
//   fanout 1,000 WebSocket consoles, POST → disaster.created latency, quiet and busy simulation
//   rest   open-loop REST latency at 2,000 requests/s over the console's GET endpoints
//   wrk    wrk's closed-loop ceiling on the same mix (when wrk is installed)
//   ramp   1,000 → 16,000 consoles: memory, CPU, fan-out latency, and what gives first
// Results: tables on stdout and one JSON line per figure. See bench/load/README.md.
#include "benchoptions.h"
#include "benchserver.h"
#include "fanoutphase.h"
#include "idlephase.h"
#include "processstats.h"
#include "rampphase.h"
#include "restphase.h"
#include "resultreport.h"
#include "wrkphase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace et::bench;

namespace {
/// Ends the run after `seconds` whatever it is doing; the kernel then kills the server children
/// (PR_SET_PDEATHSIG), so a stuck phase never leaves the machine loaded.
void startWatchdog(double seconds)
{
    std::thread([seconds] {
        std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
        std::fprintf(stderr, "bench_load: watchdog: the run took longer than %.0f s; stopping\n", seconds);
        std::fflush(stdout);
        std::_Exit(3);
    }).detach();
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Fifty engines announcing every batch they store would bury the results; warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.debug=false\net.*.info=false"));
    QString message;
    bool help = false;
    const auto parsed = BenchOptions::parse(app.arguments(), &message, &help);
    if (!parsed) {
        std::fputs(qPrintable(message), help ? stdout : stderr);
        return help ? 0 : 2;
    }
    const BenchOptions o = *parsed;
    const double limitSeconds = o.maxMinutes > 0 ? o.maxMinutes * 60.0 : o.plannedSeconds();
    startWatchdog(limitSeconds);
    const qint64 fileLimit = ProcessStats::raiseOpenFileLimit();

    QTemporaryDir temp;
    const QString workDir = o.workDir.isEmpty() ? temp.path() : QDir(o.workDir).absolutePath();
    QDir().mkpath(workDir);
    if (!QFile::exists(BenchServer::binaryPath())) {
        std::fprintf(stderr, "bench_load: no server at %s (build energytruck-server or set ET_SERVER_BIN)\n",
                     qPrintable(BenchServer::binaryPath()));
        return 2;
    }

    ResultReport report(o.jsonPath);
    report.section(QStringLiteral("bench_load %1").arg(o.smoke ? QStringLiteral("(smoke)") : QString()));
    report.note(QStringLiteral("%1 cores, load average %2, bench open-file limit %3, phases %4, work dir %5")
                    .arg(QThread::idealThreadCount()).arg(loadAverage()).arg(fileLimit)
                    .arg(o.phases.join(u','), workDir));
    report.figure(QStringLiteral("run"), {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                          {QStringLiteral("host"), QSysInfo::machineHostName()},
                                          {QStringLiteral("cores"), QThread::idealThreadCount()},
                                          {QStringLiteral("load_average"), loadAverage()},
                                          {QStringLiteral("bench_fd_limit"), fileLimit},
                                          {QStringLiteral("phases"), o.phases.join(u',')},
                                          {QStringLiteral("smoke"), o.smoke},
                                          {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    if (o.has(QStringLiteral("idle")))
        IdlePhase::run(o, report, workDir);
    if (o.has(QStringLiteral("fanout")))
        FanoutPhase::run(o, report, workDir);
    if (o.has(QStringLiteral("rest")))
        RestPhase::run(o, report, workDir);
    if (o.has(QStringLiteral("wrk")))
        WrkPhase::run(o, report, workDir);
    if (o.has(QStringLiteral("ramp")))
        RampPhase::run(o, report, workDir);

    if (report.failedChecks() > 0)
        std::fprintf(stderr, "bench_load: %d check(s) failed\n", report.failedChecks());
    return o.check && report.failedChecks() > 0 ? 1 : 0;
}
