// SPDX-License-Identifier: MIT
#pragma once

#include "clusterbadge.h"
#include "mapcluster.h"
#include "mappalette.h"
#include "markerlayer.h"

#include "domain/geo/mapviewport.h"

#include <QColor>
#include <QList>
#include <QPointF>

namespace et::map {

/// One marker as drawn: where, how large, which colours, and which model row it is.
struct MarkerDot
{
    int row = -1;
    QPointF center; ///< item pixels
    double radius = 0.0;
    QColor fill;
    QColor ring;
    double outputRing = 0.0; ///< the output ring's outer radius (MarkerStyle::outputRingRadius); 0: none
};

/// What the marker layer draws in a frame: single markers and, at low zoom, cluster badges.
struct MarkerDrawing
{
    QList<MarkerDot> dots;
    QList<ClusterBadge> badges;
};

/// Decides which markers are drawn and in which order, in plain C++ shared by both renderers and
/// by hit testing, so a click always lands on the marker the user sees on top: markers off screen
/// are left out, and the selected and hovered ones come last (drawn over the others).
class MarkerDrawList
{
public:
    static QList<MarkerDot> build(const QList<MapMarker> &markers, const domain::geo::MapViewport &viewport,
                                  int hoveredRow, const MapPalette &palette = {});
    /// The same with clusters: a cluster of one draws its marker, a larger one a badge; the
    /// `topRows` (selected and hovered) are always drawn on their own, on top, even inside a
    /// cluster, so the entity an operator picked never disappears into a bubble.
    static MarkerDrawing buildClustered(const QList<MapMarker> &markers, const QList<MapCluster> &clusters,
                                        const QList<int> &topRows, const domain::geo::MapViewport &viewport,
                                        int hoveredRow, const MapPalette &palette = {});
    /// The cluster index of the badge under `position` (the last drawn wins), or -1.
    static int hitBadge(const QList<ClusterBadge> &badges, const QPointF &position);
    /// The row of the topmost dot within its radius, ring and a little slack of `position`, or -1.
    static int hit(const QList<MarkerDot> &dots, const QPointF &position);
};

} // namespace et::map
