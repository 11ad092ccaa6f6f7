// SPDX-License-Identifier: MIT
#include "forecastchartseries.h"

#include "domain/energy/energyforecast.h"

namespace et::models {

using domain::energy::ForecastStep;

domain::Result<ForecastChartSeries> ForecastChartSeries::of(const domain::energy::EnergyForecastResult &forecast)
{
    ForecastChartSeries out;
    const qsizetype steps = forecast.quarterHours.size();
    for (auto &series : out.island)
        series.reserve(steps);
    QList<double> times;
    times.reserve(steps);
    for (const ForecastStep &step : forecast.quarterHours) {
        const double x = double(step.time.toMSecsSinceEpoch());
        times.append(x);
        const auto put = [&](EnergyChartData::Series series, double value) { out.island[series].append(QPointF(x, value)); };
        put(EnergyChartData::Thermal, step.thermalMw.p50);
        put(EnergyChartData::HvdcImport, step.importMw.p50 - step.exportMw.p50);
        put(EnergyChartData::Wind, step.windMw.p50);
        put(EnergyChartData::Solar, step.solarMw.p50);
        put(EnergyChartData::Curtailment, step.curtailmentMw.p50);
        put(EnergyChartData::Demand, step.demandMw.p50);
        put(EnergyChartData::Smp, step.smpKrwPerKwh.p50);
        put(EnergyChartData::CarbonIntensity, step.carbonGPerKwh.p50);
        put(EnergyChartData::ForecastLower, step.demandMw.p10);
        put(EnergyChartData::ForecastUpper, step.demandMw.p90);
    }
    for (qsizetype a = 0; a < forecast.assets.size(); ++a) {
        const auto &asset = forecast.assets[a];
        // An asset's steps are the island's, in the same order.
        if (asset.quarterHourMw.size() != times.size())
            return domain::Error{QStringLiteral("assets[%1].quarter_hour_mw").arg(a),
                                 EnergyChartData::tr("%1 has %2 steps, the island %3").arg(asset.assetId).arg(asset.quarterHourMw.size()).arg(times.size())};
        QList<QPointF> &points = out.assets[asset.assetId];
        points.reserve(times.size());
        for (qsizetype i = 0; i < times.size(); ++i)
            points.append(QPointF(times[i], asset.quarterHourMw[i].p50));
    }
    return out;
}

} // namespace et::models
