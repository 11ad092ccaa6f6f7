// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QRgb>

class QPainter;

namespace et::map {

struct MarkerDot;

/// How one marker looks: fill, ring colour, radius and output ring (1/16 px steps). The atlas key.
struct MarkerSprite
{
    QRgb fill = 0;
    QRgb ring = 0;
    int radius16 = 0;
    int outputRing16 = 0; ///< the output ring's outer radius; 0: none

    /// The look of a dot of the draw list.
    static MarkerSprite of(const MarkerDot &dot);

    friend bool operator==(const MarkerSprite &a, const MarkerSprite &b) = default;
};

inline size_t qHash(const MarkerSprite &s, size_t seed = 0)
{
    return qHashMulti(seed, s.fill, s.ring, s.radius16, s.outputRing16);
}

/// Every marker look the map needs, pre-rendered once into one image so the GPU draws all markers
/// as textured quads from a single texture in one draw call: a disc drawn as a 16-segment fan cost
/// 48 triangles and llvmpipe spent ~330 ms a frame on 10,000 of them. Looks are only ever added
/// (a handful of kinds × statuses × sizes), so the atlas is rebuilt rarely.
class MarkerAtlas
{
public:
    /// Adds a look; true when it was new (the image and every texture rectangle then change).
    bool add(const MarkerSprite &sprite);
    bool contains(const MarkerSprite &sprite) const { return m_cells.contains(sprite); }
    /// Renders all looks at `devicePixelRatio` and lays them out; call after add() returned true.
    QImage render(qreal devicePixelRatio);
    /// Normalised texture rectangle of a look (valid after render()).
    QRectF textureRect(const MarkerSprite &sprite) const { return m_cells.value(sprite); }
    /// Half the side of a look's quad in logical pixels (disc, ring or output ring, and a pixel of
    /// antialiasing).
    static double halfSide(const MarkerSprite &sprite);
    /// Paints a look centred on `centre` at `scale` device pixels per logical pixel: the output
    /// ring, then the ring and the disc. Both renderers' markers come from here.
    static void paint(QPainter &painter, const QPointF &centre, const MarkerSprite &sprite, qreal scale);

private:
    QHash<MarkerSprite, QRectF> m_cells;
};

} // namespace et::map
