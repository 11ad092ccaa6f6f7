// SPDX-License-Identifier: MIT
#pragma once

#include "mappalette.h"
#include "markeratlas.h"
#include "markerlayer.h"

#include <QSGGeometry>

namespace et::map {

/// Writes the markers as textured quads (4 vertices, 6 indices per model row, in row order) into a
/// QSGGeometry in LocalFrame units, so a pan only moves the parent transform and rewrites nothing.
/// Everything is rewritten only when rows come or go, the zoom changes (quads keep a constant
/// pixel size) or a new look enters the atlas; otherwise only the rows the model changed are
/// rewritten — 500 moving trucks cost 500 quads, not 10,000. Plain C++ (no window) so tests can
/// count the writes.
class MarkerQuadBuffer
{
public:
    /// `devicePixelRatio`: the resolution the atlas image is rendered at.
    explicit MarkerQuadBuffer(qreal devicePixelRatio = 1.0) : m_devicePixelRatio(devicePixelRatio) {}

    /// Updates `geometry` (TexturedPoint2D, 32-bit indices, triangles). Returns true when the
    /// atlas gained a look: the caller must upload atlasImage() again.
    /// A palette other than the last one's rewrites every quad.
    bool update(QSGGeometry *geometry, const QList<MapMarker> &markers, const MarkerChanges &changes,
                double unitsPerPixel, const MapPalette &palette = {});

    const MarkerAtlas &atlas() const { return m_atlas; }
    const QImage &atlasImage() const { return m_atlasImage; }
    /// Test hook: quads written since construction.
    quint64 quadsWritten() const { return m_quadsWritten; }
    static MarkerSprite spriteFor(const MapMarker &marker, bool hovered, const MapPalette &palette = {});
    /// Writes one quad of half side `half` around `center` showing texture rectangle `texture`.
    static void setQuad(QSGGeometry::TexturedPoint2D *v, const QPointF &center, double half, const QRectF &texture);
    /// A reference: QSGGeometry keeps a reference to its attribute set, never a copy.
    static const QSGGeometry::AttributeSet &attributes() { return QSGGeometry::defaultAttributes_TexturedPoint2D(); }

private:
    void writeQuad(QSGGeometry::TexturedPoint2D *v, const MapMarker &m) const;

    MarkerAtlas m_atlas;
    QImage m_atlasImage;
    qreal m_devicePixelRatio;
    double m_unitsPerPixel = 0.0;
    MapPalette m_palette; ///< the colours the quads were written with
    quint64 m_quadsWritten = 0;
};

} // namespace et::map
