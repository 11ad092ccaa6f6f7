// SPDX-License-Identifier: MIT
#include "webmercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace et::domain::geo {

QPointF WebMercator::project(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
    const double x = (longitude + 180.0) / 360.0;
    const double s = std::sin(qDegreesToRadians(lat));
    // 0.5 − ln((1+sinφ)/(1−sinφ))/(4π) equals the tile formula's (1 − ln(tanφ + secφ)/π)/2.
    const double y = 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * M_PI);
    return {x, y};
}

QPointF WebMercator::project(const QGeoCoordinate &coordinate)
{
    return project(coordinate.latitude(), coordinate.longitude());
}

QGeoCoordinate WebMercator::unproject(const QPointF &world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double n = M_PI * (1.0 - 2.0 * world.y());
    const double lat = qRadiansToDegrees(std::atan(std::sinh(n)));
    return QGeoCoordinate(lat, lon);
}

double WebMercator::worldSizePx(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPoint WebMercator::tileAt(double latitude, double longitude, int zoom)
{
    const QPointF w = project(latitude, longitude);
    const double n = std::exp2(zoom);
    const int maxIndex = int(n) - 1;
    return {std::clamp(int(std::floor(w.x() * n)), 0, maxIndex),
            std::clamp(int(std::floor(w.y() * n)), 0, maxIndex)};
}

double WebMercator::groundResolution(double latitude, double zoom)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
    return std::cos(qDegreesToRadians(lat)) * 2.0 * M_PI * kEarthRadiusM / worldSizePx(zoom);
}

bool WebMercator::isValidCoordinate(double latitude, double longitude)
{
    return std::isfinite(latitude) && std::isfinite(longitude) && std::abs(latitude) <= 90.0
        && std::abs(longitude) <= 180.0;
}

} // namespace et::domain::geo
