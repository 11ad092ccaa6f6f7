// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/smoothnoise.h"

#include <QDateTime>

namespace et::domain::energy {

/// The weather that drives Jeju's renewables and demand at one instant.
struct Weather
{
    double windSpeedMs = 0.0;   ///< at the reference height (weatherprocess.h: 100 m above ground)
    double cloudCover = 0.0;    ///< 0 clear .. 1 overcast
    double temperatureC = 0.0;  ///< 2 m air temperature
};

/// A forecast of the weather at one target time: the expected weather and how uncertain it is.
/// The spread is kept in the spaces where the errors are close to normal — wind in log space,
/// cloud cover in logit space, temperature as is — so any quantile maps through them exactly.
struct WeatherOutlook
{
    Weather expected;
    double windLogSigma = 0.0;
    double cloudLogitSigma = 0.0;
    double temperatureSigmaC = 0.0;

    /// The weather at quantile z of the error (z = ±1.2816 for P10/P90; 0 = expected). Higher z
    /// means more wind, more cloud and warmer.
    Weather atQuantile(double z) const;
};

/// Jeju's weather as the simulation lives it, and the forecasts of it the console sees, both
/// deterministic for a seed and readable at any instant (SmoothNoise), so that a forecast, a
/// replay and a restart all agree.
///
/// The truth is a seasonal climate (stated in docs/energy-model.md, "Weather"): hub-height wind
/// strongest in the winter monsoon (mean ~9 m/s in January, ~5.5 m/s in July), cloudiest in the
/// rainy season (장마, late June–July) and in winter, warmest in August (~27 °C) — with synoptic
/// (3-day), mesoscale (6-hour) and hourly variation, and a diurnal cycle for temperature and wind.
/// A forecast issued at time t0 for a target t is the truth plus an error that is smooth in t,
/// fixed for the issue hour, and grows with lead time (sigmaAtLead()).
class WeatherProcess
{
public:
    explicit WeatherProcess(quint64 seed);

    /// The weather that happens.
    Weather at(const QDateTime &utc) const;
    /// The outlook issued at `issued` (rounded down to its hour) for `target`.
    WeatherOutlook forecast(const QDateTime &issued, const QDateTime &target) const;

    /// The error spread at a lead time in hours (log wind, logit cloud, °C).
    struct Sigma
    {
        double windLog;
        double cloudLogit;
        double temperatureC;
    };
    static Sigma sigmaAtLead(double leadHours);

    /// The seasonal means the truth varies around, for a KST day of year (1..366) and hour.
    static double climateWindMs(int dayOfYear, double hourKst);
    static double climateCloudLogit(int dayOfYear);
    static double climateTemperatureC(int dayOfYear, double hourKst);

private:
    quint64 m_seed;
    SmoothNoise m_windSynoptic, m_windMeso, m_windHourly;
    SmoothNoise m_cloudSynoptic, m_cloudMeso, m_cloudHourly;
    SmoothNoise m_tempSynoptic;
};

} // namespace et::domain::energy
