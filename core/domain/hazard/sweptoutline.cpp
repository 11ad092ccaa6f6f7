// SPDX-License-Identifier: MIT
#include "domain/hazard/sweptoutline.h"

#include "domain/geo/geodesy.h"

#include <QGeoCoordinate>

#include <cmath>

namespace et::domain::hazard {

namespace {
QPointF at(const GeoDisc &d, double bearing)
{
    if (d.radiusKm <= 0.0)
        return {d.lon, d.lat};
    const QGeoCoordinate c = geo::Geodesy::destination(d.lat, d.lon, d.radiusKm, bearing);
    return {c.longitude(), c.latitude()};
}

double heading(const QList<GeoDisc> &discs, qsizetype i)
{
    const qsizetype a = std::max<qsizetype>(0, i - 1), b = std::min<qsizetype>(discs.size() - 1, i + 1);
    if (a == b)
        return 0.0;
    return geo::Geodesy::bearingDeg(discs[a].lat, discs[a].lon, discs[b].lat, discs[b].lon);
}
} // namespace

QList<QPointF> SweptOutline::of(const QList<GeoDisc> &discs, int capSegments)
{
    QList<QPointF> out;
    if (discs.isEmpty())
        return out;
    const int segments = std::max(2, capSegments);
    if (discs.size() == 1) {
        for (int k = 0; k < 2 * segments; ++k)
            out << at(discs.first(), 360.0 * k / (2 * segments));
        return out;
    }
    // Right side forwards (heading + 90), the end cap, the left side backwards, the start cap.
    for (qsizetype i = 0; i < discs.size(); ++i)
        out << at(discs[i], heading(discs, i) + 90.0);
    const double endHeading = heading(discs, discs.size() - 1);
    for (int k = 1; k < segments; ++k)
        out << at(discs.last(), endHeading + 90.0 - 180.0 * k / segments);
    for (qsizetype i = discs.size() - 1; i >= 0; --i)
        out << at(discs[i], heading(discs, i) - 90.0);
    const double startHeading = heading(discs, 0);
    for (int k = 1; k < segments; ++k)
        out << at(discs.first(), startHeading - 90.0 - 180.0 * k / segments);
    // Counter-clockwise in (lon, lat): the right side first is clockwise, so turn it round.
    std::reverse(out.begin(), out.end());
    return out;
}

bool SweptOutline::covers(const QList<GeoDisc> &discs, double lat, double lon)
{
    for (const GeoDisc &d : discs) {
        if (geo::Geodesy::distanceKm(d.lat, d.lon, lat, lon) <= d.radiusKm)
            return true;
    }
    return false;
}

} // namespace et::domain::hazard
