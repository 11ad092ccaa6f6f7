// SPDX-License-Identifier: MIT
#include "labelrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace et::map {

LabelRenderer::LabelRenderer(const QFont &font, const QColor &color, const QColor &halo, qreal devicePixelRatio)
    : m_font(font), m_color(color), m_halo(halo), m_dpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
{
}

QImage LabelRenderer::render(const QString &text) const
{
    constexpr qreal kHalo = 2.0;
    const QFontMetricsF metrics(m_font);
    const QSizeF logical(std::ceil(metrics.horizontalAdvance(text) + 2 * kHalo + 2),
                         std::ceil(metrics.height() + 2 * kHalo));
    QImage image((logical * m_dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addText(QPointF(kHalo + 1, kHalo + metrics.ascent()), m_font, text);
    p.setPen(QPen(m_halo, 2 * kHalo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawPath(path);
    return image;
}

QFont LabelRenderer::defaultFont(int pixelSize, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace et::map
