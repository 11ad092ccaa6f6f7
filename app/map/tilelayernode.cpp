// SPDX-License-Identifier: MIT
#include "tilelayernode.h"

#include <QQuickWindow>
#include <QSGSimpleTextureNode>
#include <QSGTexture>

#include <algorithm>

namespace et::map {

TileLayerNode::TileLayerNode(QQuickWindow *window) : m_window(window) {}

TileLayerNode::~TileLayerNode()
{
    // The nodes do not own their textures (several pieces share one), so delete them here.
    for (const CachedTexture &cached : std::as_const(m_textures))
        delete cached.texture;
}

QSGTexture *TileLayerNode::texture(const QImage &image)
{
    CachedTexture &cached = m_textures[image.cacheKey()];
    if (!cached.texture)
        cached.texture = m_window->createTextureFromImage(image);
    cached.lastUsed = m_frame;
    return cached.texture;
}

void TileLayerNode::update(const QList<TileDraw> &tiles)
{
    ++m_frame;
    // Surplus nodes go (a node without a texture cannot be kept around); missing ones are added
    // below. This is a transform node so that Qt 6.4's software renderer places children added later.
    while (m_nodes.size() > tiles.size()) {
        QSGSimpleTextureNode *node = m_nodes.takeLast();
        removeChildNode(node);
        delete node;
    }
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const TileDraw &tile = tiles[i];
        QSGTexture *t = texture(tile.image);
        if (i == m_nodes.size()) {
            // Complete before it joins the tree: the software renderer reads the texture on insertion.
            auto *node = new QSGSimpleTextureNode;
            node->setOwnsTexture(false);
            node->setFiltering(QSGTexture::Linear);
            node->setTexture(t);
            node->setRect(tile.target);
            node->setSourceRect(tile.source);
            appendChildNode(node);
            m_nodes.append(node);
            continue;
        }
        QSGSimpleTextureNode *node = m_nodes[i];
        if (node->texture() != t)
            node->setTexture(t);
        if (node->rect() != tile.target)
            node->setRect(tile.target);
        if (node->sourceRect() != tile.source)
            node->setSourceRect(tile.source);
    }
    evictTextures(int(tiles.size()));
}

void TileLayerNode::evictTextures(int inView)
{
    if (m_textures.size() <= inView + kSpareTextures)
        return;
    // Oldest first, never one used in this frame (the nodes above point at those).
    QList<std::pair<quint64, qint64>> byAge;
    for (auto it = m_textures.cbegin(); it != m_textures.cend(); ++it) {
        if (it->lastUsed != m_frame)
            byAge.append({it->lastUsed, it.key()});
    }
    std::sort(byAge.begin(), byAge.end());
    const qsizetype excess = m_textures.size() - (inView + kSpareTextures);
    for (qsizetype i = 0; i < std::min(excess, byAge.size()); ++i)
        delete m_textures.take(byAge[i].second).texture;
}

} // namespace et::map
