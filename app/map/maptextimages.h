// SPDX-License-Identifier: MIT
#pragma once

#include "mapframe.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace et::map {

/// The map's text as images, made on the GUI thread and re-made only when the text, its colour or
/// the pixel density changes: one per region name, one for the scale bar. Versions tell the scene
/// graph when to upload new textures.
class MapTextImages
{
public:
    void setRegionLabels(const QList<domain::geo::RegionLabel> &labels);
    void setLabelColor(const QColor &color);
    void setScaleBarText(const QString &text);
    void setDevicePixelRatio(qreal dpr);

    const QList<MapLabelImage> &labels() const { return m_labels; }
    quint64 labelsVersion() const { return m_labelsVersion; }
    const QImage &scaleBarImage() const { return m_scaleBar; }
    quint64 scaleBarVersion() const { return m_scaleBarVersion; }

private:
    void renderLabels();
    void renderScaleBar();

    QList<domain::geo::RegionLabel> m_source;
    QColor m_color;
    QString m_scaleBarText;
    qreal m_dpr = 1.0;
    QList<MapLabelImage> m_labels;
    QImage m_scaleBar;
    quint64 m_labelsVersion = 0, m_scaleBarVersion = 0;
};

} // namespace et::map
