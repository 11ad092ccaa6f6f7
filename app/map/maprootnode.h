// SPDX-License-Identifier: MIT
#pragma once

#include "mapframe.h"
#include "markerdrawlist.h"

#include <QSGNode>

class QQuickWindow;
class QSGSimpleRectNode;
class QSGSimpleTextureNode;

namespace et::map {

class ClusterBadgeNode;
class FlowGpuNode;
class FlowPainterNode;
class MapGpuLayers;
class MapPainterNode;
class TileLayerNode;

/// The root of JejuMap's scene graph: sea background, the vector layers (geometry nodes on a
/// hardware renderer, a painter render node on the software renderer), region labels as textured
/// quads rendered once, and the scale bar. Holds no item pointer: everything arrives in a MapFrame.
class MapRootNode : public QSGNode
{
public:
    explicit MapRootNode(QQuickWindow *window);
    void update(const MapFrame &frame);

private:
    void updateLabels(const MapFrame &frame, const QList<MarkerDot> &markers);
    void updateScaleBar(const MapFrame &frame);

    QQuickWindow *m_window;
    QSGSimpleRectNode *m_sea = nullptr;
    TileLayerNode *m_tiles = nullptr;
    MapGpuLayers *m_gpu = nullptr;
    MapPainterNode *m_painter = nullptr;
    MapPainterNode *m_painterMarkers = nullptr;
    FlowGpuNode *m_flowGpu = nullptr;
    FlowPainterNode *m_flowPainter = nullptr;
    QSGNode *m_labels = nullptr;
    ClusterBadgeNode *m_badges = nullptr;
    QList<QSGSimpleTextureNode *> m_labelNodes;
    QSGNode *m_scaleBar = nullptr;
    QSGSimpleRectNode *m_scaleBackground = nullptr;
    QSGSimpleRectNode *m_scaleLine = nullptr;
    QSGSimpleRectNode *m_scaleTickLeft = nullptr;
    QSGSimpleRectNode *m_scaleTickRight = nullptr;
    QSGSimpleTextureNode *m_scaleText = nullptr;
    quint64 m_labelsVersion = 0, m_scaleBarVersion = 0;
    QColor m_scaleInk; ///< the scale bar's colour last set (MapFrame::labelColor)
};

} // namespace et::map
