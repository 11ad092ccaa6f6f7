// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/forecastinputs.h"
#include "domain/energy/islandbalance.h"
#include "domain/energy/stepsky.h"
#include "domain/energy/weatherprocess.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace et::domain::energy {

/// A value with its forecast band: P10, the expected value and P90.
struct Band
{
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;

    bool operator==(const Band &) const = default;
};

/// One wind farm or solar site as the forecast sees it: what it makes under a sky. A solar site
/// (wind = false) makes nothing without sun: the forecast does not ask it when the sky's GHI is 0
/// (half the steps, and most of a forecast's cost otherwise).
struct ForecastAsset
{
    QString id;
    bool wind = true;
    std::function<double(const StepSky &)> powerMw;
};

/// One step of the island's forecast.
struct ForecastStep
{
    QDateTime time; ///< the step's start
    Band demandMw;
    Band windMw;    ///< after curtailment
    Band solarMw;   ///< after curtailment
    Band thermalMw;
    Band importMw;
    Band exportMw;
    Band curtailmentMw;
    Band smpKrwPerKwh;
    Band carbonGPerKwh;
    QList<Band> linkFlowMw; ///< in the grid configuration's link order

    bool operator==(const ForecastStep &) const = default;
};

/// One asset's forecast output, step by step (in the same order as the steps).
struct AssetForecast
{
    QString assetId;
    QList<Band> quarterHourMw;
    QList<Band> hourMw;

    bool operator==(const AssetForecast &) const = default;
};

/// A stretch of the next 24 h in which renewables may be curtailed: where the P90 curtailment is
/// above the threshold, with the energy at P10, expected and P90.
struct CurtailmentWindow
{
    QDateTime start;
    QDateTime end;
    Band energyMwh;
    double peakMw = 0.0; ///< the highest P90 curtailment in the window

    bool operator==(const CurtailmentWindow &) const = default;
};

/// The island's energy forecast issued at one time: 24 h ahead in 15-minute steps (the interval of
/// Jeju's real-time market) and 7 days ahead hourly, for the island and per wind and solar asset,
/// with the curtailment windows of the next 24 h.
struct EnergyForecastResult
{
    QDateTime issued;
    QList<ForecastStep> quarterHours;
    QList<ForecastStep> hours;
    QList<AssetForecast> assets;
    QList<CurtailmentWindow> windows;
    /// What it was computed from, when the issuer says (the server does; an older one did not):
    /// enough for a console to compute it again offline (OfflineForecast).
    std::optional<ForecastInputs> inputs;

    bool operator==(const EnergyForecastResult &) const = default;
};

/// Works out the island's forecast from a weather outlook, pure and deterministic.
///
/// Each step is computed for three scenarios of a weather error common to the whole island (one
/// weather field, as Jeju is small against a weather system): the expected weather, and the P10
/// and P90 of the outlook, taken in the direction that makes the renewable surplus smallest and
/// largest (less wind and more cloud, with demand at its high band; and the reverse). Every asset
/// and every island figure is a monotone function of that one error, so their bands are the
/// values in the outer scenarios (min and max over the three, which also covers a wind farm
/// passing its cut-out speed). Demand carries a band of its own that widens with lead time.
class EnergyForecast
{
public:
    struct Inputs
    {
        IslandBalance::Config grid;
        QList<ForecastAsset> assets;
        /// The outlook for a target time (from the weather process, or a cached outlook offline).
        std::function<WeatherOutlook(const QDateTime &target)> outlook;
        /// The sky for a step under a scenario's weather (sun position, clear sky, clouds).
        std::function<StepSky(const QDateTime &time, const Weather &weather)> sky;
        /// Expected demand at a time under a weather.
        std::function<double(const QDateTime &time, const Weather &weather)> demandMw;
        /// Carbon intensity of the consumed electricity for a dispatch (gCO₂/kWh); none gives 0.
        std::function<double(const BalanceResult &)> carbonGPerKwh;
        /// Thermal units and converter stations out of service for the whole forecast (an
        /// offline wind farm or solar site is one whose powerMw gives 0).
        QSet<QString> offline;
        double curtailmentThresholdMw = 1.0;
    };

    explicit EnergyForecast(Inputs inputs);

    /// The forecast issued at `issued`: steps start at the next quarter-hour and the next hour.
    EnergyForecastResult compute(const QDateTime &issued) const;

    /// Demand's own relative error at a lead time (1σ): 1.5 % at once, ~3.5 % at a day, ~6 % at a week.
    static double demandSigma(double leadHours);
    /// The curtailment windows in a series of quarter-hour steps.
    static QList<CurtailmentWindow> windowsOf(const QList<ForecastStep> &steps, double stepHours, double thresholdMw);

private:
    /// One step; `in` holds an offer per asset (in asset order) and is reused from step to step.
    /// Asset i's band goes to assetBands[i][column].
    ForecastStep step(const QDateTime &issued, const QDateTime &time, BalanceInput &in, const std::vector<Band *> &assetBands,
                      qsizetype column) const;

    Inputs m_inputs;
    IslandBalance m_balance;
};

} // namespace et::domain::energy
