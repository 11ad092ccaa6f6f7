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

    bool operator==(const Weather &) const = default;
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

    bool operator==(const WeatherOutlook &) const = default;
};

/// Jeju's weather as the simulation lives it, and the forecasts of it the console sees, both
/// deterministic for a seed and readable at any instant (SmoothNoise), so that a forecast, a
/// replay and a restart all agree.
///
/// The truth is a seasonal climate calibrated to KPX's 2025 Jeju series (JejuCalibration,
/// docs/energy-calibration.md): wind at 100 m strongest in the winter monsoon (mean ~8.2 m/s in
/// February, ~4.8 m/s in August) with the farms' capacity factors KPX shows; clouds whose monthly
/// mean gives, through IslandSky's clear-sky index, the PV fleet's 2025 solar energy month by
/// month (cloudiest January–March and June, clearest April and July–September in 2025); warmest
/// in August (~27 °C) — with synoptic (3-day), mesoscale (6-hour) and hourly variation, and a
/// diurnal cycle for temperature and wind.
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

    /// How far the truth strays from its climate, 1σ over time: log wind and logit cloud. Each is
    /// the sum of three noises (synoptic, mesoscale, hourly) whose variance, averaged between
    /// their knots, is kNoiseVarianceFactor of the knots' (Catmull–Rom).
    static double windLogSpread();
    static double cloudLogitSpread();
    /// The same for temperature (°C): one synoptic noise.
    static double temperatureSpreadC();
    /// What is known of the weather at `utc` without a forecast: the climate's median (wind
    /// v̄·e^kWindLogMeanOffset, cloud cover at the climate's logit, the climate's temperature)
    /// with the climate's own spread as the sigmas.
    static WeatherOutlook climateOutlook(const QDateTime &utc);
    /// ∫₀¹ of the sum of the squared Catmull–Rom weights: 57/70.
    static constexpr double kNoiseVarianceFactor = 57.0 / 70.0;
    /// ln v = ln v̄(climate) + noise + this: the knots' half-variance, so the knots have the mean.
    static constexpr double kWindLogMeanOffset = -0.5 * 0.19;

private:
    // The noises' amplitudes: log wind ~45 % on a 3-day scale, less below; cloud in logit units.
    static constexpr double kWindSynoptic = 0.40, kWindMeso = 0.18, kWindHourly = 0.08;
    static constexpr double kCloudSynoptic = 1.4, kCloudMeso = 0.7, kCloudHourly = 0.35;
    static constexpr double kTemperatureSynoptic = 2.0; // °C

    quint64 m_seed;
    SmoothNoise m_windSynoptic, m_windMeso, m_windHourly;
    SmoothNoise m_cloudSynoptic, m_cloudMeso, m_cloudHourly;
    SmoothNoise m_tempSynoptic;
};

} // namespace et::domain::energy
