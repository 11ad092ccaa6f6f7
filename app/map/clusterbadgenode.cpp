// SPDX-License-Identifier: MIT
#include "clusterbadgenode.h"

#include <QQuickWindow>
#include <QSGSimpleTextureNode>
#include <QSGTexture>

namespace et::map {

ClusterBadgeNode::ClusterBadgeNode(QQuickWindow *window) : m_window(window) {}

ClusterBadgeNode::~ClusterBadgeNode() = default; // child nodes are deleted by QSGNode, textures here

QSGTexture *ClusterBadgeNode::texture(const ClusterBadge &badge)
{
    const Look look{badge.count, badge.fill.rgba(), badge.ring.rgba(), qRound(badge.radius * 16)};
    auto it = m_textures.find(look);
    if (it != m_textures.end())
        return it->get();
    const QImage image = ClusterBadge::render(badge.count, badge.fill, badge.ring, badge.radius,
                                              m_window->effectiveDevicePixelRatio());
    std::shared_ptr<QSGTexture> texture(m_window->createTextureFromImage(
        image, QQuickWindow::CreateTextureOptions(QQuickWindow::TextureHasAlphaChannel | QQuickWindow::TextureCanUseAtlas)));
    texture->setFiltering(QSGTexture::Linear);
    return m_textures.insert(look, std::move(texture))->get();
}

void ClusterBadgeNode::update(const QList<ClusterBadge> &badges)
{
    const bool dropLooks = m_textures.size() + badges.size() > kMaxLooks;
    if (dropLooks)
        m_textures.clear(); // every kept node gets its texture again below: none keeps a deleted one
    while (m_nodes.size() > badges.size()) {
        QSGSimpleTextureNode *node = m_nodes.takeLast();
        removeChildNode(node);
        delete node;
    }
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const ClusterBadge &b = badges[i];
        QSGTexture *t = texture(b);
        const QSizeF size = QSizeF(t->textureSize()) / m_window->effectiveDevicePixelRatio();
        const QRectF rect(b.center - QPointF(size.width() / 2.0, size.height() / 2.0), size);
        if (i == m_nodes.size()) {
            // Texture and rectangle before the node enters the tree: the software renderer reads
            // them as soon as it is added.
            auto *node = new QSGSimpleTextureNode;
            node->setOwnsTexture(false);
            node->setFiltering(QSGTexture::Linear);
            node->setTexture(t);
            node->setRect(rect);
            appendChildNode(node);
            m_nodes << node;
            continue;
        }
        if (dropLooks || m_nodes[i]->texture() != t)
            m_nodes[i]->setTexture(t);
        if (m_nodes[i]->rect() != rect)
            m_nodes[i]->setRect(rect);
    }
}

} // namespace et::map
