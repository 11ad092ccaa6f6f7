// SPDX-License-Identifier: MIT
#include "clusterbadge.h"

#include "mapframe.h"

#include <QFont>
#include <QPainter>

#include <cmath>

namespace et::map {

double ClusterBadge::radiusFor(int count)
{
    return 11.0 + 3.0 * std::log10(std::max(count, 2) * 1.0) + 0.1;
}

QImage ClusterBadge::render(int count, const QColor &fill, const QColor &ring, double radius, qreal devicePixelRatio)
{
    const double outer = radius + MarkerStyle::kRingWidth;
    const int side = int(std::ceil(outer * 2.0 * devicePixelRatio)) + 2;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double logicalSide = side / devicePixelRatio;
    const QPointF c(logicalSide / 2.0, logicalSide / 2.0);
    p.setPen(Qt::NoPen);
    p.setBrush(ring);
    p.drawEllipse(c, outer, outer);
    p.setBrush(fill);
    p.drawEllipse(c, radius, radius);
    QFont font;
    font.setPixelSize(count >= 1000 ? 10 : 12);
    font.setBold(true);
    p.setFont(font);
    // Dark digits on light kinds (solar yellow), white on the rest.
    p.setPen(fill.lightnessF() > 0.62 ? QColor(0x21, 0x25, 0x29) : QColor(Qt::white));
    const QRectF box(c.x() - radius, c.y() - radius, radius * 2.0, radius * 2.0);
    p.drawText(box, Qt::AlignCenter, QString::number(count));
    p.end();
    return image;
}

} // namespace et::map
