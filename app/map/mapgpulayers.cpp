// SPDX-License-Identifier: MIT
#include "mapgpulayers.h"

#include "localframe.h"
#include "mappalette.h"

#include <QSGFlatColorMaterial>
#include <QSGVertexColorMaterial>

#include <QtMath>

namespace et::map {
namespace {

constexpr int kMarkerSegments = 16;

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

MapGpuLayers::MapGpuLayers()
{
    m_world = new QSGTransformNode;
    m_land = makeNode(QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawTriangles, new QSGFlatColorMaterial);
    m_boundaries = makeNode(QSGGeometry::defaultAttributes_Point2D(), QSGGeometry::DrawLines, new QSGFlatColorMaterial);
    m_circleFill = makeNode(QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawTriangles,
                            new QSGVertexColorMaterial);
    m_circleLines = makeNode(QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawLines,
                             new QSGVertexColorMaterial);
    m_markers = makeNode(QSGGeometry::defaultAttributes_ColoredPoint2D(), QSGGeometry::DrawTriangles,
                         new QSGVertexColorMaterial, QSGGeometry::UnsignedIntType);
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

void MapGpuLayers::updateMarkers(const QList<MarkerDot> &dots)
{
    constexpr int kVertsPerDisc = kMarkerSegments + 1;
    QSGGeometry *g = m_markers->geometry();
    g->allocate(int(dots.size()) * 2 * kVertsPerDisc, int(dots.size()) * 2 * kMarkerSegments * 3);
    auto *v = g->vertexDataAsColoredPoint2D();
    quint32 *idx = g->indexDataAsUInt();
    quint32 base = 0;
    auto disc = [&](const QPointF &c, double r, const QColor &color) {
        setColored(v[base], c, color);
        for (int s = 0; s < kMarkerSegments; ++s) {
            const double a = 2.0 * M_PI * s / kMarkerSegments;
            setColored(v[base + 1 + s], c + QPointF(r * qCos(a), r * qSin(a)), color);
            *idx++ = base;
            *idx++ = base + 1 + quint32(s);
            *idx++ = base + 1 + quint32((s + 1) % kMarkerSegments);
        }
        base += kVertsPerDisc;
    };
    for (const MarkerDot &d : dots) {
        disc(d.center, d.radius + MarkerStyle::kRingWidth, d.ring);
        disc(d.center, d.radius, d.fill);
    }
    m_markers->markDirty(QSGNode::DirtyGeometry);
}

} // namespace et::map
