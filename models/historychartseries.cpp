// SPDX-License-Identifier: MIT
#include "historychartseries.h"

#include "domain/energy/carbonintensity.h"
#include "domain/energyhistorypage.h"

#include <limits>

namespace et::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// KPX, Jeju generation by fuel, 2025 (GWh): the thermal fleet's split between its two fuels.
constexpr double kLngGwh2025 = 1466.31;
constexpr double kBioHeavyOilGwh2025 = 1252.77;
constexpr double kLngShare = kLngGwh2025 / (kLngGwh2025 + kBioHeavyOilGwh2025);
} // namespace

double HistoryChartSeries::carbonIntensityOf(const domain::EnergyHistoryPoint &point)
{
    if (point.carbonGPerKwh)
        return *point.carbonGPerKwh;
    using domain::energy::Fuel;
    domain::energy::GenerationMix mix;
    mix[Fuel::Lng] = point.thermalMw * kLngShare;
    mix[Fuel::BioHeavyOil] = point.thermalMw * (1.0 - kLngShare);
    mix[Fuel::WindOnshore] = point.windMw + point.truckDischargeMw;
    mix[Fuel::SolarPv] = point.solarMw;
    for (const auto &flow : point.hvdcFlowMw) {
        if (flow)
            (*flow >= 0.0 ? mix.imports : mix.exports) += std::abs(*flow);
    }
    const auto intensity = domain::energy::CarbonIntensity::consumedGPerKWh(mix);
    return intensity.ok() ? intensity.value() : kNaN;
}

HistoryChartSeries HistoryChartSeries::of(const domain::EnergyHistoryPage &page, const QString &assetId)
{
    HistoryChartSeries out;
    out.assetId = assetId;
    for (int s = 0; s <= EnergyChartData::CarbonIntensity; ++s)
        out.island[size_t(s)].reserve(page.points.size());
    const qsizetype assetColumn = assetId.isEmpty() ? -1 : page.columns.assetIds.indexOf(assetId);
    if (assetColumn >= 0)
        out.asset.reserve(page.points.size());
    for (const auto &p : page.points) {
        const double x = double(p.timestamp.toMSecsSinceEpoch());
        const auto put = [&](EnergyChartData::Series series, double value) { out.island[series].append(QPointF(x, value)); };
        double netImport = 0.0;
        for (const auto &flow : p.hvdcFlowMw)
            netImport += flow.value_or(0.0);
        put(EnergyChartData::Thermal, p.thermalMw);
        put(EnergyChartData::HvdcImport, netImport);
        put(EnergyChartData::Wind, p.windMw);
        put(EnergyChartData::Solar, p.solarMw);
        put(EnergyChartData::Trucks, p.truckDischargeMw);
        put(EnergyChartData::Curtailment, p.curtailmentMw);
        put(EnergyChartData::Demand, p.demandMw);
        put(EnergyChartData::Smp, p.smpKrwPerKwh);
        put(EnergyChartData::CarbonIntensity, carbonIntensityOf(p));
        if (assetColumn >= 0) {
            const auto &outputs = p.assetOutputMw;
            const auto value = assetColumn < outputs.size() ? outputs[assetColumn] : std::nullopt;
            out.asset.append(QPointF(x, value.value_or(kNaN)));
        }
    }
    return out;
}

} // namespace et::models
