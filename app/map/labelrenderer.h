// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QString>

namespace et::map {

/// Renders a short text once into an image with a light halo, for the map to upload as a texture.
/// Qt 6.4 has no public text node for custom scene graph items (QSGTextNode arrived in 6.7), and
/// labels change rarely, so drawing them once beats laying out text every frame.
class LabelRenderer
{
public:
    LabelRenderer(const QFont &font, const QColor &color, const QColor &halo, qreal devicePixelRatio);

    QImage render(const QString &text) const;

    /// The map's label font: Noto Sans CJK KR when installed (Hangul), else the default sans.
    static QFont defaultFont(int pixelSize, bool bold);

private:
    QFont m_font;
    QColor m_color;
    QColor m_halo;
    qreal m_dpr;
};

} // namespace et::map
