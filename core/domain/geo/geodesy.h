// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>

namespace et::domain::geo {

/// Distance, bearing and destination on the Earth through QtPositioning (QGeoCoordinate: great
/// circles on a sphere of radius 6371.0072 km — within 0.5 % of the ellipsoid, far below what an
/// island's trips and search radii need). One place for the backend (truck movement, center search,
/// disaster impact) and the console (distance filters), so both measure the same kilometres.
/// Invalid or out-of-range input gives NaN (or an invalid coordinate), never a silent zero.
class Geodesy
{
public:
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    /// Initial bearing from point 1 towards point 2, degrees clockwise from north in [0, 360).
    static double bearingDeg(double lat1, double lon1, double lat2, double lon2);
    /// The point `distanceKm` away from (lat, lon) along initial bearing `bearingDeg`.
    static QGeoCoordinate destination(double lat, double lon, double distanceKm, double bearingDeg);
};

} // namespace et::domain::geo
