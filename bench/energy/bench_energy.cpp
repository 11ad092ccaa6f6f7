// SPDX-License-Identifier: MIT
// Speed of the energy models a forecast calls about 100,000 times: all of Jeju's wind farms from
// one 10 m wind speed, the demand shape at an instant, the consumed carbon intensity of a mix
// and the CO₂ avoided by a kWh. Inputs come from a fixed seed; the bundled data is read from the
// source tree. Prints median and p95 per call over repeated batches.
//
//   bench_energy [--calls N] [--runs R]
#include "benchresources.h"
#include "domain/energy/carbonintensity.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/windfarmcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <vector>

using namespace et::domain::energy;

namespace {
using et::bench::resourceBytes;

/// Times `runs` batches of `batch` calls of `work` and prints the per-call median and p95 in ns.
/// `sink` keeps the compiler from dropping the work.
void measure(QTextStream &out, const char *name, int runs, int batch, const std::function<double(int)> &work)
{
    std::vector<double> ns;
    double sink = 0.0;
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        for (int b = 0; b < batch; ++b)
            sink += work(b);
        ns.push_back(double(timer.nsecsElapsed()) / batch);
    }
    std::sort(ns.begin(), ns.end());
    const double median = ns[ns.size() / 2];
    const double p95 = ns[std::min(ns.size() - 1, std::size_t(double(ns.size()) * 0.95))];
    out << qSetFieldWidth(40) << Qt::left << name << qSetFieldWidth(0) << " median " << median << " ns   p95 " << p95
        << " ns   " << batch << " calls: " << median * batch / 1e6 << " ms   (sink " << (sink != 0.0) << ")\n";
    out.flush();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int calls = 100000, runs = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--calls"))
            calls = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }

    auto library = WindTurbineLibrary::parse(resourceBytes(QStringLiteral("wind-power-curves/power_curves.csv")),
                                             resourceBytes(QStringLiteral("wind-power-curves/turbine_data.csv")));
    auto farms = library ? WindFarmCatalog::read(resourceBytes(QStringLiteral("jeju-wind-farms.json")), library.value())
                         : et::domain::Result<QList<WindFarm>>(library.error());
    if (!farms)
        qFatal("%s", qPrintable(farms.error().toString()));
    KoreanHolidays holidays;
    for (const QString &file : QDir(QStringLiteral(ET_SOURCE_DIR "/resources/data/holidays")).entryList({QStringLiteral("*.json")}))
        holidays.add(KoreanHolidays::parseHyunbinseoJson(resourceBytes(QStringLiteral("holidays/") + file)).value());
    const DemandShape shape = DemandShape::jeju(holidays);

    QRandomGenerator rng(20250101);
    std::vector<double> winds(static_cast<std::size_t>(calls));
    std::vector<QDateTime> instants(static_cast<std::size_t>(calls));
    std::vector<GenerationMix> mixes(static_cast<std::size_t>(calls));
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone(9 * 3600));
    for (int i = 0; i < calls; ++i) {
        winds[std::size_t(i)] = rng.generateDouble() * 20.0;
        instants[std::size_t(i)] = start.addSecs(qint64(rng.bounded(365 * 86400)));
        GenerationMix &m = mixes[std::size_t(i)];
        m[Fuel::Lng] = rng.bounded(400.0);
        m[Fuel::BioHeavyOil] = rng.bounded(200.0);
        m[Fuel::SolarPv] = rng.bounded(500.0);
        m[Fuel::WindOnshore] = rng.bounded(300.0);
        m.imports = rng.bounded(600.0);
    }

    QTextStream out(stdout);
    out << "bench_energy: " << farms.value().size() << " wind farms, " << calls << " inputs, " << runs << " runs\n";
    const QList<WindFarm> &all = farms.value();
    measure(out, "all wind farms from a 10 m wind", runs, calls, [&](int i) {
        double mw = 0.0;
        for (const WindFarm &f : all)
            mw += f.outputMwFromReference(winds[std::size_t(i)], 10.0);
        return mw;
    });
    measure(out, "one turbine curve", runs, calls, [&](int i) { return all.front().turbine.powerW(winds[std::size_t(i)]); });
    measure(out, "demand shape at an instant", runs, calls, [&](int i) { return shape.mwAt(instants[std::size_t(i)]); });
    measure(out, "consumed carbon intensity", runs, calls,
            [&](int i) { return CarbonIntensity::consumedGPerKWh(mixes[std::size_t(i)]).value(); });
    measure(out, "CO2 avoided by a kWh", runs, calls,
            [&](int i) { return CarbonIntensity::avoidedKg(1000.0, Fuel::WindOnshore, mixes[std::size_t(i)]).value(); });
    return 0;
}
