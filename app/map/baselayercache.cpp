// SPDX-License-Identifier: MIT
#include "baselayercache.h"

#include <QPainter>

#include <cmath>

namespace et::map {

namespace {
// Same scale means a pan only; anything else (zoom, device pixel ratio) is painted again.
bool sameScale(const QTransform &a, const QTransform &b)
{
    return std::abs(a.m11() - b.m11()) <= 1e-9 * std::abs(a.m11()) && std::abs(a.m22() - b.m22()) <= 1e-9 * std::abs(a.m22())
           && a.m12() == b.m12() && a.m21() == b.m21();
}

// How far the view moved since the picture was painted, in whole device pixels.
QPoint shift(const QTransform &now, const QTransform &then)
{
    return QPoint(int(std::lround(now.dx() - then.dx())), int(std::lround(now.dy() - then.dy())));
}
} // namespace

bool BaseLayerCache::covers(const QTransform &localToDevice, const QRect &deviceViewport) const
{
    if (m_image.isNull() || !sameScale(localToDevice, m_paintedWith))
        return false;
    const QRect picture(m_origin + shift(localToDevice, m_paintedWith), m_image.size());
    return picture.contains(deviceViewport);
}

QPoint BaseLayerCache::prepare(const QTransform &localToDevice, const QRect &deviceViewport, quint64 contentVersion,
                               const QColor &background, const Paint &paint)
{
    if (contentVersion != m_version || background.rgba() != m_background || !covers(localToDevice, deviceViewport)) {
        const QRect area = deviceViewport.adjusted(-kMargin, -kMargin, kMargin, kMargin);
        const bool opaque = background.alpha() == 255;
        if (m_image.size() != area.size() || m_image.hasAlphaChannel() == opaque)
            m_image = QImage(area.size(), opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
        m_image.fill(opaque ? background : QColor(Qt::transparent));
        QPainter p(&m_image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(localToDevice * QTransform::fromTranslate(-area.left(), -area.top()));
        paint(p);
        p.end();
        m_paintedWith = localToDevice;
        m_origin = area.topLeft();
        m_version = contentVersion;
        m_background = background.rgba();
        ++m_paints;
    }
    return m_origin + shift(localToDevice, m_paintedWith);
}

} // namespace et::map
