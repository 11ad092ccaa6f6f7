// SPDX-License-Identifier: MIT
#pragma once

#include "mapframe.h"
#include "markerdrawlist.h"
#include "markerquadbuffer.h"

#include <QSGGeometryNode>
#include <QSGNode>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <QSGTransformNode>

#include <memory>

class QQuickWindow;

namespace et::map {

/// The map's vector layers for hardware scene graphs (OpenGL/Vulkan through RHI): land, boundaries
/// and disaster circles as a few geometry nodes in local world units under one QSGTransformNode,
/// so a pan or zoom only changes that node's matrix; markers as one vertex-coloured geometry node
/// as textured quads from one pre-rendered atlas (MarkerQuadBuffer: in local units under their own
/// transform, rewritten only for changed rows or a new zoom), plus the few selected and hovered
/// markers again in screen space on top. The marker node is not a child: the root places it above
/// the region labels.
class MapGpuLayers : public QSGNode
{
public:
    explicit MapGpuLayers(QQuickWindow *window);
    ~MapGpuLayers() override;
    void update(const MapFrame &frame);
    /// `clustered`: the dots are all the single markers there are (the rest are cluster badges),
    /// so the world-space quads of every marker are taken out of the tree and the dots drawn
    /// instead; otherwise only the selected and hovered dots are drawn again on top.
    void updateMarkers(const MapFrame &frame, const QList<MarkerDot> &dots, bool clustered);
    QSGNode *markerNode() const { return m_markers; }

private:
    void rebuildLand(const domain::geo::RegionMesh &mesh);
    /// Disaster circles and polygons: one fill and one outline geometry for all of them.
    void rebuildAreas(const QList<const QList<MapArea> *> &layers);

    QSGTransformNode *m_world = nullptr;
    QSGGeometryNode *m_land = nullptr;
    QSGGeometryNode *m_boundaries = nullptr;
    QSGGeometryNode *m_circleFill = nullptr;
    QSGGeometryNode *m_circleLines = nullptr;
    QQuickWindow *m_window;
    QSGNode *m_markers = nullptr;
    QSGTransformNode *m_markerWorld = nullptr;
    QSGGeometryNode *m_markerQuads = nullptr;
    QSGGeometryNode *m_markerTop = nullptr;
    MarkerQuadBuffer m_markerBuffer;
    std::unique_ptr<QSGTexture> m_atlasTexture;
    quint64 m_meshVersion = 0, m_circlesVersion = 0, m_polygonsVersion = 0, m_colorsVersion = 0;
};

} // namespace et::map
