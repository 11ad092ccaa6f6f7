// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace et::domain {

/// A point of a truck's trip and when the truck passes it, in seconds after departure.
struct RoutePoint
{
    double lat = 0.0;
    double lon = 0.0;
    double atSec = 0.0;
    bool operator==(const RoutePoint &) const = default;
};

/// Where a truck is on its trip at some moment: the position, its heading along the road and the
/// speed on that stretch.
struct RoutePosition
{
    double lat = 0.0;
    double lon = 0.0;
    double headingDeg = 0.0;
    double speedKmh = 0.0;
    bool arrived = false;
};

/// The trip a driving truck is on, as the server planned it when the truck left: the road
/// nodes it passes (or, off the roads, just the two ends) with the time it reaches each. The
/// truck's position at any moment follows from the trip alone, so a restarted server puts it
/// exactly where it was, and a console draws the line and the ETA without routing anything.
struct TruckRoute
{
    QDateTime departedAt;
    QList<RoutePoint> points; ///< from the start to the target; times rise from 0
    bool onRoads = true;      ///< false: a straight-line fallback (an end far from any road)

    bool isEmpty() const { return points.size() < 2 || !departedAt.isValid(); }
    /// When the truck is expected at the target.
    QDateTime eta() const;
    double totalSeconds() const { return points.isEmpty() ? 0.0 : points.last().atSec; }
    /// The position `elapsedSec` seconds after departure (the target once past the end).
    RoutePosition at(double elapsedSec) const;
    /// The points still ahead `elapsedSec` after departure, starting where the truck is then.
    QList<RoutePoint> remaining(double elapsedSec) const;

    /// `{"departed_at": …, "on_roads": …, "points": [[lat, lon, s], …]}`; at least two points,
    /// times that never fall, positions on the Earth.
    static Result<TruckRoute> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const TruckRoute &) const = default;
};

} // namespace et::domain
