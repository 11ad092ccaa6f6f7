// SPDX-License-Identifier: MIT
#pragma once

#include "geobounds.h"

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace et::domain::geo {

/// What a flat map shows: a centre, a fractional zoom level and a viewport size in pixels. A value
/// type with no Gui dependency, so every screen ↔ coordinate decision of the map item is testable
/// without a window. The centre is kept in world coordinates (doubles) so that repeated pans and
/// zooms do not drift through lat/lon round trips.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QGeoCoordinate &center, double zoom, const QSizeF &size);

    QGeoCoordinate center() const;
    QPointF centerWorld() const { return m_centerWorld; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    /// Pixels per world unit (the world square's side in pixels).
    double scale() const;
    /// Metres per pixel at the centre's latitude.
    double groundResolution() const;

    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;
    QPointF toScreen(const QGeoCoordinate &coordinate) const;
    QGeoCoordinate toCoordinate(const QPointF &screen) const;
    QRectF visibleWorldRect() const;

    MapViewport withCenter(const QGeoCoordinate &center) const;
    MapViewport withCenterWorld(const QPointF &world) const;
    MapViewport withZoom(double zoom) const;
    MapViewport withSize(const QSizeF &size) const;
    /// Moves the view (not the content) by (dx, dy) pixels, as Qt Location's Map.pan does: a
    /// positive dx shows what was to the right. A drag by (mx, my) is therefore panned(-mx, -my).
    MapViewport panned(double dx, double dy) const;
    /// Changes the zoom while the point under `anchor` (screen pixels) stays where it is.
    MapViewport zoomedAround(double newZoom, const QPointF &anchor) const;
    /// Centre and zoom that show `bounds` with `paddingPx` free on every side; the zoom is limited
    /// to [minZoom, maxZoom]. An empty box or an empty viewport leaves the view unchanged.
    MapViewport fitted(const GeoBounds &bounds, double paddingPx, double minZoom, double maxZoom) const;
    /// The same view with its centre kept inside `limits` (a centre outside is moved to the edge).
    MapViewport clampedCenter(const GeoBounds &limits) const;

private:
    QPointF m_centerWorld{0.5, 0.5};
    double m_zoom = 0.0;
    QSizeF m_size;
};

} // namespace et::domain::geo
