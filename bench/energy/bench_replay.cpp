// SPDX-License-Identifier: MIT
// What a replayed minute (`--history-source kpx`) costs beside a simulated one, in the same run:
//  1. the island's step alone: IslandModel::dispatch (sky, PV chain per solar site, wind farms'
//     curves, the merit order) against KpxIslandSeries::at + KpxReplayDispatch::dispatch, for
//     every minute of 2025-04-13 KST over the bundled assets;
//  2. the whole simulated minute as the server runs it: Simulation::advance(60) over a fresh
//     SQLite file with the energy history attached (trucks' per-second steps, the tick's commit,
//     the forecast at most once a real second), the model's island against the replay.
// Both are timed in this thread's CPU time (less sensitive than wall time to other processes on
// a shared machine), rounds alternating so both sides see the same load; medians and the ratio.
// Run: bench_replay [KPX folder] [minutes for part 2]   (defaults: shared/data/energy, 720)
#include "benchseed.h"
#include "sim/kpxseriesfolder.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/energyhistorystore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace et::backend;
using et::domain::energy::KpxIslandSeries;
using et::domain::energy::KpxReplayDispatch;

namespace {
const QDateTime kStart = QDateTime(QDate(2025, 4, 13), QTime(0, 0), QTimeZone(9 * 3600)).toUTC();

double threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

/// Part 1: CPU µs per minute of one pass over a day's minutes.
double islandPass(const std::function<double(const QDateTime &)> &step)
{
    double sink = 0.0;
    const double start = threadCpuUs();
    for (int m = 0; m < 1440; ++m)
        sink += step(kStart.addSecs(60 * m));
    const double us = (threadCpuUs() - start) / 1440.0;
    if (sink == -1.0) // keeps the steps from being optimised away
        std::puts("");
    return us;
}

/// Part 2: CPU µs of each simulated minute (one tick each) over a fresh file.
std::optional<QList<double>> simulate(const QString &path, const SeedData &seed, std::shared_ptr<const KpxIslandSeries> replay, int minutes)
{
    Store store;
    if (!store.open(path).ok())
        return std::nullopt;
    EnergyHistoryStore history(store);
    if (!history.open().ok())
        return std::nullopt;
    if (!et::bench::writeSeed(store, seed, kStart))
        return std::nullopt;
    Simulation sim(store, seed, 1);
    sim.setReplay(std::move(replay));
    QObject::connect(&sim, &Simulation::minuteComputed, &history, &EnergyHistoryStore::record);
    if (!sim.initialize(kStart).ok())
        return std::nullopt;
    QList<double> us;
    for (int m = 0; m < minutes; ++m) {
        const double start = threadCpuUs();
        if (!sim.advance(60).ok())
            return std::nullopt;
        us << threadCpuUs() - start;
    }
    return us;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.info=false"));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ET_SHARED_DATA_DIR "/energy");
    const int minutes = argc > 2 ? std::max(60, QString::fromLocal8Bit(argv[2]).toInt()) : 720;
    auto seed = SeedData::loadBundled(kStart);
    auto series = KpxSeriesFolder::load(dir);
    if (!seed.ok() || !series.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(seed.ok() ? series.error().toString() : seed.error().toString()));
        return 1;
    }
    const auto replay = std::make_shared<const KpxIslandSeries>(series.value());

    const et::domain::energy::IslandModel model(seed.value().islandModelSpec(), et::domain::energy::DemandShape::jeju(seed.value().holidays), 1);
    const KpxReplayDispatch dispatch(model.spec(), seed.value().assets);
    QList<double> modelUs, replayUs;
    for (int round = 0; round < 7; ++round) {
        modelUs << islandPass([&](const QDateTime &t) { return model.dispatch(t, 1.0, 0.0, 0.0, {}).balance.demandMw; });
        replayUs << islandPass([&](const QDateTime &t) { return dispatch.dispatch(t, replay->at(t), 0.0, 0.0, {}).balance.demandMw; });
    }
    std::printf("island step, the %d minutes of 2025-04-13 x 7 rounds (CPU): model %.1f us a minute, replay %.1f us; "
                "the replay costs %.3f of the model\n",
                1440, median(modelUs), median(replayUs), median(replayUs) / median(modelUs));

    QTemporaryDir files;
    QList<double> simulated, replayed;
    int file = 0;
    for (int round = 0; round < 3; ++round) {
        for (const bool isReplay : {false, true}) {
            const auto run = simulate(files.filePath(QStringLiteral("bench-%1.sqlite").arg(++file)), seed.value(),
                                      isReplay ? replay : nullptr, minutes);
            if (!run) {
                std::fprintf(stderr, "the simulation failed\n");
                return 1;
            }
            (isReplay ? replayed : simulated) += *run;
        }
    }
    std::printf("whole simulated minute (Simulation::advance(60) with history, SQLite), %d minutes x 3 runs (CPU): "
                "model %.0f us median, replay %.0f us; the replay costs %.3f of the model\n",
                minutes, median(simulated), median(replayed), median(replayed) / median(simulated));
    return 0;
}
