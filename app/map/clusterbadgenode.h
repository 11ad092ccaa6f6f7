// SPDX-License-Identifier: MIT
#pragma once

#include "clusterbadge.h"

#include <QHash>
#include <QList>
#include <QSGTransformNode>

#include <memory>

class QQuickWindow;
class QSGSimpleTextureNode;
class QSGTexture;

namespace et::map {

/// Draws the cluster badges on both renderers as textured quads (QSGSimpleTextureNode is one of the
/// few nodes Qt 6.4's software renderer draws). Each look — count, colours, size — is rendered
/// once and kept as a texture in Qt's shared atlas, so the hardware renderer batches all badges
/// into one draw call; nodes are reused from frame to frame. A transform node for the same reason
/// MapRootNode's label container is one (the software renderer places late children by it).
class ClusterBadgeNode : public QSGTransformNode
{
public:
    explicit ClusterBadgeNode(QQuickWindow *window);
    ~ClusterBadgeNode() override;

    void update(const QList<ClusterBadge> &badges);
    /// Test hook: looks rendered so far (each one image and texture).
    int cachedLooks() const { return int(m_textures.size()); }

private:
    struct Look
    {
        int count;
        QRgb fill;
        QRgb ring;
        int radiusTimes16;
        bool operator==(const Look &) const = default;
        friend size_t qHash(const Look &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.count, k.fill, k.ring, k.radiusTimes16);
        }
    };
    /// Looks kept before the cache is dropped and refilled: bounds memory when counts churn.
    static constexpr int kMaxLooks = 1024;

    QSGTexture *texture(const ClusterBadge &badge);

    QQuickWindow *m_window;
    QList<QSGSimpleTextureNode *> m_nodes;
    QHash<Look, std::shared_ptr<QSGTexture>> m_textures;
};

} // namespace et::map
