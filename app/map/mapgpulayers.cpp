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
    m_markerTop = makeNode(MarkerQuadBuffer::attributes(), QSGGeometry::DrawTriangles, new QSGTextureMaterial);
    m_markerWorld->appendChildNode(m_markerQuads);
    m_markers->appendChildNode(m_markerWorld);
    m_markers->appendChildNode(m_markerTop);
    m_world->appendChildNode(m_land);
    m_world->appendChildNode(m_boundaries);
    m_world->appendChildNode(m_circleFill);
    m_world->appendChildNode(m_circleLines);
    appendChildNode(m_world);
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
    if (frame.circles && frame.circlesVersion != m_circlesVersion) {
        rebuildCircles(*frame.circles);
        m_circlesVersion = frame.circlesVersion;
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

void MapGpuLayers::rebuildCircles(const QList<MapCircle> &circles)
{
    int fillCount = 0, lineCount = 0;
    for (const MapCircle &c : circles) {
        fillCount += int(c.ring.size()) * 3;
        lineCount += int(c.ring.size()) * 2;
    }
    QSGGeometry *fill = m_circleFill->geometry();
    QSGGeometry *lines = m_circleLines->geometry();
    fill->allocate(fillCount);
    lines->allocate(lineCount);
    auto *fv = fill->vertexDataAsColoredPoint2D();
    auto *lv = lines->vertexDataAsColoredPoint2D();
    for (const MapCircle &c : circles) {
        const QColor fillColor = MapPalette::severityFill(c.severity);
        const QColor lineColor = MapPalette::severityOutline(c.severity);
        const QPointF center = LocalFrame::toLocal(c.centerWorld);
        for (qsizetype i = 0, n = c.ring.size(); i < n; ++i) {
            const QPointF a = LocalFrame::toLocal(c.ring[i]);
            const QPointF b = LocalFrame::toLocal(c.ring[(i + 1) % n]);
            setColored(*fv++, center, fillColor);
            setColored(*fv++, a, fillColor);
            setColored(*fv++, b, fillColor);
            setColored(*lv++, a, lineColor);
            setColored(*lv++, b, lineColor);
        }
    }
    m_circleFill->markDirty(QSGNode::DirtyGeometry);
    m_circleLines->markDirty(QSGNode::DirtyGeometry);
}

void MapGpuLayers::updateMarkers(const MapFrame &frame, const QList<MarkerDot> &dots)
{
    static const QList<MapMarker> kNone;
    const QList<MapMarker> &markers = frame.markers ? *frame.markers : kNone;
    const MarkerChanges all;
    m_markerWorld->setMatrix(LocalFrame::localToItemMatrix(frame.viewport));
    const double unitsPerPixel = LocalFrame::kScale / frame.viewport.scale();
    const bool atlasChanged = m_markerBuffer.update(m_markerQuads->geometry(), markers,
                                              frame.markerChanges ? *frame.markerChanges : all, unitsPerPixel);
    m_markerQuads->markDirty(QSGNode::DirtyGeometry);

    // Selected and hovered markers are drawn again, larger and on top, in screen space.
    QList<MarkerDot> top;
    QList<MarkerSprite> topSprites;
    for (const MarkerDot &d : dots) {
        if (d.row < 0 || d.row >= markers.size())
            continue;
        const MapMarker &m = markers[d.row];
        if (m.selected || d.row == frame.hoveredRow) {
            top << d;
            topSprites << MarkerQuadBuffer::spriteFor(m, d.row == frame.hoveredRow);
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
    quint16 *idx = g->indexDataAsUShort();
    for (qsizetype i = 0; i < top.size(); ++i) {
        MarkerQuadBuffer::setQuad(v + i * 4, top[i].center, MarkerAtlas::halfSide(topSprites[i]),
                                  m_markerBuffer.atlas().textureRect(topSprites[i]));
        const quint16 b = quint16(i * 4);
        const quint16 quad[6] = {b, quint16(b + 1), quint16(b + 2), quint16(b + 2), quint16(b + 1), quint16(b + 3)};
        std::copy(quad, quad + 6, idx + i * 6);
    }
    m_markerTop->markDirty(QSGNode::DirtyGeometry);
}

} // namespace et::map
