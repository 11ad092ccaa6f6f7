// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/hourlyvalues.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/weatherprocess.h"

#include <QList>

#include <array>
#include <functional>
#include <vector>

namespace et::domain::energy {

/// Ties the PV fleet model to KPX's hourly solar series of one year, in three steps
/// (docs/energy-calibration.md, "Solar"):
/// 1. the fleet's clear-sky output, hour by hour (SolarFleet under IslandSky, each hour the mean
///    of six instants), for each candidate module tilt;
/// 2. per month, the **share** of the modelled fleet that KPX's series covers: the 98th
///    percentile of observed ÷ clear-sky over the month's high-sun hours (clear-sky output at
///    least 60 % of the month's highest), i.e. what KPX shows in its clearest hours. The
///    effective **tilt** is the candidate whose shares vary least (coefficient of variation) over
///    `stableMonths`, the months in which what KPX covers did not change: a wrong tilt shows as
///    a seasonal cycle of the share;
/// 3. per month, the mean **clear-sky index**: observed energy ÷ (share × clear-sky energy).
/// The share × index of a month reproduces its energy exactly; how the product splits between
/// coverage and cloud rests on the clearest hours being cloud-free.
class SolarCalibration
{
public:
    struct Month
    {
        double share = 0.0;          ///< KPX's series ÷ the modelled fleet in clear hours
        double clearSkyIndex = 0.0;  ///< mean over the month
        double observedMwh = 0.0;
        double clearSkyMwh = 0.0;    ///< the whole modelled fleet's, at the chosen tilt
        int highSunHours = 0;        ///< hours the share was read from
    };

    struct Result
    {
        double tiltDeg = 0.0;
        std::array<Month, 12> months{};
        QList<std::pair<double, double>> shareSpreadByTilt; ///< (tilt, coefficient of variation)
        std::vector<double> clearSkyMw;                      ///< hour by hour at the chosen tilt
    };

    /// The weather the modules see under a clear sky in an hour (temperature and wind).
    using ClimateWeather = std::function<Weather(const QDateTime &hourStart)>;

    /// `observed` is one calendar year of KPX's hourly solar MW; `plants` the fleet (their tilt is
    /// replaced by each candidate).
    static Result derive(const HourlyValues &observed, const QList<SolarPlant> &plants, const QList<double> &candidateTiltsDeg,
                         const QList<int> &stableMonths, const ClimateWeather &weather);

    /// The simulation's climate weather at the middle of an hour: WeatherProcess's seasonal and
    /// diurnal means of temperature and (100 m) wind, no cloud.
    static Weather climateWeather(const QDateTime &hourStart);

    /// The clear-sky MW of `fleet` hour by hour for the hours of `clock` (+ `extraHours` beyond).
    static std::vector<double> clearSkyHours(const HourlyValues &clock, const QList<SolarPlant> &plants, const ClimateWeather &weather,
                                             qsizetype extraHours = 0);
};

} // namespace et::domain::energy
