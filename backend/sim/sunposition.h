// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace et::backend {

/// Where the sun stands, from the NOAA "general solar position" series (fractional year,
/// declination, equation of time). Good to a fraction of a degree, which is plenty for a
/// solar-output curve; not a replacement for NREL SPA.
class SunPosition
{
public:
    /// Elevation above the horizon in degrees (negative at night), without refraction.
    static double elevationDeg(const QDateTime &utc, double latDeg, double lonDeg);
};

} // namespace et::backend
