// SPDX-License-Identifier: MIT
#pragma once

#include "../result.h"
#include "georegion.h"

#include <QList>
#include <QPointF>

namespace et::domain::geo {

/// Splits a polygon with holes into triangles so the scene graph can fill it (GPUs draw triangles,
/// not polygons). Ear clipping after bridging each hole to the outer ring (Eberly, "Triangulation
/// by Ear Clipping", 2002); O(n²), plenty for boundary data of a few thousand vertices.
class PolygonTriangulator
{
public:
    struct Mesh
    {
        QList<QPointF> vertices; ///< the cleaned ring vertices: outer first, then holes
        QList<quint32> indices;  ///< three per triangle, into vertices
    };

    /// `polygon` = outer ring then holes, any orientation, without the closing repeat. Fails for
    /// a ring with fewer than three distinct points or an outer ring without area. An outer ring
    /// without holes that crosses itself is split at the crossings and every lobe is filled (the
    /// even-odd reading of a bow-tie).
    static Result<Mesh> triangulate(const GeoPolygon &polygon);

    /// Shoelace formula: positive for counter-clockwise rings in a y-up frame.
    static double signedArea(const GeoRing &ring);
    /// Sum of the triangles' areas.
    static double area(const Mesh &mesh);

private:
    static Result<Mesh> triangulateSimple(const GeoPolygon &polygon);
};

} // namespace et::domain::geo
