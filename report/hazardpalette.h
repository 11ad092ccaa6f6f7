// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/fragilitycurve.h"
#include "domain/hazard/hazardoutlines.h"

#include <QColor>

namespace et::report {

/// How an incident's shapes are painted, on the console's map and in the situation report's:
/// GDACS's tropical-cyclone colours (orange for the cone and gale, red for damaging wind), a
/// neutral ink for the track, violet for intensity contours, blue for drawn areas, ShakeCast's
/// green, yellow, orange and red for sites — and for a what-if draft one ink no live incident
/// uses, dash-dotted, so "what if" is never mistaken for "what is".
struct HazardPalette
{
    QColor fill;
    QColor stroke;
    qreal width = 1.0;
    Qt::PenStyle pen = Qt::SolidLine;

    static HazardPalette of(domain::hazard::HazardOutline::Style style, bool selected);
    /// The same shape as part of a what-if: each shape's weight and transparency in the draft's ink.
    static HazardPalette draftOf(domain::hazard::HazardOutline::Style style);
    static QColor site(domain::hazard::InspectionPriority priority);
    static QColor draftInk() { return QColor(214, 0, 120); }
    static QColor eyeInk() { return QColor(190, 20, 20); }
};

} // namespace et::report
