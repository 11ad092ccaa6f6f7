// SPDX-License-Identifier: MIT
#pragma once

#include "flowgeometry.h"

#include <QSGRenderNode>

class QQuickWindow;

namespace et::map {

struct MapFrame;

/// Flow lines and their arrow heads for the software scene graph, which ignores plain geometry
/// nodes (see MapPainterNode): a render node painting the strokes with the renderer's QPainter.
/// The strokes are recomputed only when the view, the flows or the arrow phase changed.
class FlowPainterNode : public QSGRenderNode
{
public:
    explicit FlowPainterNode(QQuickWindow *window);
    void update(const MapFrame &frame);

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_rect; }

private:
    QQuickWindow *m_window;
    QRectF m_rect;
    FlowDrawKey m_key;
    QList<FlowStroke> m_strokes;
};

} // namespace et::map
