// SPDX-License-Identifier: MIT
#include "domain/energy/islandmodel.h"

#include "domain/energy/carbonintensity.h"
#include "domain/energy/islandsky.h"
#include "domain/energy/pvpowermodel.h"

#include <cmath>
#include <memory>
#include <optional>

namespace et::domain::energy {

namespace {
constexpr double kWeatherHeightM = 100.0;
// The sky's site: the island's centre at the mean height of its solar sites (~100 m).
constexpr double kSkyElevationM = 100.0;

bool sameSky(const StepSky &a, const StepSky &b)
{
    return a.zenithDeg == b.zenithDeg && a.azimuthDeg == b.azimuthDeg && a.ghi == b.ghi && a.dni == b.dni && a.dhi == b.dhi
           && a.weather.windSpeedMs == b.weather.windSpeedMs && a.weather.temperatureC == b.weather.temperatureC
           && a.weather.cloudCover == b.weather.cloudCover;
}
} // namespace

IslandModel::IslandModel(IslandModelSpec spec, DemandShape demand, quint64 weatherSeed)
    : m_spec(std::move(spec)), m_demand(std::move(demand)), m_weather(weatherSeed)
{
    for (qsizetype i = 0; i < m_spec.grid.thermal.size(); ++i) {
        m_thermalIndex.insert(m_spec.grid.thermal[i].id, i);
        m_thermalCapacity += m_spec.grid.thermal[i].capacityMw;
    }
}

SolarSite IslandModel::solarSiteFor(const Asset &asset)
{
    SolarSite s;
    s.assetId = asset.id;
    s.site.latitudeDeg = asset.lat;
    s.site.longitudeDeg = asset.lon;
    s.site.elevationM = kSkyElevationM;
    s.site.inverterKw = asset.capacityMw * 1000.0;
    s.site.kWp = asset.capacityMw * 1000.0 * kDcAcRatio;
    return s;
}

StepSky IslandModel::sky(const QDateTime &utc, const Weather &weather) const
{
    // The one sky of the simulation, its forecasts, the calibration and the hindcast: the clouds
    // were fitted to KPX's solar through IslandSky's clear-sky index (docs/energy-calibration.md).
    static const IslandSky island(IslandSky::Place{kCentreLat, kCentreLon, kSkyElevationM});
    return island.at(utc, weather);
}

QList<RenewableOffer> IslandModel::offers(const StepSky &sky, const QSet<QString> &offline) const
{
    QList<RenewableOffer> out;
    out.reserve(m_spec.wind.size() + m_spec.solar.size());
    for (const WindFarm &f : m_spec.wind) {
        const double mw = offline.contains(f.assetId) ? 0.0 : f.outputMwFromReference(sky.weather.windSpeedMs, kWeatherHeightM);
        out.append({f.assetId, true, std::isfinite(mw) ? std::max(0.0, mw) : 0.0});
    }
    PvConditions c;
    c.sunZenithDeg = sky.zenithDeg;
    c.sunAzimuthDeg = sky.azimuthDeg;
    c.ghi = sky.ghi;
    c.dni = sky.dni;
    c.dhi = sky.dhi;
    c.dniExtra = sky.dniExtra;
    c.airTemperatureC = sky.weather.temperatureC;
    c.windSpeedMs = sky.weather.windSpeedMs * kModuleWindFactor;
    const bool daylight = sky.zenithDeg < 90.0 && sky.ghi > 0.0;
    for (const SolarSite &s : m_spec.solar) {
        double mw = 0.0;
        if (daylight && !offline.contains(s.assetId)) {
            if (const auto pv = PvPowerModel::compute(s.site, c); pv.ok())
                mw = std::max(0.0, pv.value().acKw / 1000.0);
        }
        out.append({s.assetId, false, mw});
    }
    return out;
}

BalanceResult IslandModel::dispatch(const QDateTime &utc, double demandFactor, double extraDemandMw, double truckDischargeMw,
                                    const QSet<QString> &offline, double truckAbsorbMw) const
{
    BalanceInput in;
    in.time = utc;
    in.demandMw = demandMw(utc) * demandFactor + extraDemandMw;
    in.truckDischargeMw = truckDischargeMw;
    in.truckAbsorbMw = truckAbsorbMw;
    in.renewables = offers(sky(utc, m_weather.at(utc)), offline);
    in.offline = offline;
    BalanceResult r = IslandBalance(m_spec.grid).dispatch(in);
    r.balance.carbonGPerKwh = carbonGPerKwh(r);
    return r;
}

GenerationMix IslandModel::mixOf(const BalanceResult &result) const
{
    GenerationMix mix;
    const auto &out = result.renewableOutputMw;
    for (qsizetype i = 0; i < m_spec.wind.size() && i < out.size(); ++i)
        mix[m_spec.wind[i].offshore ? Fuel::WindOffshore : Fuel::WindOnshore] += out[i];
    for (qsizetype i = m_spec.wind.size(); i < out.size(); ++i)
        mix[Fuel::SolarPv] += out[i];
    // Per unit when the dispatch kept them; a forecast step does not, and its thermal output is
    // shared by capacity (the units' costs are close, so they load alike above must-run).
    bool perUnit = false;
    for (const ThermalUnit &u : m_spec.grid.thermal) {
        const auto it = result.assetOutputMw.constFind(u.id);
        if (it == result.assetOutputMw.cend())
            continue;
        perUnit = true;
        mix[m_spec.thermalFuel.value(u.id, Fuel::Lng)] += *it;
    }
    if (!perUnit && m_thermalCapacity > 0.0) {
        for (const ThermalUnit &u : m_spec.grid.thermal)
            mix[m_spec.thermalFuel.value(u.id, Fuel::Lng)] += result.balance.thermalMw * u.capacityMw / m_thermalCapacity;
    }
    mix.imports = result.importMw;
    mix.exports = result.exportMw;
    return mix;
}

double IslandModel::carbonGPerKwh(const BalanceResult &result) const
{
    const auto g = CarbonIntensity::consumedGPerKWh(mixOf(result));
    return g.ok() ? g.value() : 0.0;
}

EnergyForecastResult IslandModel::forecast(const QDateTime &issued, const QSet<QString> &offline) const
{
    return forecast(issued, offline, [this, issued](const QDateTime &target) { return m_weather.forecast(issued, target); });
}

EnergyForecastResult IslandModel::forecast(const QDateTime &issued, const QSet<QString> &offline, const HourlyOutlook &outlook) const
{
    return forecast(issued, offline, [outlook](const QDateTime &target) { return outlook.at(target); });
}

EnergyForecastResult IslandModel::forecast(const QDateTime &issued, const QSet<QString> &offline,
                                           std::function<WeatherOutlook(const QDateTime &)> outlook) const
{
    EnergyForecast::Inputs in;
    in.grid = m_spec.grid;
    // One asset per offer, in the offers' order: each reads its own entry of the step's offers,
    // worked out once per sky (the cache below) rather than once per asset.
    // The cache is keyed by the sky's content (a step's skies are locals that may share an
    // address).
    struct Cache
    {
        std::optional<StepSky> sky;
        QList<RenewableOffer> offers;
    };
    auto cache = std::make_shared<Cache>();
    const auto offerOf = [this, cache, offline](const StepSky &s, qsizetype i) {
        if (!cache->sky || !sameSky(*cache->sky, s)) {
            cache->offers = offers(s, offline);
            cache->sky = s;
        }
        return cache->offers.at(i).availableMw;
    };
    qsizetype index = 0;
    for (const WindFarm &f : m_spec.wind)
        in.assets.append({f.assetId, true, [offerOf, i = index++](const StepSky &s) { return offerOf(s, i); }});
    for (const SolarSite &s : m_spec.solar)
        in.assets.append({s.assetId, false, [offerOf, i = index++](const StepSky &sky) { return offerOf(sky, i); }});
    in.outlook = std::move(outlook);
    in.sky = [this](const QDateTime &t, const Weather &w) { return sky(t, w); };
    in.demandMw = [this](const QDateTime &t, const Weather &) { return demandMw(t); };
    in.carbonGPerKwh = [this](const BalanceResult &r) { return carbonGPerKwh(r); };
    in.offline = offline;
    return EnergyForecast(std::move(in)).compute(issued);
}

} // namespace et::domain::energy
