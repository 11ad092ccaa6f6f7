// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

namespace et::map {

/// One shaded area of the map (a disaster footprint, circle or polygon) in world coordinates: its
/// outline and its fill as triangles, both made once when the model row is read, so a frame only
/// transforms them and both renderers draw circles and polygons the same way.
struct MapArea
{
    QList<QPointF> ring;      ///< outline without the closing repeat; empty when the row is unusable
    QList<QPointF> triangles; ///< the fill, three points per triangle
    int severity = 1;
};

} // namespace et::map
