// SPDX-License-Identifier: MIT
#include "polygonlayer.h"

#include "coordinatevariant.h"
#include "maplogging.h"

#include "domain/geo/polygontriangulator.h"
#include "domain/geo/webmercator.h"

namespace et::map {

using namespace domain::geo;

void PolygonLayer::readRow(int row)
{
    if (row < 0 || row >= m_polygons.size())
        return;
    MapArea &area = m_polygons[row];
    area = MapArea{};
    area.severity = data(row, "severity").toInt();
    GeoRing ring;
    for (const QGeoCoordinate &c : CoordinateVariant::toCoordinates(data(row, "path"))) {
        if (!c.isValid()) {
            qCWarning(lcMap) << "polygon row" << row << "has an unusable point in its path; not drawn";
            return;
        }
        ring << WebMercator::project(c.latitude(), c.longitude());
    }
    // A closed path repeats its first point; the triangulator wants it once.
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    const auto mesh = PolygonTriangulator::triangulate(GeoPolygon{ring});
    if (!mesh.ok()) {
        qCWarning(lcMap) << "polygon row" << row << "cannot be filled:" << mesh.error().toString() << "; not drawn";
        return;
    }
    area.ring = ring;
    area.triangles.reserve(mesh.value().indices.size());
    for (const quint32 i : mesh.value().indices)
        area.triangles << mesh.value().vertices.at(i);
}

} // namespace et::map
