// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QPointF>

namespace et::domain::geo {

/// A circle of true ground radius (a disaster's affected area), as a ring of projected points.
/// Each point is found along a great circle (QGeoCoordinate::atDistanceAndAzimuth), so the ring is
/// correct on the ground, and stretches north-south on the Mercator map as it should.
class GeoCircle
{
public:
    /// `segments` points in world coordinates (WebMercator::project), clockwise from north;
    /// empty for an invalid centre, a non-positive or non-finite radius, or fewer than 3 segments.
    static QList<QPointF> worldRing(const QGeoCoordinate &center, double radiusMeters, int segments);
};

} // namespace et::domain::geo
