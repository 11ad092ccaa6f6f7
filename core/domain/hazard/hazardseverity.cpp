// SPDX-License-Identifier: MIT
#include "domain/hazard/hazardseverity.h"

namespace et::domain::hazard {

int HazardSeverity::ofTyphoonWind(double maxWindMs)
{
    if (maxWindMs >= 44.0)
        return 5;
    if (maxWindMs >= 33.0)
        return 4;
    if (maxWindMs >= 25.0)
        return 3;
    if (maxWindMs >= 17.0)
        return 2;
    return 1;
}

AlertLevel HazardSeverity::typhoonAlert(double maxWindMs)
{
    // GDACS: 92 and 178 km/h.
    if (maxWindMs * 3.6 > 178.0)
        return AlertLevel::Red;
    if (maxWindMs * 3.6 >= 92.0)
        return AlertLevel::Orange;
    return AlertLevel::Green;
}

int HazardSeverity::ofEarthquakeIntensity(double mmi)
{
    if (mmi >= 7.5)
        return 5;
    if (mmi >= 6.5)
        return 4;
    if (mmi >= 5.5)
        return 3;
    if (mmi >= 4.5)
        return 2;
    return 1;
}

AlertLevel HazardSeverity::earthquakeAlert(double mmi)
{
    if (mmi >= 7.5)
        return AlertLevel::Red;
    if (mmi >= 5.5)
        return AlertLevel::Orange;
    return AlertLevel::Green;
}

QString HazardSeverity::toString(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Green: return QStringLiteral("green");
    case AlertLevel::Orange: return QStringLiteral("orange");
    case AlertLevel::Red: return QStringLiteral("red");
    }
    return {};
}

} // namespace et::domain::hazard
