// SPDX-License-Identifier: MIT
#include "domain/hazard/typhoontrack.h"

#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::domain::hazard {

double WindRadii::atBearing(double bearingDeg) const
{
    const double b = std::fmod(std::fmod(bearingDeg, 360.0) + 360.0, 360.0);
    return km[size_t(std::min(3, int(b / 90.0)))];
}

namespace {
std::optional<double> mix(const std::optional<double> &a, const std::optional<double> &b, double f)
{
    if (!a || !b)
        return std::nullopt;
    return *a + (*b - *a) * f;
}

WindRadii mix(const WindRadii &a, const WindRadii &b, double f)
{
    WindRadii r;
    if (!a.known || !b.known)
        return r;
    r.known = true;
    for (size_t i = 0; i < r.km.size(); ++i)
        r.km[i] = a.km[i] + (b.km[i] - a.km[i]) * f;
    return r;
}
} // namespace

std::optional<TrackPoint> TyphoonTrack::at(const QDateTime &time) const
{
    if (points.isEmpty() || time < points.first().time || time > points.last().time)
        return std::nullopt;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), time, [](const TrackPoint &p, const QDateTime &t) { return p.time < t; });
    if (after->time == time || after == points.cbegin())
        return *after;
    const TrackPoint &a = *(after - 1);
    const TrackPoint &b = *after;
    const double f = double(a.time.msecsTo(time)) / double(a.time.msecsTo(b.time));
    TrackPoint p;
    p.time = time;
    // Fixes are 6 h apart and a few hundred km at most: linear in degrees is well within a
    // best track's own uncertainty (tens of km).
    p.lat = a.lat + (b.lat - a.lat) * f;
    p.lon = a.lon + (b.lon - a.lon) * f;
    p.pressureHpa = mix(a.pressureHpa, b.pressureHpa, f);
    p.maxWindMs = mix(a.maxWindMs, b.maxWindMs, f);
    p.r15 = mix(a.r15, b.r15, f);
    p.r25 = mix(a.r25, b.r25, f);
    return p;
}

double TyphoonTrack::closestApproachKm(double lat, double lon) const
{
    double best = std::numeric_limits<double>::infinity();
    for (const TrackPoint &p : points)
        best = std::min(best, geo::Geodesy::distanceKm(lat, lon, p.lat, p.lon));
    return best;
}

} // namespace et::domain::hazard
