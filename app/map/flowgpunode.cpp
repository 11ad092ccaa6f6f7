// SPDX-License-Identifier: MIT
#include "flowgpunode.h"

#include "mapframe.h"

#include <QSGVertexColorMaterial>

namespace et::map {

namespace {

// Premultiplied, as QSGVertexColorMaterial expects.
void setVertex(QSGGeometry::ColoredPoint2D *&v, const QPointF &p, const QColor &c)
{
    const float a = float(c.alphaF());
    (v++)->set(float(p.x()), float(p.y()), uchar(c.red() * a), uchar(c.green() * a), uchar(c.blue() * a),
               uchar(c.alpha()));
}

} // namespace

FlowGpuNode::FlowGpuNode()
{
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    setGeometry(geometry);
    setFlag(OwnsGeometry);
    setMaterial(new QSGVertexColorMaterial);
    setFlag(OwnsMaterial);
}

void FlowGpuNode::update(const MapFrame &frame)
{
    const FlowDrawKey key{frame.viewport.centerWorld(), frame.viewport.zoom(), frame.viewport.size(),
                          frame.flowsVersion, frame.flowPhase, FlowGeometry::isDarkMap(frame.land)};
    if (key == m_key || !frame.flows)
        return;
    m_key = key;
    const QList<FlowStroke> strokes = FlowGeometry::build(*frame.flows, frame.viewport, frame.flowPhase, key.darkMap, frame.palette);
    int count = 0;
    for (const FlowStroke &s : strokes)
        count += 6 + 3 * int(s.arrows.size());
    QSGGeometry *g = geometry();
    g->allocate(count);
    auto *v = g->vertexDataAsColoredPoint2D();
    // All lines first, then all arrows, so no line covers another line's arrow.
    for (const FlowStroke &s : strokes) {
        const auto q = FlowGeometry::lineQuad(s);
        for (int i : {0, 1, 2, 2, 1, 3})
            setVertex(v, q[i], s.color);
    }
    for (const FlowStroke &s : strokes) {
        for (const FlowArrow &a : s.arrows) {
            for (const QPointF &p : FlowGeometry::arrowTriangle(a, s.width))
                setVertex(v, p, s.arrowColor);
        }
    }
    markDirty(DirtyGeometry);
}

} // namespace et::map
