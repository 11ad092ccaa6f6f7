// SPDX-License-Identifier: MIT
#include "geocircle.h"

#include "webmercator.h"

#include <cmath>

namespace et::domain::geo {

QList<QPointF> GeoCircle::worldRing(const QGeoCoordinate &center, double radiusMeters, int segments)
{
    QList<QPointF> ring;
    if (!center.isValid() || !std::isfinite(radiusMeters) || radiusMeters <= 0.0 || segments < 3)
        return ring;
    ring.reserve(segments);
    for (int i = 0; i < segments; ++i) {
        const qreal azimuth = 360.0 * i / segments;
        ring.append(WebMercator::project(center.atDistanceAndAzimuth(radiusMeters, azimuth)));
    }
    return ring;
}

} // namespace et::domain::geo
