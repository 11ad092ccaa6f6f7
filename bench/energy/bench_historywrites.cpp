// SPDX-License-Identifier: MIT
// The server's history write cost: the simulation runs the same simulated minutes (same seed and
// start) on two fresh SQLite files, one with EnergyHistoryStore attached and one without, in ticks
// of one simulated minute (the bundled server's 60× speed with 1 s ticks) and of one simulated
// hour (a fast server), alternating so both see the same machine load. The difference of the
// medians is what writing history adds to a tick; divided by the minutes a tick holds, per minute.
// Run: bench_historywrites [minutes]   (default 1440: a simulated day per run)
#include "benchseed.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/energyhistorystore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace et::backend;

namespace {
const QDateTime kStart(QDate(2024, 4, 12), QTime(15, 0), Qt::UTC);

struct Run
{
    QList<double> tickMs;
    double bytesPerMinute = 0.0;
};

/// One simulation over a fresh file; ticks of `tickMinutes`, `minutes` in all.
std::optional<Run> simulate(const QString &path, const SeedData &seed, bool withHistory, int tickMinutes, int minutes)
{
    Store store;
    if (!store.open(path).ok())
        return std::nullopt;
    std::unique_ptr<EnergyHistoryStore> history;
    if (withHistory) {
        history = std::make_unique<EnergyHistoryStore>(store);
        if (!history->open().ok())
            return std::nullopt;
    }
    if (!et::bench::writeSeed(store, seed, kStart))
        return std::nullopt;
    Simulation sim(store, seed, 1);
    if (history)
        QObject::connect(&sim, &Simulation::minuteComputed, history.get(), &EnergyHistoryStore::record);
    if (!sim.initialize(kStart).ok())
        return std::nullopt;
    Run run;
    for (int done = 0; done < minutes; done += tickMinutes) {
        QElapsedTimer t;
        t.start();
        if (!sim.advance(60 * tickMinutes).ok())
            return std::nullopt;
        run.tickMs << double(t.nsecsElapsed()) / 1e6;
    }
    QSqlQuery q(store.database());
    if (withHistory && q.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name = 'energy_history_minutes'")) && q.next())
        run.bytesPerMinute = q.value(0).toDouble() / (minutes + 1);
    return run;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[qsizetype(v.size() * 0.95)];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.info=false"));
    const int minutes = argc > 1 ? std::max(120, QString::fromLocal8Bit(argv[1]).toInt()) : 1440;
    auto seed = SeedData::loadBundled(kStart);
    if (!seed.ok()) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(seed.error().toString()));
        return 1;
    }
    QTemporaryDir dir;
    int file = 0;
    for (const int tickMinutes : {1, 60}) {
        QList<double> without, with;
        double bytes = 0.0;
        // Alternate, three of each: the machine's load falls on both alike.
        for (int round = 0; round < 3; ++round) {
            for (const bool withHistory : {false, true}) {
                const auto run = simulate(dir.filePath(QStringLiteral("bench-%1.sqlite").arg(++file)), seed.value(), withHistory, tickMinutes, minutes);
                if (!run) {
                    std::fprintf(stderr, "the simulation failed\n");
                    return 1;
                }
                (withHistory ? with : without) += run->tickMs;
                bytes = std::max(bytes, run->bytesPerMinute);
            }
        }
        const double cost = median(with) - median(without);
        std::printf("ticks of %2d simulated minute(s), %d minutes x 3 runs: tick median %.3f ms without history, %.3f ms with "
                    "(p95 %.3f / %.3f ms); history adds %.3f ms a tick = %.1f us per simulated minute\n",
                    tickMinutes, minutes, median(without), median(with), p95(without), p95(with), cost, cost * 1000.0 / tickMinutes);
        if (bytes > 0.0)
            std::printf("  minute rows take %.0f bytes each in the file: %.1f KiB per simulated day\n", bytes, bytes * 1440.0 / 1024.0);
    }
    return 0;
}
