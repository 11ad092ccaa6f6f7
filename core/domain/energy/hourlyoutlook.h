// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/weatherprocess.h"

#include <QDateTime>
#include <QList>

namespace et::domain::energy {

/// The weather outlook a forecast is issued from, hour by hour over its whole horizon: the server
/// forecasts from exactly this and publishes it with the forecast, so a console can compute the
/// forecast again offline and get the same numbers.
/// - Points: the hour the outlook was issued in (start) and every hour after it, kPoints in all
///   (7 days + 1 h, so that the last hourly step of a forecast issued after the hour has one).
///   Each holds the expected weather and the three spreads of WeatherOutlook, rounded to the
///   resolution the wire carries (kWindResolution, …) when made by issue().
/// - Between two points every value is linear in time; the quarter-hour steps read it there.
/// - Before start: the first point. After the last point (a forecast recomputed offline days
///   later reaches past it): the climate, WeatherProcess::climateOutlook(), with each spread the
///   wider of the climate's and the last point's — nothing is known there but the season.
class HourlyOutlook
{
public:
    static constexpr int kPoints = 7 * 24 + 1;
    static constexpr qint64 kStepSeconds = 3600;
    /// What the wire keeps of each value: the server rounds before forecasting, so what it
    /// publishes is what it used.
    static constexpr double kWindResolution = 0.01;   ///< m/s
    static constexpr double kCloudResolution = 1e-4;  ///< cloud cover 0..1
    static constexpr double kTemperatureResolution = 0.01; ///< °C
    static constexpr double kSigmaResolution = 1e-4;  ///< log wind, logit cloud, °C

    HourlyOutlook() = default;
    /// `points` start at `issued` floored to its hour (UTC), one an hour.
    HourlyOutlook(const QDateTime &issued, QList<WeatherOutlook> points);

    /// The weather process's outlook issued at `issued`, at each of the kPoints hours from the
    /// issue hour on, rounded to the wire's resolution.
    static HourlyOutlook issue(const WeatherProcess &weather, const QDateTime &issued);
    /// `outlook` rounded to the wire's resolution.
    static WeatherOutlook rounded(const WeatherOutlook &outlook);

    bool isEmpty() const { return m_points.isEmpty(); }
    QDateTime issued() const { return m_issued; }
    QDateTime start() const { return m_start; }
    /// The last point's time.
    QDateTime end() const;
    const QList<WeatherOutlook> &points() const { return m_points; }

    /// The outlook for `target` (see the class comment for before start and after the end).
    WeatherOutlook at(const QDateTime &target) const;

    bool operator==(const HourlyOutlook &) const = default;

private:
    QDateTime m_issued;
    QDateTime m_start;
    QList<WeatherOutlook> m_points;
};

} // namespace et::domain::energy
