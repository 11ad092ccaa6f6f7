// SPDX-License-Identifier: MIT
#pragma once

#include "mapframe.h"
#include "markerdrawlist.h"

#include <QSGGeometryNode>
#include <QSGNode>
#include <QSGTransformNode>

namespace et::map {

/// The map's vector layers for hardware scene graphs (OpenGL/Vulkan through RHI): land, boundaries
/// and disaster circles as a few geometry nodes in local world units under one QSGTransformNode,
/// so a pan or zoom only changes that node's matrix; markers as one vertex-coloured geometry node
/// in screen space (constant pixel size), rebuilt when the view or the markers change. The marker
/// node is not a child: the root places it above the region labels.
class MapGpuLayers : public QSGNode
{
public:
    MapGpuLayers();
    void update(const MapFrame &frame);
    void updateMarkers(const QList<MarkerDot> &dots);
    QSGNode *markerNode() const { return m_markers; }

private:
    void rebuildLand(const domain::geo::RegionMesh &mesh);
    void rebuildCircles(const QList<MapCircle> &circles);

    QSGTransformNode *m_world = nullptr;
    QSGGeometryNode *m_land = nullptr;
    QSGGeometryNode *m_boundaries = nullptr;
    QSGGeometryNode *m_circleFill = nullptr;
    QSGGeometryNode *m_circleLines = nullptr;
    QSGGeometryNode *m_markers = nullptr;
    quint64 m_meshVersion = 0, m_circlesVersion = 0, m_colorsVersion = 0;
};

} // namespace et::map
