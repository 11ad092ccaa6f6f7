// SPDX-License-Identifier: MIT
#include "mappalette.h"

#include <algorithm>
#include <utility>

namespace et::map {

QColor MapPalette::markerColor(QStringView kind)
{
    if (kind == u"hvdc_converter")
        return QColor(0x70, 0x48, 0xE8); // violet
    if (kind == u"thermal")
        return QColor(0x8C, 0x5A, 0x2B); // brown
    if (kind == u"wind")
        return QColor(0x1C, 0x7E, 0xD6); // blue
    if (kind == u"solar")
        return QColor(0xF5, 0x9F, 0x00); // amber
    if (kind == u"substation")
        return QColor(0x34, 0x3A, 0x40); // charcoal
    if (kind == u"truck")
        return QColor(0x0C, 0xA6, 0x78); // teal green
    if (kind == u"center")
        return QColor(0xD6, 0x33, 0x6C); // pink
    if (kind == u"disaster")
        return QColor(0xE0, 0x31, 0x31); // red
    return QColor(0x86, 0x8E, 0x96);     // unknown kind: neutral grey, still visible
}

QColor MapPalette::markerRingColor(QStringView status, bool selected)
{
    if (selected)
        return QColor(0x11, 0x18, 0x27);
    if (status == u"offline" || status == u"maintenance")
        return QColor(0x9A, 0xA0, 0xA6);
    if (status == u"emergency")
        return QColor(0xFA, 0x52, 0x52);
    return QColor(0xFF, 0xFF, 0xFF);
}

QColor MapPalette::marker(QStringView kind) const
{
    const auto it = m_kinds.constFind(kind.toString());
    return it != m_kinds.cend() ? *it : markerColor(kind);
}

QColor MapPalette::ring(QStringView status, bool selected) const
{
    if (selected)
        return m_selectedRing;
    const QColor standard = markerRingColor(status, false);
    return standard == markerRingColor(u"", false) ? m_normalRing : standard;
}

bool MapPalette::setKindColors(const QHash<QString, QColor> &colors)
{
    QHash<QString, QColor> valid;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        if (it.value().isValid())
            valid.insert(it.key(), it.value());
    }
    return std::exchange(m_kinds, valid) != valid;
}

bool MapPalette::setNormalRing(const QColor &color)
{
    const QColor next = color.isValid() ? color : markerRingColor(u"", false);
    return std::exchange(m_normalRing, next) != next;
}

bool MapPalette::setSelectedRing(const QColor &color)
{
    const QColor next = color.isValid() ? color : markerRingColor(u"", true);
    return std::exchange(m_selectedRing, next) != next;
}

QColor MapPalette::severityOutline(int severity)
{
    static const QColor scale[] = {QColor(0xE6, 0xB4, 0x00), QColor(0xFD, 0x7E, 0x14), QColor(0xF0, 0x3E, 0x3E),
                                   QColor(0xC9, 0x2A, 0x2A), QColor(0x86, 0x1A, 0x4D)};
    return scale[std::clamp(severity, 1, 5) - 1];
}

QColor MapPalette::severityFill(int severity)
{
    QColor c = severityOutline(severity);
    // Stronger disasters get a denser fill so they read first.
    c.setAlphaF(0.18f + 0.04f * float(std::clamp(severity, 1, 5)));
    return c;
}

} // namespace et::map
