// SPDX-License-Identifier: MIT
// JejuMap's colours: land, sea, boundaries and place names, and the palette of its markers and
// flows, which the console's Theme sets. Each change bumps the colours' version so the scene
// graph takes it at the next frame; a palette change rewrites every marker and flow.
#include "jejumap.h"

#include "maplogging.h"
#include "mappalette.h"

#include <QQuickWindow>

namespace et::map {

bool JejuMap::assignColor(QColor &field, const QColor &color)
{
    if (field == color)
        return false;
    field = color;
    ++m_colorsVersion;
    emit colorsChanged();
    update();
    return true;
}

QVariantMap JejuMap::markerColors() const
{
    QVariantMap colors;
    const auto kinds = m_palette.kindColors();
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        colors.insert(it.key(), it.value());
    return colors;
}

void JejuMap::setMarkerColors(const QVariantMap &colors)
{
    QHash<QString, QColor> kinds;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        const QColor color = it.value().value<QColor>();
        if (!color.isValid())
            qCWarning(lcMap) << "markerColors: no colour for" << it.key() << it.value();
        kinds.insert(it.key(), color);
    }
    paletteChanged(m_palette.setKindColors(kinds));
}

void JejuMap::setMarkerRingColor(const QColor &color)
{
    paletteChanged(m_palette.setNormalRing(color));
}

void JejuMap::setSelectedRingColor(const QColor &color)
{
    paletteChanged(m_palette.setSelectedRing(color));
}

void JejuMap::paletteChanged(bool changed)
{
    if (!changed)
        return;
    // Markers and flows are drawn from the palette: every marker quad and every stroke again.
    m_paletteChanged = true;
    ++m_flowsVersion;
    ++m_colorsVersion;
    emit colorsChanged();
    update();
}

void JejuMap::setLandColor(const QColor &color)
{
    if (!assignColor(m_land, color) || m_labelColorSet)
        return;
    // Until someone chooses a label colour, keep names readable on dark land (a dark theme).
    const QColor label = color.lightnessF() < 0.5 ? MapPalette::defaultLabelColorOnDark() : MapPalette::defaultLabelColor();
    if (assignColor(m_labelColor, label))
        m_text.setLabelColor(label);
}

void JejuMap::setSeaColor(const QColor &color)
{
    assignColor(m_sea, color);
}

void JejuMap::setDrawSea(bool draw)
{
    if (draw == m_drawSea)
        return;
    m_drawSea = draw;
    if (!draw && window() && window()->color() != m_sea)
        qCWarning(lcMap) << "drawSea is off but the window's colour" << window()->color() << "is not the sea's" << m_sea;
    emit colorsChanged();
    update();
}

void JejuMap::setBoundaryColor(const QColor &color)
{
    assignColor(m_boundary, color);
}

void JejuMap::setLabelColor(const QColor &color)
{
    m_labelColorSet = true;
    if (assignColor(m_labelColor, color))
        m_text.setLabelColor(color);
}

} // namespace et::map
