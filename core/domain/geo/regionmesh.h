// SPDX-License-Identifier: MIT
#pragma once

#include "../result.h"
#include "geobounds.h"
#include "georegion.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace et::domain::geo {

/// Where a region's name goes on the map.
struct RegionLabel
{
    QString name;
    QString nameEng;
    QPointF world;       ///< centroid of the region's largest polygon, world coordinates
    bool major = false;  ///< an eup or myeon (읍/면), labelled earlier than the small urban dongs
};

/// The base layer of the map, computed once off the GUI thread: regions projected to world
/// coordinates and triangulated for filling, boundary segments for the lines, label anchors, and
/// the rings themselves for renderers that fill paths (the software scene graph).
class RegionMesh
{
public:
    QList<QPointF> triangles;     ///< world coordinates, three per triangle
    QList<QPointF> boundaryLines; ///< world coordinates, two per segment
    QList<GeoRing> worldRings;    ///< every ring (outer and holes) in world coordinates
    QList<RegionLabel> labels;    ///< one per region
    GeoBounds bounds;             ///< of all positions, in degrees
    int regionCount = 0;

    /// Fails (naming the region and polygon) if a polygon cannot be triangulated.
    static Result<RegionMesh> build(const QList<GeoRegion> &regions);
    /// Sum of triangle areas in world units² (for tests and sanity checks).
    double triangleArea() const;
};

} // namespace et::domain::geo
