// SPDX-License-Identifier: MIT
#include "regionmesh.h"

#include "polygontriangulator.h"
#include "webmercator.h"

#include <cmath>

namespace et::domain::geo {
namespace {

QPointF ringCentroid(const GeoRing &ring)
{
    double a = 0.0, cx = 0.0, cy = 0.0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &p = ring[i];
        const QPointF &q = ring[(i + 1) % n];
        const double c = p.x() * q.y() - q.x() * p.y();
        a += c;
        cx += (p.x() + q.x()) * c;
        cy += (p.y() + q.y()) * c;
    }
    if (a == 0.0)
        return ring.isEmpty() ? QPointF() : ring.first();
    return {cx / (3.0 * a), cy / (3.0 * a)};
}

} // namespace

Result<RegionMesh> RegionMesh::build(const QList<GeoRegion> &regions)
{
    RegionMesh mesh;
    mesh.regionCount = int(regions.size());
    for (qsizetype r = 0; r < regions.size(); ++r) {
        const GeoRegion &region = regions[r];
        GeoRing largest;
        double largestArea = -1.0;
        for (qsizetype p = 0; p < region.polygons.size(); ++p) {
            GeoPolygon world;
            for (const GeoRing &ring : region.polygons[p]) {
                GeoRing w;
                w.reserve(ring.size());
                for (const QPointF &pos : ring) {
                    mesh.bounds.extend(pos.y(), pos.x());
                    w.append(WebMercator::project(pos.y(), pos.x()));
                }
                for (qsizetype i = 0; i < w.size(); ++i)
                    mesh.boundaryLines << w[i] << w[(i + 1) % w.size()];
                mesh.worldRings.append(w);
                world.append(std::move(w));
            }
            auto tri = PolygonTriangulator::triangulate(world);
            if (!tri.ok()) {
                return tri.error().prefixed(QStringLiteral("regions[%1](%2).polygons[%3]")
                                                .arg(r).arg(region.name).arg(p));
            }
            for (quint32 index : tri.value().indices)
                mesh.triangles.append(tri.value().vertices[index]);
            const double area = std::abs(PolygonTriangulator::signedArea(world.first()));
            if (area > largestArea) {
                largestArea = area;
                largest = world.first();
            }
        }
        const bool major = region.name.endsWith(u'읍') || region.name.endsWith(u'면');
        mesh.labels.append({region.name, region.nameEng, ringCentroid(largest), major});
    }
    return mesh;
}

double RegionMesh::triangleArea() const
{
    double sum = 0.0;
    for (qsizetype t = 0; t + 2 < triangles.size(); t += 3) {
        const QPointF &a = triangles[t], &b = triangles[t + 1], &c = triangles[t + 2];
        sum += std::abs((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())) / 2.0;
    }
    return sum;
}

} // namespace et::domain::geo
