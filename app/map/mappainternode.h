// SPDX-License-Identifier: MIT
#pragma once

#include "mapframe.h"
#include "markerdrawlist.h"

#include <QColor>
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
/// local world units; a pan or zoom only changes the painter transform. Two instances are used,
/// one per layer, so the region labels can go between the base and the markers.
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
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_rect; }

private:
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
    QColor m_landColor, m_boundaryColor;
    quint64 m_meshVersion = 0, m_circlesVersion = 0;
};

} // namespace et::map
