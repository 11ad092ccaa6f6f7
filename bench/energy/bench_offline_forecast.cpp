// SPDX-License-Identifier: MIT
// What the console's offline forecast costs on one core: OfflineForecast::recompute for Jeju as
// the bundled server has it (SeedData: 12 wind farms, 14 solar sites, 3 thermal units, 3 HVDC
// links), from the inputs a served forecast carries (through their JSON, as the cache keeps them)
// and the seed's assets as the cache holds them: the island model rebuilt, 96 quarter-hours and
// 168 hours of three weather scenarios each, rounded as the server rounds. Each run is issued a
// quarter-hour after the last from the same outlook, as a console offline recomputes; the later
// ones reach past the outlook's end (the climate). This is the work OfflineForecaster does on its
// own thread. Prints the median and p95 per recompute (wall clock and thread CPU) and the size of
// the inputs' JSON.
//
//   bench_offline_forecast [--runs R]
#include "benchtiming.h"
#include "sim/seeddata.h"

#include "domain/energy/forecastinputsjson.h"
#include "domain/energy/offlineforecast.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

using namespace et::domain::energy;
using et::bench::medianAndP95;
using et::bench::threadCpuMs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    const int runs = std::max(1, at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 41);

    // Spring, 09:00 KST: the season Jeju curtails in.
    const QDateTime issued(QDate(2025, 4, 12), QTime(0, 0), Qt::UTC);
    auto seed = et::backend::SeedData::loadBundled(issued);
    if (!seed)
        qFatal("seed data: %s", qPrintable(seed.error().toString()));
    const IslandModel server(seed.value().islandModelSpec(), DemandShape::jeju(seed.value().holidays), 7);
    auto described = ForecastInputs::describe(server.spec(), server.demand(), HourlyOutlook::issue(server.weather(), issued));
    if (!described)
        qFatal("inputs: %s", qPrintable(described.error().toString()));
    const QByteArray json = QJsonDocument(ForecastInputsJson::toJson(described.value())).toJson(QJsonDocument::Compact);
    QElapsedTimer decodeTimer;
    decodeTimer.start();
    auto inputs = ForecastInputsJson::fromJson(QJsonDocument::fromJson(json).object());
    const double decodeMs = double(decodeTimer.nsecsElapsed()) / 1e6;
    if (!inputs)
        qFatal("decode: %s", qPrintable(inputs.error().toString()));
    const QList<et::domain::Asset> assets = seed.value().assets;

    QTextStream out(stdout);
    out << "bench_offline_forecast: Jeju's " << described.value().wind.size() << " wind farms + " << described.value().solar.size()
        << " solar sites, 96 quarter-hours + 168 hours, " << runs << " issue times a quarter-hour apart, one thread\n"
        << "inputs JSON: " << QString::number(json.size() / 1024.0, 'f', 1) << " KB, decoded in " << QString::number(decodeMs, 'f', 2)
        << " ms\n";
    out.flush();
    // One recompute before timing: the calibration's tables are built on first use.
    if (!OfflineForecast::recompute(inputs.value(), assets, issued))
        qFatal("the first recompute failed");
    std::vector<double> ms, cpu;
    QElapsedTimer timer;
    for (int r = 1; r <= runs; ++r) {
        const QDateTime t = issued.addSecs(qint64(r) * 900);
        const double cpu0 = threadCpuMs();
        timer.start();
        const auto f = OfflineForecast::recompute(inputs.value(), assets, t);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
        if (!f)
            qFatal("recompute at %s: %s", qPrintable(t.toString(Qt::ISODate)), qPrintable(f.error().toString()));
    }
    const auto [median, p95] = medianAndP95(ms);
    const auto [cpuMedian, cpuP95] = medianAndP95(cpu);
    out << "per recompute, wall clock: median " << QString::number(median, 'f', 1) << " ms, p95 " << QString::number(p95, 'f', 1)
        << " ms\n"
        << "per recompute, thread CPU: median " << QString::number(cpuMedian, 'f', 1) << " ms, p95 " << QString::number(cpuP95, 'f', 1)
        << " ms\n";
    return 0;
}
