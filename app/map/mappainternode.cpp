// SPDX-License-Identifier: MIT
#include "mappainternode.h"

#include "localframe.h"
#include "mappalette.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace et::map {

MapPainterNode::MapPainterNode(QQuickWindow *window, Layer layer) : m_window(window), m_layer(layer) {}

void MapPainterNode::update(const MapFrame &frame)
{
    m_rect = QRectF(QPointF(0, 0), frame.viewport.size());
    m_localToItem = LocalFrame::localToItem(frame.viewport);
    m_landColor = frame.land;
    m_boundaryColor = frame.boundary;
    if (frame.mesh && frame.meshVersion != m_meshVersion) {
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
    if (frame.circles && frame.circlesVersion != m_circlesVersion) {
        m_areas.clear();
        for (const MapCircle &c : *frame.circles) {
            if (c.ring.isEmpty())
                continue;
            Area a{{}, MapPalette::severityFill(c.severity), MapPalette::severityOutline(c.severity)};
            for (const QPointF &p : c.ring)
                a.ring << LocalFrame::toLocal(p);
            m_areas << a;
        }
        m_circlesVersion = frame.circlesVersion;
    }
    markDirty(QSGNode::DirtyMaterial);
}

void MapPainterNode::updateMarkers(const QList<MarkerDot> &dots, const QSizeF &size)
{
    m_rect = QRectF(QPointF(0, 0), size);
    m_dots = dots;
    markDirty(QSGNode::DirtyMaterial);
}

void MapPainterNode::render(const RenderState *state)
{
    auto *painter = static_cast<QPainter *>(
        m_window->rendererInterface()->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter)
        return; // not the software renderer: MapGpuLayers draws instead
    painter->save();
    painter->setTransform(matrix()->toTransform());
    if (state->clipRegion() && !state->clipRegion()->isEmpty())
        painter->setClipRegion(*state->clipRegion(), Qt::IntersectClip);
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (m_layer == Layer::Markers) {
        painter->setPen(Qt::NoPen);
        for (const MarkerDot &d : std::as_const(m_dots)) {
            painter->setBrush(d.ring);
            painter->drawEllipse(d.center, d.radius + MarkerStyle::kRingWidth, d.radius + MarkerStyle::kRingWidth);
            painter->setBrush(d.fill);
            painter->drawEllipse(d.center, d.radius, d.radius);
        }
        painter->restore();
        return;
    }
    painter->setTransform(m_localToItem * painter->transform());
    QPen boundaryPen(m_boundaryColor, 1.0);
    boundaryPen.setCosmetic(true);
    painter->setPen(boundaryPen);
    painter->setBrush(m_landColor);
    painter->drawPath(m_land);
    for (const Area &a : std::as_const(m_areas)) {
        QPen outline(a.outline, 1.5);
        outline.setCosmetic(true);
        painter->setPen(outline);
        painter->setBrush(a.fill);
        painter->drawPolygon(a.ring);
    }
    painter->restore();
}

} // namespace et::map
