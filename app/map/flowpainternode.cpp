// SPDX-License-Identifier: MIT
#include "flowpainternode.h"

#include "mapframe.h"
#include "renderpainter.h"

#include <QPainter>
#include <QPolygonF>

namespace et::map {

FlowPainterNode::FlowPainterNode(QQuickWindow *window) : m_window(window) {}

void FlowPainterNode::update(const MapFrame &frame)
{
    m_rect = QRectF(QPointF(0, 0), frame.viewport.size());
    const FlowDrawKey key{frame.viewport.centerWorld(), frame.viewport.zoom(), frame.viewport.size(),
                          frame.flowsVersion, frame.flowPhase, FlowGeometry::isDarkMap(frame.land)};
    if (key == m_key || !frame.flows)
        return;
    m_key = key;
    m_strokes = FlowGeometry::build(*frame.flows, frame.viewport, frame.flowPhase, key.darkMap, frame.palette);
    markDirty(QSGNode::DirtyMaterial);
}

void FlowPainterNode::render(const RenderState *state)
{
    if (m_strokes.isEmpty())
        return;
    QPainter *painter = RenderPainter::begin(m_window, *this, state);
    if (!painter)
        return; // not the software renderer: FlowGpuNode draws instead
    for (const FlowStroke &s : std::as_const(m_strokes)) {
        painter->setPen(QPen(s.color, s.width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(s.from, s.to);
    }
    painter->setPen(Qt::NoPen);
    for (const FlowStroke &s : std::as_const(m_strokes)) {
        painter->setBrush(s.arrowColor);
        for (const FlowArrow &a : s.arrows) {
            const auto t = FlowGeometry::arrowTriangle(a, s.width);
            painter->drawPolygon(t.data(), int(t.size()));
        }
    }
    painter->restore();
}

} // namespace et::map
