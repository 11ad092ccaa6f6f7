// SPDX-License-Identifier: MIT
#include "maprootnode.h"

#include "clusterbadgenode.h"
#include "flowgpunode.h"
#include "flowpainternode.h"
#include "labelplacer.h"
#include "mapgpulayers.h"
#include "mappainternode.h"
#include "markerdrawlist.h"
#include "tilelayernode.h"

#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSGSimpleRectNode>
#include <QSGSimpleTextureNode>
#include <QSGTransformNode>

namespace et::map {
namespace {

// Zoom from which labels show: eup/myeon first, the small urban dongs only closer in.
constexpr double kMajorLabelZoom = 9.0;
constexpr double kMinorLabelZoom = 11.8;
constexpr double kScaleMargin = 12.0;

QSGSimpleTextureNode *textureNode(QQuickWindow *window, const QImage &image)
{
    auto *node = new QSGSimpleTextureNode;
    node->setTexture(window->createTextureFromImage(image));
    node->setOwnsTexture(true);
    node->setFiltering(QSGTexture::Linear);
    return node;
}

QSizeF logicalSize(const QImage &image)
{
    return QSizeF(image.size()) / image.devicePixelRatio();
}

} // namespace

MapRootNode::MapRootNode(QQuickWindow *window) : m_window(window)
{
    m_sea = new QSGSimpleRectNode;
    appendChildNode(m_sea);
    m_tiles = new TileLayerNode(window); // raster tiles over the sea, under the land
    appendChildNode(m_tiles);
    const bool software = window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    if (software) {
        m_painter = new MapPainterNode(window, MapPainterNode::Layer::Base);
        appendChildNode(m_painter);
    } else {
        m_gpu = new MapGpuLayers(window);
        appendChildNode(m_gpu);
    }
    // Flow lines above the base and circles, below the labels and markers.
    if (software) {
        m_flowPainter = new FlowPainterNode(window);
        appendChildNode(m_flowPainter);
    } else {
        m_flowGpu = new FlowGpuNode;
        appendChildNode(m_flowGpu);
    }
    // Labels sit between the base and the markers: a name must never hide a marker.
    // Containers whose children come and go are (identity) transform nodes: Qt 6.4's software
    // renderer places a child added later using its parent's recorded state, and it records state
    // only for transform, clip and opacity nodes — under a plain QSGNode the new labels lost the
    // item's position (the JejuMap window tests, whose map is away from the window origin, caught it).
    m_labels = new QSGTransformNode;
    appendChildNode(m_labels);
    // Cluster badges under the single markers: a selected marker inside a cluster stays visible.
    m_badges = new ClusterBadgeNode(window);
    appendChildNode(m_badges);
    if (software) {
        m_painterMarkers = new MapPainterNode(window, MapPainterNode::Layer::Markers);
        appendChildNode(m_painterMarkers);
    } else {
        appendChildNode(m_gpu->markerNode());
    }
    m_scaleBar = new QSGTransformNode;
    m_scaleBackground = new QSGSimpleRectNode(QRectF(), QColor(255, 255, 255, 200));
    m_scaleLine = new QSGSimpleRectNode(QRectF(), QColor(0x33, 0x33, 0x33));
    m_scaleTickLeft = new QSGSimpleRectNode(QRectF(), QColor(0x33, 0x33, 0x33));
    m_scaleTickRight = new QSGSimpleRectNode(QRectF(), QColor(0x33, 0x33, 0x33));
    m_scaleBar->appendChildNode(m_scaleBackground);
    m_scaleBar->appendChildNode(m_scaleLine);
    m_scaleBar->appendChildNode(m_scaleTickLeft);
    m_scaleBar->appendChildNode(m_scaleTickRight);
    appendChildNode(m_scaleBar);
}

void MapRootNode::update(const MapFrame &frame)
{
    m_sea->setRect(frame.drawSea ? QRectF(QPointF(0, 0), frame.viewport.size()) : QRectF());
    m_sea->setColor(frame.sea);
    m_tiles->update(frame.tiles ? *frame.tiles : QList<TileDraw>());
    MarkerDrawing drawing;
    const bool clustered = frame.markers && frame.clusters;
    if (clustered) {
        drawing = MarkerDrawList::buildClustered(*frame.markers, *frame.clusters, frame.topRows, frame.viewport,
                                                 frame.hoveredRow, frame.palette);
    } else if (frame.markers) {
        drawing.dots = MarkerDrawList::build(*frame.markers, frame.viewport, frame.hoveredRow, frame.palette);
    }
    if (m_gpu) {
        m_gpu->update(frame);
        m_gpu->updateMarkers(frame, drawing.dots, clustered);
    }
    if (m_painter) {
        m_painter->update(frame);
        m_painterMarkers->updateMarkers(drawing.dots, frame.viewport.size());
    }
    m_badges->update(drawing.badges);
    // Names keep clear of badges as of markers.
    QList<MarkerDot> obstacles = drawing.dots;
    for (const ClusterBadge &b : std::as_const(drawing.badges))
        obstacles << MarkerDot{-1, b.center, b.radius, {}, {}};
    if (m_flowGpu)
        m_flowGpu->update(frame);
    if (m_flowPainter)
        m_flowPainter->update(frame);
    updateLabels(frame, obstacles);
    updateScaleBar(frame);
}

void MapRootNode::updateLabels(const MapFrame &frame, const QList<MarkerDot> &markers)
{
    if (frame.labels && frame.labelsVersion != m_labelsVersion) {
        for (QSGSimpleTextureNode *node : std::as_const(m_labelNodes)) {
            m_labels->removeChildNode(node);
            delete node;
        }
        m_labelNodes.clear();
        for (const MapLabelImage &label : *frame.labels) {
            auto *node = textureNode(m_window, label.image);
            m_labels->appendChildNode(node);
            m_labelNodes.append(node);
        }
        m_labelsVersion = frame.labelsVersion;
    }
    if (!frame.labels || frame.labels->size() != m_labelNodes.size())
        return;
    // Eup/myeon names first, then the small dongs closer in (LabelPlacer decides the spots).
    QList<qsizetype> order;
    QList<LabelPlacer::Request> requests;
    for (int pass = 0; pass < 2; ++pass) {
        const bool major = pass == 0;
        if (!frame.showLabels || frame.viewport.zoom() < (major ? kMajorLabelZoom : kMinorLabelZoom))
            continue;
        for (qsizetype i = 0; i < frame.labels->size(); ++i) {
            const MapLabelImage &label = frame.labels->at(i);
            if (label.major != major)
                continue;
            order.append(i);
            requests.append({frame.viewport.worldToScreen(label.world), logicalSize(label.image)});
        }
    }
    const QList<QRectF> rects = LabelPlacer::place(requests, markers, frame.viewport.size());
    QList<QRectF> wanted(m_labelNodes.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        wanted[order[k]] = rects[k];
    for (qsizetype i = 0; i < m_labelNodes.size(); ++i) {
        if (m_labelNodes[i]->rect() != wanted[i])
            m_labelNodes[i]->setRect(wanted[i]);
    }
}

void MapRootNode::updateScaleBar(const MapFrame &frame)
{
    if (frame.scaleBarVersion != m_scaleBarVersion) {
        if (m_scaleText) {
            m_scaleBar->removeChildNode(m_scaleText);
            delete m_scaleText;
            m_scaleText = nullptr;
        }
        if (!frame.scaleBarText.isNull()) {
            m_scaleText = textureNode(m_window, frame.scaleBarText);
            m_scaleBar->appendChildNode(m_scaleText);
        }
        m_scaleBarVersion = frame.scaleBarVersion;
    }
    if (const QColor ink = MapPalette::scaleBarInk(frame.labelColor); ink != m_scaleInk) {
        m_scaleInk = ink;
        m_scaleBackground->setColor(MapPalette::scaleBarBox(ink));
        for (QSGSimpleRectNode *part : {m_scaleLine, m_scaleTickLeft, m_scaleTickRight})
            part->setColor(m_scaleInk);
    }
    const bool show = frame.showScaleBar && frame.scaleBar.pixels > 0.0 && m_scaleText;
    const QSizeF textSize = m_scaleText ? logicalSize(frame.scaleBarText) : QSizeF();
    const double barWidth = show ? frame.scaleBar.pixels : 0.0;
    const double left = kScaleMargin;
    const double bottom = frame.viewport.size().height() - kScaleMargin;
    const double width = std::max(barWidth, textSize.width()) + 12.0;
    const double height = textSize.height() + 14.0;
    m_scaleBackground->setRect(show ? QRectF(left, bottom - height, width, height) : QRectF());
    m_scaleLine->setRect(show ? QRectF(left + 6, bottom - 6, barWidth, 2) : QRectF());
    m_scaleTickLeft->setRect(show ? QRectF(left + 6, bottom - 11, 2, 7) : QRectF());
    m_scaleTickRight->setRect(show ? QRectF(left + 6 + barWidth - 2, bottom - 11, 2, 7) : QRectF());
    if (m_scaleText)
        m_scaleText->setRect(show ? QRectF(QPointF(left + 6, bottom - height + 2), textSize) : QRectF());
}

} // namespace et::map
