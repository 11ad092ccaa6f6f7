// SPDX-License-Identifier: MIT
#include "renderpainter.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace et::map {

QPainter *RenderPainter::begin(QQuickWindow *window, const QSGRenderNode &node, const QSGRenderNode::RenderState *state)
{
    auto *painter = static_cast<QPainter *>(
        window->rendererInterface()->getResource(window, QSGRendererInterface::PainterResource));
    if (!painter)
        return nullptr;
    painter->save();
    // The clip region is in window pixels: apply it before the item transform, or an item away
    // from the window origin is clipped twice over.
    painter->resetTransform();
    if (state->clipRegion() && !state->clipRegion()->isEmpty())
        painter->setClipRegion(*state->clipRegion(), Qt::IntersectClip);
    painter->setTransform(node.matrix()->toTransform());
    painter->setOpacity(node.inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing, true);
    return painter;
}

} // namespace et::map
