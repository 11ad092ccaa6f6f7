// SPDX-License-Identifier: MIT
#include "markeratlas.h"

#include "mapframe.h"

#include <QPainter>

#include <cmath>

namespace et::map {

bool MarkerAtlas::add(const MarkerSprite &sprite)
{
    if (m_cells.contains(sprite))
        return false;
    m_cells.insert(sprite, QRectF());
    return true;
}

double MarkerAtlas::halfSide(const MarkerSprite &sprite)
{
    return sprite.radius16 / 16.0 + MarkerStyle::kRingWidth + 1.0;
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
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    int x = 1;
    for (qsizetype i = 0; i < sprites.size(); ++i) {
        const MarkerSprite &s = sprites[i];
        const int side = sides[i];
        const QPointF c(x + side / 2.0, 1 + side / 2.0);
        const double r = s.radius16 / 16.0 * devicePixelRatio;
        p.setBrush(QColor::fromRgba(s.ring));
        p.drawEllipse(c, r + MarkerStyle::kRingWidth * devicePixelRatio, r + MarkerStyle::kRingWidth * devicePixelRatio);
        p.setBrush(QColor::fromRgba(s.fill));
        p.drawEllipse(c, r, r);
        m_cells[s] = QRectF(double(x) / width, 1.0 / height, double(side) / width, double(side) / height);
        x += side + 1;
    }
    p.end();
    return image;
}

} // namespace et::map
