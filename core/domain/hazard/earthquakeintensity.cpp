// SPDX-License-Identifier: MIT
#include "domain/hazard/earthquakeintensity.h"

#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::domain::hazard {

EarthquakeIntensity::EarthquakeIntensity(double lat, double lon, double depthKm, double magnitude)
    : m_lat(lat), m_lon(lon), m_depthKm(std::max(0.0, depthKm)), m_magnitude(magnitude)
{
}

double EarthquakeIntensity::mmiAtHypocentralKm(double magnitude, double rKm)
{
    const double r = std::max(rKm, 1.0);
    const double rm = kM1 + kM2 * std::exp(magnitude - 5.0);
    double mmi = kC0 + kC1 * magnitude + kC2 * std::log(std::sqrt(r * r + rm * rm));
    if (r > 50.0)
        mmi += kC4 * std::log(r / 50.0);
    return mmi;
}

double EarthquakeIntensity::mmiAt(double lat, double lon) const
{
    const double epicentral = geo::Geodesy::distanceKm(m_lat, m_lon, lat, lon);
    return std::clamp(mmiAtHypocentralKm(m_magnitude, std::hypot(epicentral, m_depthKm)), 1.0, 12.0);
}

double EarthquakeIntensity::radiusKmOf(double mmi) const
{
    const auto at = [&](double epicentral) { return mmiAtHypocentralKm(m_magnitude, std::hypot(epicentral, m_depthKm)); };
    if (at(0.0) < mmi)
        return 0.0;
    double lo = 0.0, hi = 2000.0;
    if (at(hi) >= mmi)
        return hi;
    // The intensity falls with distance: bisect.
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2.0;
        (at(mid) >= mmi ? lo : hi) = mid;
    }
    return lo;
}

QList<std::pair<int, GeoDisc>> EarthquakeIntensity::contours(int lowest) const
{
    QList<std::pair<int, GeoDisc>> out;
    for (int level = std::max(1, lowest); level <= 12; ++level) {
        const double r = radiusKmOf(level);
        if (r <= 0.0)
            break;
        out.append({level, GeoDisc{m_lat, m_lon, r}});
    }
    return out;
}

} // namespace et::domain::hazard
