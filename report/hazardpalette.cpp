// SPDX-License-Identifier: MIT
#include "hazardpalette.h"

#include <algorithm>

namespace et::report {

using Style = domain::hazard::HazardOutline::Style;

HazardPalette HazardPalette::of(Style style, bool selected)
{
    const int a = selected ? 1 : 0; // the selected incident a little stronger
    // Light fills: a cone, a swath and two wind discs stack over the island, and its land, sites
    // and labels must stay readable under all four.
    switch (style) {
    case Style::Cone: return {QColor(255, 170, 0, 14 + 8 * a), QColor(230, 140, 0, 170), 1.5, Qt::DashLine};
    case Style::Swath: return {QColor(220, 40, 40, 16 + 8 * a), QColor(200, 30, 30, 140), 1.0, Qt::SolidLine};
    case Style::Wind15: return {Qt::transparent, QColor(230, 120, 0, 230), 2.0, Qt::DashLine};
    case Style::Wind25: return {QColor(220, 30, 30, 22 + 10 * a), QColor(190, 20, 20, 230), 2.0, Qt::SolidLine};
    case Style::Track: return {Qt::transparent, QColor(40, 40, 60, 200), 2.0 + a, Qt::SolidLine};
    case Style::Contour: return {QColor(160, 60, 200, 18 + 10 * a), QColor(130, 40, 170, 200), 1.5, Qt::SolidLine};
    case Style::Eye: return {Qt::white, eyeInk(), 3.0, Qt::SolidLine};
    case Style::Site:
    case Style::Area: break;
    }
    return {QColor(30, 100, 220, 40 + 20 * a), QColor(30, 90, 200, 220), 2.0, Qt::SolidLine};
}

HazardPalette HazardPalette::draftOf(Style style)
{
    HazardPalette p = of(style, true);
    const QColor ink = draftInk();
    // Half the fill: a draft's contours or cone stack over the live incident's.
    p.fill = p.fill.alpha() == 0 ? QColor(Qt::transparent) : QColor(ink.red(), ink.green(), ink.blue(), p.fill.alpha() / 2);
    p.stroke = QColor(ink.red(), ink.green(), ink.blue(), std::max(200, p.stroke.alpha()));
    p.width += 0.5;
    p.pen = Qt::DashDotLine;
    return p;
}

QColor HazardPalette::site(domain::hazard::InspectionPriority priority)
{
    using domain::hazard::InspectionPriority;
    switch (priority) {
    case InspectionPriority::Red: return QColor(200, 30, 30);
    case InspectionPriority::Orange: return QColor(232, 113, 10);
    case InspectionPriority::Yellow: return QColor(212, 161, 6);
    case InspectionPriority::Green: break;
    }
    return QColor(40, 150, 70);
}

} // namespace et::report
