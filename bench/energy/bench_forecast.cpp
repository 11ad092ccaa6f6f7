// SPDX-License-Identifier: MIT
// What one island forecast costs on one core: EnergyForecast::compute for 1,000 assets — PV plants
// and wind farms built from the project's data by domain code (JejuAssetCatalog, WindFarmCatalog,
// ForecastAssets) — over 96 quarter-hours and 168 hours, three weather scenarios each, with the
// real sky (IslandSky: SPA + Ineichen–Perez + clouds), the calibrated weather process's outlook,
// Jeju's demand shape, the island balance and the carbon intensity. Prints the median and p95
// per forecast over several issue times.
//
//   bench_forecast [--assets N] [--runs R]
#include "benchresources.h"
#include "benchtiming.h"
#include "domain/energy/carbonintensity.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/forecastassets.h"
#include "domain/energy/jejucalibration.h"
#include "domain/energy/solarfleet.h"
#include "domain/energy/windfarmcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace et::domain::energy;

namespace {
using et::bench::medianAndP95;
using et::bench::resourceBytes;
using et::bench::threadCpuMs;

template<typename T>
T valueOr(et::domain::Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().toString()));
    return std::move(r).value();
}

/// Jeju's solar fleet split into `count` plants the way the island's 1,625 sites are spread: each
/// eup/myeon's capacity over plants of random size, scattered within ~3 km of its middle, tilted
/// 10–35°, facing 160–200°, with DC/AC ratios 1.0–1.2.
QList<SolarPlant> solarPlants(const QList<SolarPlant> &aggregates, int count, QRandomGenerator &rng)
{
    double total = 0.0;
    for (const SolarPlant &a : aggregates)
        total += a.site.kWp;
    QList<SolarPlant> out;
    for (qsizetype j = 0; j < aggregates.size(); ++j) {
        const SolarPlant &a = aggregates.at(j);
        const int n = j + 1 == aggregates.size() ? count - int(out.size()) : std::max(1, int(std::lround(count * a.site.kWp / total)));
        std::vector<double> weights(static_cast<size_t>(n), 0.0);
        double sum = 0.0;
        for (double &w : weights)
            sum += (w = 0.5 + rng.generateDouble());
        for (int i = 0; i < n; ++i) {
            SolarPlant p{QStringLiteral("%1-%2").arg(a.id).arg(i), a.site};
            p.site.latitudeDeg += (rng.generateDouble() - 0.5) * 0.06;
            p.site.longitudeDeg += (rng.generateDouble() - 0.5) * 0.06;
            p.site.kWp = a.site.kWp * weights[size_t(i)] / sum;
            p.site.inverterKw = p.site.kWp / (1.0 + 0.2 * rng.generateDouble());
            p.site.tiltDeg = 10.0 + 25.0 * rng.generateDouble();
            p.site.azimuthDeg = 160.0 + 40.0 * rng.generateDouble();
            out << p;
        }
    }
    return out;
}

/// `count` wind farms cut from the island's twelve: each takes a farm's turbine type, hub and
/// losses with about a quarter of its turbines.
QList<WindFarm> windFarms(const QList<WindFarm> &farms, int count)
{
    QList<WindFarm> out;
    for (int i = 0; i < count; ++i) {
        WindFarm f = farms.at(i % farms.size());
        f.assetId = QStringLiteral("%1-%2").arg(f.assetId).arg(i / farms.size());
        f.turbineCount = std::max(1, f.turbineCount / 4);
        out << f;
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int assetCount = std::max(2, option("--assets", 1000));
    const int runs = std::max(1, option("--runs", 21));
    const int windCount = std::max(1, assetCount / 20);

    const auto jeju = valueOr(JejuAssetCatalog::read(resourceBytes(QStringLiteral("jeju-assets.json")), JejuCalibration::pvPrototype()), "jeju-assets.json");
    const auto library = valueOr(WindTurbineLibrary::parse(resourceBytes(QStringLiteral("wind-power-curves/power_curves.csv")),
                                                           resourceBytes(QStringLiteral("wind-power-curves/turbine_data.csv"))),
                                 "wind-power-curves");
    const auto farms = valueOr(WindFarmCatalog::read(resourceBytes(QStringLiteral("jeju-wind-farms.json")), library), "jeju-wind-farms.json");
    KoreanHolidays holidays;
    for (const QString &file : QDir(QStringLiteral(ET_SOURCE_DIR "/resources/data/holidays")).entryList({QStringLiteral("hyunbinseo_*.json")}))
        holidays.add(valueOr(KoreanHolidays::parseHyunbinseoJson(resourceBytes(QStringLiteral("holidays/") + file)), "holidays"));

    QRandomGenerator rng(20260401);
    const QList<SolarPlant> plants = solarPlants(jeju.solar, assetCount - windCount, rng);
    const QList<WindFarm> winds = windFarms(farms, windCount);
    EnergyForecast::Inputs in;
    in.grid = jeju.gridOn(QDate(2026, 4, 1));
    for (qsizetype i = 0; i < in.grid.thermal.size(); ++i)
        in.grid.thermal[i].marginalCostKrwPerKwh = 140.0 + 20.0 * double(i);
    for (const SolarPlant &p : plants)
        in.assets << valueOr(ForecastAssets::solar(p), "solar plant");
    for (const WindFarm &f : winds)
        in.assets << ForecastAssets::wind(f);
    const WeatherProcess weather(7);
    const IslandSky sky(SolarFleet(plants).centre());
    const DemandShape demand = DemandShape::jeju(holidays);
    QDateTime issued;
    in.outlook = [&](const QDateTime &target) { return weather.forecast(issued, target); };
    in.sky = [&](const QDateTime &t, const Weather &w) { return sky.at(t, w); };
    in.demandMw = [&](const QDateTime &t, const Weather &) { return demand.mwAt(t); };
    in.carbonGPerKwh = [](const BalanceResult &r) {
        GenerationMix mix;
        mix[Fuel::Lng] = r.balance.thermalMw;
        mix[Fuel::WindOnshore] = r.balance.windMw;
        mix[Fuel::SolarPv] = r.balance.solarMw;
        mix.imports = r.importMw;
        mix.exports = r.exportMw;
        return CarbonIntensity::consumedGPerKWh(mix).value();
    };
    const EnergyForecast forecast(in);

    QTextStream out(stdout);
    out << "bench_forecast: " << plants.size() << " PV plants + " << winds.size() << " wind farms, 96 quarter-hours + 168 hours, "
        << runs << " issue times, one thread\n";
    out.flush();
    // The calibration's tables are built on first use, once per process; one forecast before
    // timing warms the caches.
    JejuCalibration::cloudLogit(1);
    issued = QDateTime(QDate(2026, 3, 31), QTime(12, 0), QTimeZone(9 * 3600));
    forecast.compute(issued);
    std::vector<double> ms, cpu;
    double curtailed = 0.0;
    QElapsedTimer timer;
    const QDateTime first(QDate(2026, 4, 1), QTime(9, 7), QTimeZone(9 * 3600));
    for (int r = 0; r < runs; ++r) {
        issued = first.addSecs(qint64(r) * 7 * 3600); // morning, evening and night issues, spring days
        const double cpu0 = threadCpuMs();
        timer.start();
        const EnergyForecastResult f = forecast.compute(issued);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
        for (const CurtailmentWindow &w : f.windows)
            curtailed += w.energyMwh.p50;
    }
    const auto [median, p95] = medianAndP95(ms);
    const auto [cpuMedian, cpuP95] = medianAndP95(cpu);
    out << "per forecast, wall clock: median " << QString::number(median, 'f', 2) << " ms, p95 " << QString::number(p95, 'f', 2)
        << " ms, best " << QString::number(*std::min_element(ms.begin(), ms.end()), 'f', 2) << " ms\n"
        << "per forecast, thread CPU: median " << QString::number(cpuMedian, 'f', 2) << " ms, p95 " << QString::number(cpuP95, 'f', 2)
        << " ms (goal: under 20 ms)\n"
        << "curtailment windows, expected MWh over the runs: " << QString::number(curtailed, 'f', 1) << "\n";
    return 0;
}
