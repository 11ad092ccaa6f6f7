// SPDX-License-Identifier: MIT
#include "circlelayer.h"

#include "maplogging.h"

#include "domain/geo/geocircle.h"
#include "domain/geo/webmercator.h"

#include <cmath>

namespace et::map {

using namespace domain::geo;

void CircleLayer::readRow(int row)
{
    if (row < 0 || row >= m_circles.size())
        return;
    MapArea &c = m_circles[row];
    bool latOk = false, lonOk = false, radiusOk = false;
    const double lat = data(row, "latitude").toDouble(&latOk);
    const double lon = data(row, "longitude").toDouble(&lonOk);
    const double radiusKm = data(row, "radiusKm").toDouble(&radiusOk);
    c.severity = data(row, "severity").toInt();
    c.ring.clear();
    c.triangles.clear();
    if (!latOk || !lonOk || !radiusOk || !WebMercator::isValidCoordinate(lat, lon) || !std::isfinite(radiusKm)
        || radiusKm <= 0.0) {
        qCWarning(lcMap) << "circle row" << row << "has no usable centre or radius; not drawn";
        return;
    }
    const QPointF center = WebMercator::project(lat, lon);
    c.ring = GeoCircle::worldRing(QGeoCoordinate(lat, lon), radiusKm * 1000.0, kSegments);
    // A circle is convex: a fan from the centre fills it.
    c.triangles.reserve(c.ring.size() * 3);
    for (qsizetype i = 0, n = c.ring.size(); i < n; ++i)
        c.triangles << center << c.ring[i] << c.ring[(i + 1) % n];
}

} // namespace et::map
