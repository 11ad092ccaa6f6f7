// SPDX-License-Identifier: MIT
#include "markerquadbuffer.h"

#include "localframe.h"
#include "mapframe.h"
#include "mappalette.h"

#include <cmath>

namespace et::map {

MarkerSprite MarkerQuadBuffer::spriteFor(const MapMarker &m, bool hovered, const MapPalette &palette)
{
    const double radius = MarkerStyle::radius(m.selected, hovered);
    return {palette.marker(m.kind).rgba(), palette.ring(m.status, m.selected).rgba(),
            int(std::lround(radius * 16.0)), int(std::lround(MarkerStyle::outputRingRadius(radius, m.outputLevel) * 16.0))};
}

bool MarkerQuadBuffer::update(QSGGeometry *geometry, const QList<MapMarker> &markers, const MarkerChanges &changes,
                              double unitsPerPixel, const MapPalette &palette)
{
    const int count = int(markers.size());
    bool full = changes.structure || geometry->vertexCount() != count * 4 || unitsPerPixel != m_unitsPerPixel
        || palette != m_palette;
    m_palette = palette;
    // A look never seen before changes the atlas layout, hence every texture rectangle.
    bool atlasChanged = false;
    auto learn = [&](int row) {
        const MapMarker &m = markers[row];
        // The hovered look too: the top layer may draw any marker hovered without a new atlas.
        if (m.valid && (m_atlas.add(spriteFor(m, false, m_palette)) | m_atlas.add(spriteFor(m, true, m_palette))))
            atlasChanged = true;
    };
    if (full) {
        for (int r = 0; r < count; ++r)
            learn(r);
    } else {
        for (int r : changes.rows) {
            if (r >= 0 && r < count)
                learn(r);
        }
    }
    if (atlasChanged) {
        m_atlasImage = m_atlas.render(m_devicePixelRatio);
        full = true;
    }
    m_unitsPerPixel = unitsPerPixel;
    auto *v = geometry->vertexDataAsTexturedPoint2D();
    if (full) {
        geometry->allocate(count * 4, count * 6);
        v = geometry->vertexDataAsTexturedPoint2D();
        quint32 *idx = geometry->indexDataAsUInt();
        for (quint32 q = 0; q < quint32(count); ++q) {
            const quint32 b = q * 4;
            const quint32 quad[6] = {b, b + 1, b + 2, b + 2, b + 1, b + 3};
            std::copy(quad, quad + 6, idx + q * 6);
            writeQuad(v + b, markers[q]);
        }
        m_quadsWritten += quint64(count);
    } else {
        for (int r : changes.rows) {
            if (r >= 0 && r < count) {
                writeQuad(v + r * 4, markers[r]);
                ++m_quadsWritten;
            }
        }
    }
    return atlasChanged;
}

void MarkerQuadBuffer::writeQuad(QSGGeometry::TexturedPoint2D *v, const MapMarker &m) const
{
    if (!m.valid) {
        // Degenerate: rows with no usable coordinate keep their slot but cover no pixel.
        for (int i = 0; i < 4; ++i)
            v[i].set(0, 0, 0, 0);
        return;
    }
    const MarkerSprite sprite = spriteFor(m, false, m_palette);
    setQuad(v, LocalFrame::toLocal(m.world), MarkerAtlas::halfSide(sprite) * m_unitsPerPixel, m_atlas.textureRect(sprite));
}

void MarkerQuadBuffer::setQuad(QSGGeometry::TexturedPoint2D *v, const QPointF &center, double half,
                               const QRectF &t)
{
    const float x = float(center.x()), y = float(center.y()), h = float(half);
    v[0].set(x - h, y - h, float(t.left()), float(t.top()));
    v[1].set(x + h, y - h, float(t.right()), float(t.top()));
    v[2].set(x - h, y + h, float(t.left()), float(t.bottom()));
    v[3].set(x + h, y + h, float(t.right()), float(t.bottom()));
}

} // namespace et::map
