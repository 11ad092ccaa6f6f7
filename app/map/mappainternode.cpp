// SPDX-License-Identifier: MIT
#include "mappainternode.h"

#include "localframe.h"
#include "mappalette.h"
#include "renderpainter.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <cmath>

namespace et::map {

MapPainterNode::MapPainterNode(QQuickWindow *window, Layer layer) : m_window(window), m_layer(layer) {}

void MapPainterNode::update(const MapFrame &frame)
{
    m_rect = QRectF(QPointF(0, 0), frame.viewport.size());
    m_localToItem = LocalFrame::localToItem(frame.viewport);
    // Under raster tiles the base must let them show through; over the sea it can be opaque.
    const QColor background = frame.tiles && !frame.tiles->isEmpty() ? QColor(Qt::transparent) : frame.sea;
    if (frame.land != m_landColor || frame.boundary != m_boundaryColor || background != m_background)
        ++m_contentVersion;
    m_landColor = frame.land;
    m_boundaryColor = frame.boundary;
    m_background = background;
    if (frame.mesh && frame.meshVersion != m_meshVersion) {
        ++m_contentVersion;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const auto &ring : frame.mesh->worldRings) {
            QPolygonF polygon;
            polygon.reserve(ring.size() + 1);
            for (const QPointF &p : ring)
                polygon << LocalFrame::toLocal(p);
            polygon << polygon.first();
            path.addPolygon(polygon);
        }
        m_land = path;
        m_meshVersion = frame.meshVersion;
    }
    if (frame.circlesVersion != m_circlesVersion || frame.polygonsVersion != m_polygonsVersion) {
        ++m_contentVersion;
        m_areas.clear();
        for (const QList<MapArea> *areas : {frame.circles, frame.polygons}) {
            if (!areas)
                continue;
            for (const MapArea &c : *areas) {
                if (c.ring.isEmpty())
                    continue;
                Area a{{}, MapPalette::severityFill(c.severity), MapPalette::severityOutline(c.severity)};
                for (const QPointF &p : c.ring)
                    a.ring << LocalFrame::toLocal(p);
                m_areas << a;
            }
        }
        m_circlesVersion = frame.circlesVersion;
        m_polygonsVersion = frame.polygonsVersion;
    }
    markDirty(QSGNode::DirtyMaterial);
}

void MapPainterNode::updateMarkers(const QList<MarkerDot> &dots, const QSizeF &size)
{
    m_rect = QRectF(QPointF(0, 0), size);
    m_dots = dots;
    markDirty(QSGNode::DirtyMaterial);
}

const QImage &MapPainterNode::sprite(const MarkerDot &dot, qreal scale)
{
    const SpriteKey key{MarkerSprite::of(dot), qRound(scale * 100)};
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const double outer = std::max(dot.radius + MarkerStyle::kRingWidth, dot.outputRing) * scale;
    const int side = int(std::ceil(outer * 2.0)) + 2;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    MarkerAtlas::paint(p, QPointF(side / 2.0, side / 2.0), key.look, scale);
    p.end();
    return *m_sprites.insert(key, image);
}

void MapPainterNode::render(const RenderState *state)
{
    QPainter *painter = RenderPainter::begin(m_window, *this, state);
    if (!painter)
        return; // not the software renderer: MapGpuLayers draws instead

    if (m_layer == Layer::Markers) {
        // Sprites at device resolution, placed in device pixels (the item transform here is a
        // translation and a device-pixel-ratio scale; the map item is never rotated).
        const QTransform t = painter->transform();
        const qreal scale = std::max(t.m11(), 0.01);
        painter->setTransform(QTransform());
        for (const MarkerDot &d : std::as_const(m_dots)) {
            const QImage &image = sprite(d, scale);
            const QPointF c = t.map(d.center);
            // Whole device pixels keep QPainter on its plain blit path.
            painter->drawImage(QPoint(qRound(c.x() - image.width() / 2.0), qRound(c.y() - image.height() / 2.0)), image);
        }
        painter->restore();
        return;
    }
    const QTransform itemToDevice = painter->transform();
    const QRect deviceViewport = itemToDevice.mapRect(m_rect).toAlignedRect();
    const QPoint at = m_cache.prepare(m_localToItem * itemToDevice, deviceViewport, m_contentVersion, m_background,
                                      [this](QPainter &p) {
        QPen boundaryPen(m_boundaryColor, 1.0);
        boundaryPen.setCosmetic(true);
        p.setPen(boundaryPen);
        p.setBrush(m_landColor);
        p.drawPath(m_land);
        for (const Area &a : std::as_const(m_areas)) {
            QPen outline(a.outline, 1.5);
            outline.setCosmetic(true);
            p.setPen(outline);
            p.setBrush(a.fill);
            p.drawPolygon(a.ring);
        }
    });
    // Only the view's part of the picture: the margin would spill over the panels beside the map.
    painter->setTransform(QTransform());
    painter->drawImage(deviceViewport.topLeft(), m_cache.image(), deviceViewport.translated(-at));
    painter->restore();
}

} // namespace et::map
