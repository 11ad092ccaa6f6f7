// SPDX-License-Identifier: MIT
#include "mapviewport.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace et::domain::geo {

MapViewport::MapViewport(const QGeoCoordinate &center, double zoom, const QSizeF &size)
    : m_centerWorld(WebMercator::project(center)), m_zoom(zoom), m_size(size)
{
}

QGeoCoordinate MapViewport::center() const
{
    return WebMercator::unproject(m_centerWorld);
}

double MapViewport::scale() const
{
    return WebMercator::worldSizePx(m_zoom);
}

double MapViewport::groundResolution() const
{
    return WebMercator::groundResolution(center().latitude(), m_zoom);
}

QPointF MapViewport::worldToScreen(const QPointF &world) const
{
    const double s = scale();
    return {(world.x() - m_centerWorld.x()) * s + m_size.width() / 2.0,
            (world.y() - m_centerWorld.y()) * s + m_size.height() / 2.0};
}

QPointF MapViewport::screenToWorld(const QPointF &screen) const
{
    const double s = scale();
    return {(screen.x() - m_size.width() / 2.0) / s + m_centerWorld.x(),
            (screen.y() - m_size.height() / 2.0) / s + m_centerWorld.y()};
}

QPointF MapViewport::toScreen(const QGeoCoordinate &coordinate) const
{
    return worldToScreen(WebMercator::project(coordinate));
}

QGeoCoordinate MapViewport::toCoordinate(const QPointF &screen) const
{
    return WebMercator::unproject(screenToWorld(screen));
}

QRectF MapViewport::visibleWorldRect() const
{
    return QRectF(screenToWorld(QPointF(0, 0)), screenToWorld(QPointF(m_size.width(), m_size.height())));
}

MapViewport MapViewport::withCenter(const QGeoCoordinate &center) const
{
    return withCenterWorld(WebMercator::project(center));
}

MapViewport MapViewport::withCenterWorld(const QPointF &world) const
{
    MapViewport v = *this;
    v.m_centerWorld = world;
    return v;
}

MapViewport MapViewport::withZoom(double zoom) const
{
    MapViewport v = *this;
    v.m_zoom = zoom;
    return v;
}

MapViewport MapViewport::withSize(const QSizeF &size) const
{
    MapViewport v = *this;
    v.m_size = size;
    return v;
}

MapViewport MapViewport::panned(double dx, double dy) const
{
    const double s = scale();
    return withCenterWorld(m_centerWorld + QPointF(dx / s, dy / s));
}

MapViewport MapViewport::zoomedAround(double newZoom, const QPointF &anchor) const
{
    const QPointF anchorWorld = screenToWorld(anchor);
    const double s = WebMercator::worldSizePx(newZoom);
    // Solve worldToScreen(anchorWorld) == anchor for the new centre.
    const QPointF center(anchorWorld.x() - (anchor.x() - m_size.width() / 2.0) / s,
                         anchorWorld.y() - (anchor.y() - m_size.height() / 2.0) / s);
    MapViewport v = withZoom(newZoom);
    v.m_centerWorld = center;
    return v;
}

MapViewport MapViewport::fitted(const GeoBounds &bounds, double paddingPx, double minZoom, double maxZoom) const
{
    if (bounds.isEmpty() || m_size.width() <= 0.0 || m_size.height() <= 0.0)
        return *this;
    const QPointF nw = WebMercator::project(bounds.north(), bounds.west());
    const QPointF se = WebMercator::project(bounds.south(), bounds.east());
    const double w = std::max(se.x() - nw.x(), 1e-12);
    const double h = std::max(se.y() - nw.y(), 1e-12);
    const double availW = std::max(m_size.width() - 2.0 * paddingPx, 1.0);
    const double availH = std::max(m_size.height() - 2.0 * paddingPx, 1.0);
    // scale = 256·2^z must satisfy w·scale ≤ availW and h·scale ≤ availH.
    const double scale = std::min(availW / w, availH / h);
    const double zoom = std::clamp(std::log2(scale / WebMercator::kTileSize), minZoom, maxZoom);
    MapViewport v = withZoom(zoom);
    v.m_centerWorld = (nw + se) / 2.0;
    return v;
}

MapViewport MapViewport::clampedCenter(const GeoBounds &limits) const
{
    if (limits.isEmpty())
        return *this;
    const QPointF nw = WebMercator::project(limits.north(), limits.west());
    const QPointF se = WebMercator::project(limits.south(), limits.east());
    return withCenterWorld(QPointF(std::clamp(m_centerWorld.x(), nw.x(), se.x()),
                                   std::clamp(m_centerWorld.y(), nw.y(), se.y())));
}

} // namespace et::domain::geo
