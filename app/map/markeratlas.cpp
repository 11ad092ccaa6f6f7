// SPDX-License-Identifier: MIT
#include "markeratlas.h"

#include "mapframe.h"
#include "markerdrawlist.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace et::map {

bool MarkerAtlas::add(const MarkerSprite &sprite)
{
    if (m_cells.contains(sprite))
        return false;
    m_cells.insert(sprite, QRectF());
    return true;
}

MarkerSprite MarkerSprite::of(const MarkerDot &dot)
{
    return {dot.fill.rgba(), dot.ring.rgba(), int(std::lround(dot.radius * 16.0)), int(std::lround(dot.outputRing * 16.0))};
}

double MarkerAtlas::halfSide(const MarkerSprite &sprite)
{
    return std::max(sprite.radius16 / 16.0 + MarkerStyle::kRingWidth, sprite.outputRing16 / 16.0) + 1.0;
}

void MarkerAtlas::paint(QPainter &p, const QPointF &centre, const MarkerSprite &s, qreal scale)
{
    p.setRenderHint(QPainter::Antialiasing);
    if (s.outputRing16 > 0) {
        // Light enough that the land, a boundary or a neighbour's marker still shows through.
        QColor halo = QColor::fromRgba(s.fill);
        halo.setAlphaF(0.22f);
        QColor edge = QColor::fromRgba(s.fill);
        edge.setAlphaF(0.8f);
        const double width = 1.25 * scale;
        const double r = s.outputRing16 / 16.0 * scale - width / 2.0;
        p.setPen(QPen(edge, width));
        p.setBrush(halo);
        p.drawEllipse(centre, r, r);
    }
    p.setPen(Qt::NoPen);
    const double r = s.radius16 / 16.0 * scale;
    p.setBrush(QColor::fromRgba(s.ring));
    p.drawEllipse(centre, r + MarkerStyle::kRingWidth * scale, r + MarkerStyle::kRingWidth * scale);
    p.setBrush(QColor::fromRgba(s.fill));
    p.drawEllipse(centre, r, r);
}

QImage MarkerAtlas::render(qreal devicePixelRatio)
{
    // One row of square cells; a pixel of transparent gap keeps linear filtering from bleeding
    // a neighbour into a quad's edge.
    QList<MarkerSprite> sprites = m_cells.keys();
    QList<int> sides;
    int width = 1, height = 1;
    for (const MarkerSprite &s : sprites) {
        const int side = int(std::ceil(2.0 * halfSide(s) * devicePixelRatio));
        sides << side;
        width += side + 1;
        height = std::max(height, side + 2);
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    int x = 1;
    for (qsizetype i = 0; i < sprites.size(); ++i) {
        const MarkerSprite &s = sprites[i];
        const int side = sides[i];
        paint(p, QPointF(x + side / 2.0, 1 + side / 2.0), s, devicePixelRatio);
        m_cells[s] = QRectF(double(x) / width, 1.0 / height, double(side) / width, double(side) / height);
        x += side + 1;
    }
    p.end();
    return image;
}

} // namespace et::map
