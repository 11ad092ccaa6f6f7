// SPDX-License-Identifier: MIT
#pragma once

#include "flowgeometry.h"
#include "maparea.h"
#include "mapcluster.h"
#include "mappalette.h"
#include "markerlayer.h"
#include "tiledraw.h"

#include "domain/geo/mapviewport.h"
#include "domain/geo/regionmesh.h"
#include "domain/geo/scalebar.h"

#include <QColor>
#include <QImage>
#include <QList>

#include <cmath>

#include <memory>

namespace et::map {

/// A region name rendered once to an image (on the GUI thread), placed at its world anchor.
struct MapLabelImage
{
    QImage image;        ///< with devicePixelRatio set
    QPointF world;
    bool major = false;
};

/// Everything the scene graph needs for one frame, handed from JejuMap to the nodes during the
/// sync step (GUI thread blocked, so plain references are safe). Versions let the nodes rebuild
/// only what changed: a pan rebuilds the screen-space markers and moves a matrix, nothing else.
struct MapFrame
{
    domain::geo::MapViewport viewport;
    QColor land, sea, boundary;
    MapPalette palette; ///< the markers' and flows' colours
    QColor labelColor;  ///< the place names' colour, which decides the scale bar's (MapPalette)
    bool drawSea = true; ///< false: the window's clear colour is the sea (see JejuMap::drawSea)
    std::shared_ptr<const domain::geo::RegionMesh> mesh;
    const QList<MapMarker> *markers = nullptr;
    const MarkerChanges *markerChanges = nullptr; ///< rows changed since the last frame
    /// Non-null while markers are clustered (low zoom, many markers): then single markers and
    /// cluster badges are drawn from these, with `topRows` (selected, hovered) always on their own.
    const QList<MapCluster> *clusters = nullptr;
    QList<int> topRows;
    const QList<MapArea> *circles = nullptr;
    const QList<MapArea> *polygons = nullptr;
    const QList<MapLabelImage> *labels = nullptr;
    const QList<TileDraw> *tiles = nullptr; ///< raster tiles under the land, when a source is on
    quint64 meshVersion = 0, markersVersion = 0, circlesVersion = 0, polygonsVersion = 0, labelsVersion = 0;
    const QList<MapFlow> *flows = nullptr;
    quint64 flowsVersion = 0;
    double flowPhase = 0.0; ///< where the flow arrows are along their spacing (0..1)
    quint64 colorsVersion = 0, scaleBarVersion = 0;
    int hoveredRow = -1;
    bool showLabels = true;
    bool showScaleBar = true;
    domain::geo::ScaleBar scaleBar;
    QImage scaleBarText;
};

/// Marker sizes in device-independent pixels, shared by drawing and hit testing.
struct MarkerStyle
{
    static constexpr double kRadius = 6.0;
    static constexpr double kSelectedRadius = 9.0;
    static constexpr double kHoveredRadius = 8.0;
    static constexpr double kRingWidth = 2.0;
    /// Extra pixels around a marker that still count as a click on it.
    static constexpr double kHitSlack = 4.0;

    static double radius(bool selected, bool hovered)
    {
        return selected ? kSelectedRadius : (hovered ? kHoveredRadius : kRadius);
    }

    /// The output ring of an asset (MapMarker::outputLevel): a translucent disc in the marker's
    /// colour behind it, whose area grows with the share of capacity in use — nothing at zero,
    /// kOutputRingGrowth pixels beyond the marker's ring at full output. Area, not radius, follows
    /// the share, as in proportional-symbol maps, so a plant at half output reads as half.
    static constexpr double kOutputRingGrowth = 10.0;
    /// The ring's outer radius around a marker of `markerRadius`; 0 for no ring.
    static double outputRingRadius(double markerRadius, int outputLevel)
    {
        if (outputLevel <= 0)
            return 0.0;
        return markerRadius + kRingWidth + kOutputRingGrowth * std::sqrt(double(outputLevel) / MapMarker::kOutputLevels);
    }
};

} // namespace et::map
