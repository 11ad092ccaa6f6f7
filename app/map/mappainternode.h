// SPDX-License-Identifier: MIT
#pragma once

#include "baselayercache.h"
#include "mapframe.h"
#include "markeratlas.h"
#include "markerdrawlist.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QSGRenderNode>
#include <QTransform>

class QQuickWindow;

namespace et::map {

/// The map's vector layers for the software scene graph (QT_QPA_PLATFORM=offscreen, or machines
/// without OpenGL). Qt 6.4's software renderer ignores plain QSGGeometryNodes — it only draws
/// rectangles, images, glyphs and render nodes — so this render node paints land, boundaries,
/// circles and markers with the QPainter the renderer hands out. The land path is built once in
/// local world units; the base is painted into a BaseLayerCache picture, so a pan only copies it
/// shifted. Two instances are used, one per layer, so the region labels can go between the base
/// and the markers.
class MapPainterNode : public QSGRenderNode
{
public:
    enum class Layer { Base, Markers };
    MapPainterNode(QQuickWindow *window, Layer layer);

    /// Base layer: land, boundaries and circles.
    void update(const MapFrame &frame);
    /// Marker layer.
    void updateMarkers(const QList<MarkerDot> &dots, const QSizeF &size);

    void render(const RenderState *state) override;
    /// How often the base was painted rather than copied (tests, benchmarks).
    int basePaintCount() const { return m_cache.paintCount(); }
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_rect; }

private:
    const QImage &sprite(const MarkerDot &dot, qreal scale);

    struct Area
    {
        QPolygonF ring;
        QColor fill;
        QColor outline;
    };

    QQuickWindow *m_window;
    Layer m_layer;
    QRectF m_rect;
    QTransform m_localToItem;
    QPainterPath m_land;
    QList<Area> m_areas;
    QList<MarkerDot> m_dots;
    /// Antialiased discs drawn once per (look, scale) and blitted: painting 20,000 antialiased
    /// ellipses per frame costs ~10× more than copying small images.
    struct SpriteKey
    {
        MarkerSprite look;
        int scaleTimes100;
        bool operator==(const SpriteKey &) const = default;
        friend size_t qHash(const SpriteKey &k, size_t seed = 0) { return qHashMulti(seed, k.look, k.scaleTimes100); }
    };
    QHash<SpriteKey, QImage> m_sprites;
    QColor m_landColor, m_boundaryColor;
    QColor m_background; ///< the sea, or transparent over raster tiles
    quint64 m_meshVersion = 0, m_circlesVersion = 0, m_polygonsVersion = 0;
    quint64 m_contentVersion = 0; ///< bumped whenever what the base shows changes
    BaseLayerCache m_cache;
};

} // namespace et::map
