// SPDX-License-Identifier: MIT
#pragma once

#include <QtMath>
#include <cmath>

namespace et::test {

/// An independent check of great-circle distances: the equirectangular approximation on a sphere
/// of the mean Earth radius, good to well under 1 % over a few tens of km at Jeju's latitude.
inline double approxKm(double lat1, double lon1, double lat2, double lon2)
{
    const double meanLat = qDegreesToRadians((lat1 + lat2) / 2);
    const double dx = qDegreesToRadians(lon2 - lon1) * std::cos(meanLat) * 6371.0088;
    const double dy = qDegreesToRadians(lat2 - lat1) * 6371.0088;
    return std::hypot(dx, dy);
}

} // namespace et::test
