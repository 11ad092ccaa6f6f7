// SPDX-License-Identifier: MIT
#include "maptextimages.h"

#include "labelrenderer.h"
#include "mappalette.h"

namespace et::map {

void MapTextImages::setRegionLabels(const QList<domain::geo::RegionLabel> &labels)
{
    m_source = labels;
    renderLabels();
}

void MapTextImages::setLabelColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    renderLabels();
    renderScaleBar();
}

void MapTextImages::setScaleBarText(const QString &text)
{
    if (text == m_scaleBarText)
        return;
    m_scaleBarText = text;
    renderScaleBar();
}

void MapTextImages::setDevicePixelRatio(qreal dpr)
{
    if (dpr <= 0.0 || dpr == m_dpr)
        return;
    m_dpr = dpr;
    renderLabels();
    renderScaleBar();
}

void MapTextImages::renderLabels()
{
    m_labels.clear();
    // The halo contrasts with the text, so a light label colour (a dark theme) gets a dark halo.
    const QColor halo = m_color.lightnessF() > 0.5 ? QColor(0, 0, 0, 200) : QColor(255, 255, 255, 220);
    const LabelRenderer major(LabelRenderer::defaultFont(13, true), m_color, halo, m_dpr);
    const LabelRenderer minor(LabelRenderer::defaultFont(11, false), m_color, halo, m_dpr);
    for (const auto &label : std::as_const(m_source))
        m_labels.append({(label.major ? major : minor).render(label.name), label.world, label.major});
    ++m_labelsVersion;
}

void MapTextImages::renderScaleBar()
{
    m_scaleBar = m_scaleBarText.isEmpty()
        ? QImage()
        : LabelRenderer(LabelRenderer::defaultFont(11, false), MapPalette::scaleBarInk(m_color), Qt::transparent, m_dpr)
              .render(m_scaleBarText);
    ++m_scaleBarVersion;
}

} // namespace et::map
