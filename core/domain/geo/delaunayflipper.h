// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QSet>

namespace et::domain::geo {

/// Turns a triangulation of a polygon into its constrained Delaunay triangulation by flipping
/// edges (Lawson's algorithm): every diagonal whose opposite vertex lies inside the other
/// triangle's circumcircle is swapped for the other diagonal of the pair, until none is left.
/// Ear clipping leaves long thin slivers across a region; a software rasterizer (llvmpipe) pays
/// for every 64-pixel tile a triangle's edges cross, so slivers cost far more than their area.
/// Flips keep the vertices, the filled area and every constrained (ring) edge.
class DelaunayFlipper
{
public:
    /// An undirected edge between two vertex indices, smaller index first.
    static quint64 edgeKey(quint32 a, quint32 b);

    /// `indices`: three per counter-clockwise triangle, into `vertices`; changed in place.
    /// `constrained`: edgeKey()s that must stay (the polygon's rings). Returns the flips made.
    static int flip(const QList<QPointF> &vertices, QList<quint32> &indices, const QSet<quint64> &constrained);
};

} // namespace et::domain::geo
