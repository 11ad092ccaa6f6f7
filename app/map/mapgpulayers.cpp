// SPDX-License-Identifier: MIT
#include "mapgpulayers.h"

#include "localframe.h"
#include "mappalette.h"

#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGVertexColorMaterial>


namespace et::map {
namespace {

QSGGeometryNode *makeNode(const QSGGeometry::AttributeSet &attributes, unsigned int mode, QSGMaterial *material,
                          QSGGeometry::Type indexType = QSGGeometry::UnsignedShortType)
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(attributes, 0, 0, indexType);
    geometry->setDrawingMode(mode);
    geometry->setLineWidth(1.0f);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

void setFlatColor(QSGGeometryNode *node, const QColor &color)
{
    auto *material = static_cast<QSGFlatColorMaterial *>(node->material());
    if (material->color() != color) {
        material->setColor(color);
        node->markDirty(QSGNode::DirtyMaterial);
    }
}

// Premultiplied, as QSGVertexColorMaterial expects.
void setColored(QSGGeometry::ColoredPoint2D &v, const QPointF &p, const QColor &c)
{
    const float a = float(c.alphaF());
    v.set(float(p.x()), float(p.y()), uchar(c.red() * a), uchar(c.green() * a), uchar(c.blue() * a), uchar(c.alpha()));
}

} // namespace

MapGpuLayers::MapGpuLayers(QQuickWindow *window)
    : m_window(window), m_markerBuffer(window->effectiveDevicePixelRatio())
{
    m_world = new QSGTransformNode;
    m_land = makeNode(QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawTriangles, new QSGFlatColorMaterial);
    m_boundaries = makeNode(QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawLines, new QSGFlatColorMaterial);
    m_circleFill = makeNode(QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawTriangles,
                            new QSGVertexColorMaterial);
    m_circleLines = makeNode(QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawLines,
                             new QSGVertexColorMaterial);
    m_markers = new QSGNode;
    m_markerWorld = new QSGTransformNode;
    m_markerQuads = makeNode(MarkerQuadBuffer::attributes(), QSGGeometry::DrawTriangles, new QSGTextureMaterial,
                             QSGGeometry::UnsignedIntType);
    m_markerTop = makeNode(MarkerQuadBuffer::attributes(), QSGGeometry::DrawTriangles, new QSGTextureMaterial,
                           QSGGeometry::UnsignedIntType);
    m_markerWorld->appendChildNode(m_markerQuads);
    m_markers->appendChildNode(m_markerWorld);
    m_markers->appendChildNode(m_markerTop);
    m_world->appendChildNode(m_land);
    m_world->appendChildNode(m_boundaries);
    m_world->appendChildNode(m_circleFill);
    m_world->appendChildNode(m_circleLines);
    appendChildNode(m_world);
}

MapGpuLayers::~MapGpuLayers()
{
    // While clusters are drawn the world quads are out of the tree, so no parent deletes them.
    if (!m_markerWorld->parent())
        delete m_markerWorld;
}

void MapGpuLayers::update(const MapFrame &frame)
{
    m_world->setMatrix(LocalFrame::localToItemMatrix(frame.viewport));
    if (frame.mesh && frame.meshVersion != m_meshVersion) {
        rebuildLand(*frame.mesh);
        m_meshVersion = frame.meshVersion;
    }
    if (frame.colorsVersion != m_colorsVersion) {
        setFlatColor(m_land, frame.land);
        setFlatColor(m_boundaries, frame.boundary);
        m_colorsVersion = frame.colorsVersion;
    }
    if (frame.circlesVersion != m_circlesVersion || frame.polygonsVersion != m_polygonsVersion) {
        QList<const QList<MapArea> *> layers;
        for (const QList<MapArea> *areas : {frame.circles, frame.polygons}) {
            if (areas)
                layers << areas;
        }
        rebuildAreas(layers);
        m_circlesVersion = frame.circlesVersion;
        m_polygonsVersion = frame.polygonsVersion;
    }
}

void MapGpuLayers::rebuildLand(const domain::geo::RegionMesh &mesh)
{
    auto upload = [](QSGGeometryNode *node, const QList<QPointF> &world) {
        QSGGeometry *g = node->geometry();
        g->allocate(int(world.size()));
        auto *v = g->vertexDataAsPoint2D();
        for (qsizetype i = 0; i < world.size(); ++i) {
            const QPointF p = LocalFrame::toLocal(world[i]);
            v[i].set(float(p.x()), float(p.y()));
        }
        node->markDirty(QSGNode::DirtyGeometry);
    };
    upload(m_land, mesh.triangles);
    upload(m_boundaries, mesh.boundaryLines);
}

void MapGpuLayers::rebuildAreas(const QList<const QList<MapArea> *> &layers)
{
    int fillCount = 0, lineCount = 0;
    for (const QList<MapArea> *areas : layers) {
        for (const MapArea &a : *areas) {
            fillCount += int(a.triangles.size());
            lineCount += int(a.ring.size()) * 2;
        }
    }
    QSGGeometry *fill = m_circleFill->geometry();
    QSGGeometry *lines = m_circleLines->geometry();
    fill->allocate(fillCount);
    lines->allocate(lineCount);
    auto *fv = fill->vertexDataAsColoredPoint2D();
    auto *lv = lines->vertexDataAsColoredPoint2D();
    for (const QList<MapArea> *areas : layers) {
        for (const MapArea &a : *areas) {
            const QColor fillColor = MapPalette::severityFill(a.severity);
            const QColor lineColor = MapPalette::severityOutline(a.severity);
            for (const QPointF &p : a.triangles)
                setColored(*fv++, LocalFrame::toLocal(p), fillColor);
            for (qsizetype i = 0, n = a.ring.size(); i < n; ++i) {
                setColored(*lv++, LocalFrame::toLocal(a.ring[i]), lineColor);
                setColored(*lv++, LocalFrame::toLocal(a.ring[(i + 1) % n]), lineColor);
            }
        }
    }
    m_circleFill->markDirty(QSGNode::DirtyGeometry);
    m_circleLines->markDirty(QSGNode::DirtyGeometry);
}

void MapGpuLayers::updateMarkers(const MapFrame &frame, const QList<MarkerDot> &dots, bool clustered)
{
    static const QList<MapMarker> kNone;
    const QList<MapMarker> &markers = frame.markers ? *frame.markers : kNone;
    const MarkerChanges all;
    m_markerWorld->setMatrix(LocalFrame::localToItemMatrix(frame.viewport));
    const double unitsPerPixel = LocalFrame::kScale / frame.viewport.scale();
    const bool atlasChanged = m_markerBuffer.update(m_markerQuads->geometry(), markers,
                                              frame.markerChanges ? *frame.markerChanges : all, unitsPerPixel,
                                              frame.palette);
    m_markerQuads->markDirty(QSGNode::DirtyGeometry);
    // The quads stay current while clusters are drawn (cheap: only changed rows), so leaving
    // the clustered zooms shows them at once.
    if (clustered && m_markerWorld->parent())
        m_markers->removeChildNode(m_markerWorld);
    else if (!clustered && !m_markerWorld->parent())
        m_markers->prependChildNode(m_markerWorld);

    // Selected and hovered markers are drawn again, larger and on top, in screen space (with
    // clusters: every single marker).
    QList<MarkerDot> top;
    QList<MarkerSprite> topSprites;
    for (const MarkerDot &d : dots) {
        if (d.row < 0 || d.row >= markers.size())
            continue;
        const MapMarker &m = markers[d.row];
        if (clustered || m.selected || d.row == frame.hoveredRow) {
            top << d;
            topSprites << MarkerQuadBuffer::spriteFor(m, d.row == frame.hoveredRow, frame.palette);
        }
    }
    if (atlasChanged || !m_atlasTexture) {
        m_atlasTexture.reset(m_window->createTextureFromImage(m_markerBuffer.atlasImage()));
        m_atlasTexture->setFiltering(QSGTexture::Linear);
        for (QSGGeometryNode *node : {m_markerQuads, m_markerTop}) {
            static_cast<QSGTextureMaterial *>(node->material())->setTexture(m_atlasTexture.get());
            static_cast<QSGTextureMaterial *>(node->material())->setFiltering(QSGTexture::Linear);
            node->markDirty(QSGNode::DirtyMaterial);
        }
    }
    QSGGeometry *g = m_markerTop->geometry();
    g->allocate(int(top.size()) * 4, int(top.size()) * 6);
    auto *v = g->vertexDataAsTexturedPoint2D();
    quint32 *idx = g->indexDataAsUInt();
    for (qsizetype i = 0; i < top.size(); ++i) {
        MarkerQuadBuffer::setQuad(v + i * 4, top[i].center, MarkerAtlas::halfSide(topSprites[i]),
                                  m_markerBuffer.atlas().textureRect(topSprites[i]));
        const quint32 b = quint32(i * 4);
        const quint32 quad[6] = {b, b + 1, b + 2, b + 2, b + 1, b + 3};
        std::copy(quad, quad + 6, idx + i * 6);
    }
    m_markerTop->markDirty(QSGNode::DirtyGeometry);
}

} // namespace et::map
