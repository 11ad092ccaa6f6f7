// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/pvsite.h"
#include "domain/energy/windcalibration.h"

#include <QDate>
#include <QList>
#include <QString>

namespace et::domain::energy {

/// Every constant that ties the island's models to KPX's real Jeju series, in one place, each
/// with where it comes from. The derivations are code (SolarCalibration, and the functions
/// below), the tests re-derive the constants from the raw KPX files and require them to agree,
/// and `energy_kpx_report` prints every derivation with the figures beside KPX's
/// (docs/energy-calibration.md).
class JejuCalibration
{
public:
    // ---- Solar: SolarCalibration::derive() on KPX's 2025 hourly solar ----------------------

    /// The fleet behaves as if its modules were tilted 15° (south-facing): of the candidates
    /// 10–35°, the tilt at which the share KPX covers varies least from January to August 2025
    /// (coefficient of variation 3.5 %; 30° gives 7.5 %, with a seasonal cycle). Rooftop and
    /// farm-building plants lie flatter than the 30° of ground-mounted ones, and winter row
    /// shading lowers the steep ones' winter output: an effective tilt, not a survey.
    static constexpr double kPvTiltDeg = 15.0;
    /// PvSite's stated defaults (PVWatts losses 14 %, Faiman, HayDavies) at kPvTiltDeg.
    static PvSite pvPrototype();
    /// The share of the modelled fleet (jeju-assets.json, 538.552 MW) whose output KPX's 2025
    /// solar series holds, per month (1–12): the 98th percentile of KPX ÷ modelled clear-sky
    /// output over the month's high-sun hours. 0.75–0.84 to August (≈ 425 MW of the fleet; KPX's
    /// highest hour 320.6 MW); from September it drops (0.52, then 0.65–0.70): plants left
    /// the market-traded series.
    static double kpxSolarShare(int month);
    /// The mean clear-sky index of each month of 2025 (1–12): KPX's energy ÷ (share × modelled
    /// clear-sky energy). One year: July 2025 was sunnier than Jeju's usual July (the rainy
    /// season ended early that year).
    static double clearSkyIndex(int month);

    // ---- The simulation's clouds, tied to the solar climatology -------------------------------

    /// E[1 − 0.75·c^3.4] for cloud c = logistic(μ + σZ), Z standard normal: the mean clear-sky
    /// index (Kasten & Czeplak, IslandSky) of the weather process's cloud at logit mean μ and
    /// spread σ (Simpson's rule over Z in [−8, 8]).
    static double meanClearSkyIndex(double cloudLogitMean, double spread);
    /// The μ whose mean clear-sky index is `meanIndex` (bisection; monotone in μ).
    static double cloudLogitForIndex(double meanIndex, double spread);
    /// The simulation's mean cloud logit in `month`: cloudLogitForIndex(clearSkyIndex(month),
    /// WeatherProcess::cloudLogitSpread()), so that WeatherProcess's cloud through IslandSky
    /// gives 2025's monthly solar energy.
    static double cloudLogit(int month);
    /// The monthly values at mid-month, linear in between around the year (as Linke turbidity).
    static double cloudLogitForDayOfYear(double dayOfYear);

    // ---- Wind: WindCalibration::derive() on KPX's 2025 hourly wind --------------------------

    /// The simulation's mean wind at 100 m (WeatherProcess::climateWindMs): 6.46 m/s ± 1.73 m/s
    /// over the year, windiest on day 49 (18 February), ± 2 % over the day with the most at
    /// 18 h — the least-squares fit of the fleet's monthly capacity factors to KPX's (covered
    /// capacity = each period's highest hour; the series' coverage changed on 1 March 2025), RMS
    /// 4.3 points. The fleet then makes 22 % of its highest output over the year (36 % in February,
    /// 9 % in August). One year of a partial series: the level rests on the covered farms' highest hour.
    static WindCalibration::Climate windClimate();
    /// The day KPX's 2025 wind series changed what it covers (its highest hour fell from 101.4 MW to
    /// 13.4 MW).
    static QDate kpxWindCoverageChange() { return QDate(2025, 3, 1); }

    // ---- The grid of past years, for the curtailment hindcast -------------------------------

    /// One year's island as the hindcast models it (docs/energy-calibration.md, "Curtailment").
    struct GridYear
    {
        int year = 0;
        QDate first;               ///< the days compared with KPX's record
        QDate last;
        double windMw = 0.0;       ///< installed
        double solarMw = 0.0;      ///< installed, grid-connected
        double demandMeanMw = 0.0; ///< the year's mean system demand
        QString source;            ///< where the figures come from
    };
    /// 2021–2024, the years of KPX's wind curtailment record (2024 to 31 May: from June the
    /// market reform changed curtailment, and the record stops).
    static QList<GridYear> pastGrids();

    /// KPX's mean system demand of 2024 and 2025 (the demand file), MW.
    static constexpr double kDemandMean2024Mw = 735.53;
    static constexpr double kDemandMean2025Mw = 734.94;
    /// Annual mean ÷ annual peak, the mean of 2024 (735.53/1178.6) and 2025 (734.94/1141.3): how
    /// a year known only by its peak gets a mean.
    static constexpr double kLoadFactor = 0.634;
};

} // namespace et::domain::energy
