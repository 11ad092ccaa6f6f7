// SPDX-License-Identifier: MIT
#pragma once

#include <QSGRenderNode>

class QPainter;
class QQuickWindow;

namespace et::map {

/// The software renderer's QPainter, set up for one of our render nodes: saved, clipped to the
/// node's clip region, in item coordinates, with the node's opacity and antialiasing. The caller
/// paints and then calls painter->restore(). Null on any other renderer (the geometry nodes draw
/// there instead).
class RenderPainter
{
public:
    static QPainter *begin(QQuickWindow *window, const QSGRenderNode &node, const QSGRenderNode::RenderState *state);
};

} // namespace et::map
