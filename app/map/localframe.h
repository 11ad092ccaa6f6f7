// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/mapviewport.h"
#include "domain/geo/webmercator.h"

#include <QMatrix4x4>
#include <QPointF>
#include <QTransform>

namespace et::map {

/// World coordinates near Jeju shifted and scaled into a float-friendly range. Vertex buffers are
/// float: raw world coordinates (~0.85) would keep only ~1e-7 of precision, about 3 px at zoom 17.
/// Relative to a point north-west of Jeju and in pixels of zoom 12, Jeju spans ~2,400 units and a
/// float keeps ~1e-4 of a unit, which is under 0.01 px even at zoom 17.
struct LocalFrame
{
    static QPointF origin() { return domain::geo::WebMercator::project(34.2, 126.0); }
    static constexpr double kScale = 1048576.0; // 256 · 2^12

    static QPointF toLocal(const QPointF &world) { return (world - origin()) * kScale; }

    /// Maps local units to item pixels for a viewport: the one matrix a pan or zoom changes.
    static QTransform localToItem(const domain::geo::MapViewport &v)
    {
        const double s = v.scale() / kScale;
        const QPointF t = v.worldToScreen(origin());
        return QTransform(s, 0, 0, s, t.x(), t.y());
    }
    static QMatrix4x4 localToItemMatrix(const domain::geo::MapViewport &v) { return QMatrix4x4(localToItem(v)); }
};

} // namespace et::map
