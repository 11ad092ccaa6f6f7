// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QStringView>

namespace et::map {

/// The map's fixed colours for what it draws from models: one hue per marker kind (chosen to stay
/// apart for common colour-vision deficiencies where possible, and never the land or sea colour),
/// a grey ring for assets that are offline or in maintenance, a red ring for emergencies, and a
/// yellow-to-crimson scale for disaster severity 1..5. Land, sea and boundary colours are item
/// properties instead, because the console's Theme sets them.
class MapPalette
{
public:
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
};

} // namespace et::map
