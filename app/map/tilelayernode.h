// SPDX-License-Identifier: MIT
#pragma once

#include "tiledraw.h"

#include <QHash>
#include <QList>
#include <QSGTransformNode>

class QQuickWindow;
class QSGSimpleTextureNode;
class QSGTexture;

namespace et::map {

/// The raster tiles in JejuMap's scene graph, between the sea and the land: a pool of textured
/// quads (QSGSimpleTextureNode, drawn by both the software and the OpenGL renderer), one per tile
/// piece. Textures are made once per image (QImage::cacheKey) and kept while they are in view or
/// among the most recently used, so a pan re-uploads nothing and a parent tile standing in for
/// four children is one texture.
class TileLayerNode : public QSGTransformNode
{
public:
    /// Textures kept beyond those in view (256×256 RGBA each: 64 ≈ 16 MiB of texture memory).
    static constexpr int kSpareTextures = 64;

    explicit TileLayerNode(QQuickWindow *window);
    ~TileLayerNode() override;
    TileLayerNode(const TileLayerNode &) = delete;
    TileLayerNode &operator=(const TileLayerNode &) = delete;

    void update(const QList<TileDraw> &tiles);
    int textureCount() const { return int(m_textures.size()); }

private:
    QSGTexture *texture(const QImage &image);
    void evictTextures(int inView);

    struct CachedTexture
    {
        QSGTexture *texture = nullptr;
        quint64 lastUsed = 0;
    };

    QQuickWindow *m_window;
    QList<QSGSimpleTextureNode *> m_nodes;
    QHash<qint64, CachedTexture> m_textures;
    quint64 m_frame = 0;
};

} // namespace et::map
