// SPDX-License-Identifier: MIT
#include "geomath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace et::backend {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kEarthRadiusKm = 6371.0088;
} // namespace

double GeoMath::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    // Haversine: well conditioned for the short distances we mostly measure.
    const double dLat = (lat2 - lat1) * kDegToRad;
    const double dLon = (lon2 - lon1) * kDegToRad;
    const double a = std::pow(std::sin(dLat / 2), 2)
                     + std::cos(lat1 * kDegToRad) * std::cos(lat2 * kDegToRad) * std::pow(std::sin(dLon / 2), 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

double GeoMath::bearingDeg(double lat1, double lon1, double lat2, double lon2)
{
    const double y = std::sin((lon2 - lon1) * kDegToRad) * std::cos(lat2 * kDegToRad);
    const double x = std::cos(lat1 * kDegToRad) * std::sin(lat2 * kDegToRad)
                     - std::sin(lat1 * kDegToRad) * std::cos(lat2 * kDegToRad) * std::cos((lon2 - lon1) * kDegToRad);
    return std::fmod(std::atan2(y, x) / kDegToRad + 360.0, 360.0);
}

} // namespace et::backend
