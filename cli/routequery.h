// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>

namespace et::cli {

/// `energytruck-cli route`: a drive to plan on Jeju's roads, checked. Positions are "LAT,LON" in
/// degrees (north and east positive); the departure sets the hour's congestion factor.
struct RouteQuery
{
    double fromLat = 0.0;
    double fromLon = 0.0;
    double toLat = 0.0;
    double toLon = 0.0;
    QDateTime depart;          ///< default: now
    double speedCapKmh = 80.0; ///< the truck's own top speed

    /// Reads --from, --to (required), --depart and --speed-cap (optional; empty = not given). An
    /// error names the option and says what it must be.
    static domain::Result<RouteQuery> parse(const QString &from, const QString &to, const QString &depart, const QString &speedCap);
};

} // namespace et::cli
