// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QHash>
#include <QStringView>

namespace et::map {

/// The map's colours for what it draws from models. The static functions are the standard
/// palette: one hue per marker kind (chosen to stay apart for common colour-vision deficiencies
/// where possible, and never the land or sea colour), a grey ring for assets that are offline or
/// in maintenance, a red ring for emergencies, and a yellow-to-crimson scale for disaster
/// severity 1..5. An instance is one map's palette: a theme may give the kinds and the rings of
/// markers in their normal state other colours — the ISA-101 control-room theme mutes them, so
/// that colour is left to what is abnormal — while the abnormal rings and the severities stay.
/// Land, sea and boundary colours are item properties instead, because the console's Theme sets
/// them.
class MapPalette
{
public:
    /// This map's colour for a marker of `kind`: the theme's, else the standard one.
    QColor marker(QStringView kind) const;
    /// This map's ring: the theme's for a selected marker and for one in its normal state, the
    /// standard ring for what is abnormal (offline, maintenance, emergency).
    QColor ring(QStringView status, bool selected) const;
    /// Sets the theme's colours; false when nothing changed. Invalid colours are left out.
    bool setKindColors(const QHash<QString, QColor> &colors);
    bool setNormalRing(const QColor &color);
    bool setSelectedRing(const QColor &color);
    QHash<QString, QColor> kindColors() const { return m_kinds; }
    QColor normalRing() const { return m_normalRing; }
    QColor selectedRing() const { return m_selectedRing; }
    bool operator==(const MapPalette &other) const = default;

    static QColor markerColor(QStringView kind);
    /// The outline drawn around a marker: white normally, grey when offline/maintenance, red for
    /// emergency, dark when selected.
    static QColor markerRingColor(QStringView status, bool selected);
    /// Fill colour (with transparency) for a disaster circle of severity 1..5; out-of-range values
    /// are clamped.
    static QColor severityFill(int severity);
    static QColor severityOutline(int severity);

    static QColor defaultLandColor() { return QColor(0xF3, 0xF1, 0xEA); }
    static QColor defaultSeaColor() { return QColor(0xCF, 0xE2, 0xF0); }
    static QColor defaultBoundaryColor() { return QColor(0xB5, 0xB0, 0xA1); }
    static QColor defaultLabelColor() { return QColor(0x3B, 0x3F, 0x45); }
    static QColor defaultLabelColorOnDark() { return QColor(0xE9, 0xEC, 0xEF); }
    /// The scale bar's ink for maps whose place names are `label`: charcoal under dark names, the
    /// names' own colour when they are light (a dark theme) — and the box behind it, which is of
    /// the opposite lightness, so the bar never glares white over a dark map.
    static QColor scaleBarInk(const QColor &label)
    {
        return label.isValid() && label.lightnessF() > 0.5 ? label : QColor(0x33, 0x33, 0x33);
    }
    static QColor scaleBarBox(const QColor &ink)
    {
        return ink.lightnessF() > 0.5 ? QColor(0x1F, 0x22, 0x26, 200) : QColor(255, 255, 255, 200);
    }

private:
    QHash<QString, QColor> m_kinds;
    QColor m_normalRing = markerRingColor(u"", false);
    QColor m_selectedRing = markerRingColor(u"", true);
};

} // namespace et::map
