// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace et::domain::hazard {

/// The quadrants a best track gives wind radii for, clockwise from north-east.
enum class Quadrant { NorthEast, SouthEast, SouthWest, NorthWest };

/// How far from the centre a wind speed reaches in each quadrant, km (nothing: not reported).
struct WindRadii
{
    std::array<double, 4> km{}; ///< by Quadrant
    bool known = false;
    /// The radius in the quadrant of `bearingDeg` (from the centre, clockwise from north).
    double atBearing(double bearingDeg) const;
    bool operator==(const WindRadii &) const = default;
};

/// One fix of a typhoon's track: where the centre was, how deep and how strong, and how far its
/// 15 m/s (30 kt) and 25 m/s (50 kt) winds reached.
struct TrackPoint
{
    QDateTime time;                 ///< UTC
    double lat = 0.0;
    double lon = 0.0;
    std::optional<double> pressureHpa;   ///< central pressure
    std::optional<double> maxWindMs;     ///< maximum sustained wind (the agency's averaging period)
    WindRadii r15;                  ///< JMA's 30-kt radii
    WindRadii r25;                  ///< JMA's 50-kt radii
    bool operator==(const TrackPoint &) const = default;
};

/// A typhoon's best (or forecast) track: its fixes in time order.
struct TyphoonTrack
{
    QString id;    ///< e.g. JMA's international number "1819"
    QString name;  ///< e.g. "SOULIK"
    QString source; ///< "JMA" or "JTWC"
    QList<TrackPoint> points;

    /// The track at `time`, interpolated linearly between the fixes around it (positions on the
    /// sphere's short way; pressure, wind and radii where both fixes have them); nothing outside
    /// the track's span.
    std::optional<TrackPoint> at(const QDateTime &time) const;
    /// The smallest distance between `lat`, `lon` and the track's fixes, km.
    double closestApproachKm(double lat, double lon) const;
    bool operator==(const TyphoonTrack &) const = default;
};

} // namespace et::domain::hazard
