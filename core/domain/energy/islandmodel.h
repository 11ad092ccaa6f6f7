// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/energyforecast.h"
#include "domain/energy/generationmix.h"
#include "domain/energy/hourlyoutlook.h"
#include "domain/energy/islandbalance.h"
#include "domain/energy/pvsite.h"
#include "domain/energy/weatherprocess.h"
#include "domain/energy/windfarm.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace et::domain::energy {

/// A solar asset of the island as the PV chain sees it.
struct SolarSite
{
    QString assetId;
    PvSite site;
};

/// Everything the island's energy model is built from: the grid (thermal units with their fuel
/// and cost, HVDC links, where demand is served), the solar sites and the wind farms.
struct IslandModelSpec
{
    IslandBalance::Config grid;
    QList<SolarSite> solar;
    QList<WindFarm> wind;
    QHash<QString, Fuel> thermalFuel; ///< thermal unit id -> fuel, for the carbon intensity
};

/// Jeju's energy system from weather to balance, the one place the backend's simulation and the
/// console's offline forecast both take their figures from:
///  - the sky over the island at a step (IslandSky): NREL SPA at the island's centre,
///    Ineichen–Perez clear sky with Jeju's Linke turbidity, and Kasten–Czeplak's clear-sky index
///    for the cloud cover — the model the clouds were calibrated through;
///  - each solar site through the PV chain, each wind farm through its turbines' curve at hub
///    height (the weather's wind is at 100 m);
///  - demand from Jeju's calibrated shape (DemandShape);
///  - the balance (IslandBalance) and the carbon intensity of what Jeju consumes
///    (CarbonIntensity, with each thermal unit's fuel and each farm onshore or offshore).
/// Pure and deterministic: the same spec, shape and weather seed give the same numbers.
class IslandModel
{
public:
    /// The island's centre, where the sky is worked out (Jeju is ~70 km across: the sun's
    /// position differs by under 0.4° between its ends).
    static constexpr double kCentreLat = 33.38;
    static constexpr double kCentreLon = 126.55;
    /// Module DC/AC ratio of Jeju's PV plants: ASSUMED 1.2, the usual ratio of Korean
    /// ground-mounted plants; an asset's capacity is its AC (inverter) rating.
    static constexpr double kDcAcRatio = 1.2;
    /// The weather's wind speed is at 100 m; module cooling sees the wind at 10 m, by the
    /// power law with Hellman's 1/7: (10/100)^(1/7) = 0.72.
    static constexpr double kModuleWindFactor = 0.7197;

    IslandModel(IslandModelSpec spec, DemandShape demand, quint64 weatherSeed);

    /// A solar asset as a PV site: AC rating = capacity, DC = capacity × kDcAcRatio, facing
    /// south at 30° (PvSite's defaults, each stated there).
    static SolarSite solarSiteFor(const Asset &asset);

    const IslandModelSpec &spec() const { return m_spec; }
    const WeatherProcess &weather() const { return m_weather; }
    const DemandShape &demand() const { return m_demand; }

    /// The sky at `utc` under `weather`.
    StepSky sky(const QDateTime &utc, const Weather &weather) const;
    /// What every wind farm and solar site could make under `sky` (wind farms first, then solar
    /// sites, in the spec's order); 0 for those in `offline`.
    QList<RenewableOffer> offers(const StepSky &sky, const QSet<QString> &offline) const;
    /// The island's expected demand at `utc`, MW.
    double demandMw(const QDateTime &utc) const { return m_demand.mwAt(utc); }

    /// One step of the island: the weather that happens at `utc`, demand (times `demandFactor`,
    /// plus `extraDemandMw` of trucks charging from the grid), trucks discharging, assets
    /// offline, and up to `truckAbsorbMw` of trucks at charge sites soaking up a surplus.
    BalanceResult dispatch(const QDateTime &utc, double demandFactor, double extraDemandMw, double truckDischargeMw,
                           const QSet<QString> &offline, double truckAbsorbMw = 0.0) const;
    /// The carbon intensity of what Jeju consumes in a dispatch (gCO₂eq/kWh; 0 when nothing is
    /// generated or imported).
    double carbonGPerKwh(const BalanceResult &result) const;
    /// The generation mix of a dispatch, by fuel.
    GenerationMix mixOf(const BalanceResult &result) const;

    /// The forecast issued at `issued` from the weather process's outlook, with `offline`
    /// assets producing nothing.
    EnergyForecastResult forecast(const QDateTime &issued, const QSet<QString> &offline) const;
    /// The same from a given outlook (the console offline, from the outlook it cached).
    EnergyForecastResult forecast(const QDateTime &issued, const QSet<QString> &offline,
                                  std::function<WeatherOutlook(const QDateTime &)> outlook) const;
    /// The same from an hourly outlook: what the server issues (the outlook it publishes with
    /// the forecast) and what the console recomputes offline.
    EnergyForecastResult forecast(const QDateTime &issued, const QSet<QString> &offline, const HourlyOutlook &outlook) const;

private:
    IslandModelSpec m_spec;
    DemandShape m_demand;
    WeatherProcess m_weather;
    QHash<QString, qsizetype> m_thermalIndex;
    double m_thermalCapacity = 0.0;
};

} // namespace et::domain::energy
