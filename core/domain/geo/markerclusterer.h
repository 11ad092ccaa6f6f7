// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace et::domain::geo {

/// Groups map points into clusters for low zoom levels. Stable as you pan: cells are anchored on
/// the world grid, not on the viewport, and every point is clustered (not only the visible ones),
/// so the same points at the same zoom always give the same clusters in the same order.
class MarkerClusterer
{
public:
    struct Cluster
    {
        QPointF world;           ///< centroid of the members, world coordinates
        int count = 0;           ///< members.size()
        int representative = -1; ///< the member closest to the centroid (smallest id on ties)
        QList<int> members;      ///< indices into the input, ascending
        QHash<QString, int> countByKind;
    };

    /// Clusters points at integer zoom floor(zoom) with cells of `cellPx` screen pixels; points
    /// alone in their cell come back as clusters of count 1. Neighbouring cells whose centroids are
    /// closer than cellPx/2 on screen are merged (one pass), so a cluster never straddles a visibly
    /// empty gap. kinds may be empty (then countByKind is empty).
    ///
    /// Merging only joins cells that share their parent cell (the cell one zoom coarser), so the
    /// clusters of zoom z+1 always split those of zoom z and never regroup points that were apart:
    /// zooming in only ever breaks clusters open. Points with a non-finite coordinate are left out;
    /// kinds whose size differs from world's are ignored (countByKind empty); zoom is clamped to
    /// [0, 30] (a non-finite zoom counts as 0) and a non-positive or non-finite cellPx as 64.
    static QList<Cluster> cluster(const QList<QPointF> &world, const QStringList &kinds, double zoom,
                                  double cellPx = 64.0);
};

} // namespace et::domain::geo
