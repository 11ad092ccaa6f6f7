// SPDX-License-Identifier: MIT
#include "geodesy.h"

#include <cmath>

namespace et::domain::geo {

namespace {

bool usable(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90.0 && std::abs(lon) <= 180.0;
}

} // namespace

double Geodesy::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    if (!usable(lat1, lon1) || !usable(lat2, lon2))
        return qQNaN();
    return QGeoCoordinate(lat1, lon1).distanceTo(QGeoCoordinate(lat2, lon2)) / 1000.0;
}

double Geodesy::bearingDeg(double lat1, double lon1, double lat2, double lon2)
{
    if (!usable(lat1, lon1) || !usable(lat2, lon2))
        return qQNaN();
    const double azimuth = QGeoCoordinate(lat1, lon1).azimuthTo(QGeoCoordinate(lat2, lon2));
    return std::fmod(azimuth + 360.0, 360.0);
}

QGeoCoordinate Geodesy::destination(double lat, double lon, double distanceKm, double bearingDeg)
{
    if (!usable(lat, lon) || !std::isfinite(distanceKm) || !std::isfinite(bearingDeg))
        return {};
    return QGeoCoordinate(lat, lon).atDistanceAndAzimuth(distanceKm * 1000.0, bearingDeg);
}

} // namespace et::domain::geo
