// SPDX-License-Identifier: MIT
#include "scalebar.h"

#include <cmath>

namespace et::domain::geo {

ScaleBar ScaleBar::choose(double metersPerPixel, double maxPixels)
{
    if (!(metersPerPixel > 0.0) || !(maxPixels > 0.0) || !std::isfinite(metersPerPixel))
        return {};
    const double maxMeters = metersPerPixel * maxPixels;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double best = decade;
    for (double step : {2.0, 5.0}) {
        if (step * decade <= maxMeters)
            best = step * decade;
    }
    return {best, best / metersPerPixel};
}

QString ScaleBar::text() const
{
    if (meters >= 1000.0)
        return QStringLiteral("%1 km").arg(meters / 1000.0);
    return QStringLiteral("%1 m").arg(meters);
}

} // namespace et::domain::geo
