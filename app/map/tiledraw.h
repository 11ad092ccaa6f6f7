// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QRectF>

namespace et::map {

/// One raster tile piece to draw this frame: `source` (pixels of `image`) goes to `target`
/// (item pixels). A parent tile standing in for a child that is still loading, or a tile past the
/// source's deepest zoom, is a part of a larger image; children standing in for a parent are four
/// pieces. Made by TileLayer on the GUI thread, drawn by TileLayerNode.
struct TileDraw
{
    QImage image;
    QRectF source;
    QRectF target;
};

} // namespace et::map
