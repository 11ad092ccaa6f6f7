// SPDX-License-Identifier: MIT
#include "truckroute.h"

#include "geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::domain {

namespace {
// A trip longer than a day is not a trip on Jeju.
constexpr double kMaxTripSeconds = 86400.0;
constexpr int kMaxPoints = 20000;
} // namespace

QDateTime TruckRoute::eta() const
{
    if (isEmpty())
        return {};
    return departedAt.addMSecs(qint64(std::llround(totalSeconds() * 1000.0)));
}

RoutePosition TruckRoute::at(double elapsedSec) const
{
    RoutePosition p;
    if (points.isEmpty())
        return p;
    if (points.size() < 2 || elapsedSec >= totalSeconds()) {
        p.lat = points.last().lat;
        p.lon = points.last().lon;
        p.arrived = true;
        if (points.size() >= 2) {
            const RoutePoint &a = points.at(points.size() - 2);
            p.headingDeg = geo::Geodesy::bearingDeg(a.lat, a.lon, points.last().lat, points.last().lon);
        }
        return p;
    }
    const double t = std::max(0.0, elapsedSec);
    // The first point passed after t; the truck is on the stretch that ends there.
    const auto next = std::upper_bound(points.cbegin() + 1, points.cend(), t,
                                       [](double s, const RoutePoint &q) { return s < q.atSec; });
    const RoutePoint &b = *next;
    const RoutePoint &a = *(next - 1);
    const double span = b.atSec - a.atSec;
    const double f = span > 0.0 ? (t - a.atSec) / span : 1.0;
    p.lat = a.lat + (b.lat - a.lat) * f;
    p.lon = a.lon + (b.lon - a.lon) * f;
    p.headingDeg = geo::Geodesy::bearingDeg(a.lat, a.lon, b.lat, b.lon);
    if (span > 0.0)
        p.speedKmh = geo::Geodesy::distanceKm(a.lat, a.lon, b.lat, b.lon) / (span / 3600.0);
    return p;
}

QList<RoutePoint> TruckRoute::remaining(double elapsedSec) const
{
    if (isEmpty())
        return {};
    const RoutePosition here = at(elapsedSec);
    QList<RoutePoint> out{{here.lat, here.lon, std::min(std::max(0.0, elapsedSec), totalSeconds())}};
    for (const RoutePoint &q : points) {
        if (q.atSec > elapsedSec)
            out << q;
    }
    return out;
}

Result<TruckRoute> TruckRoute::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("route: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    TruckRoute route;
    route.departedAt = r.dateTime(QStringLiteral("departed_at"));
    route.onRoads = r.boolean(QStringLiteral("on_roads"));
    const QJsonArray points = r.array(QStringLiteral("points"));
    if (!r.ok())
        return r.error();
    if (points.size() < 2 || points.size() > kMaxPoints)
        return Error{QStringLiteral("points"), QStringLiteral("a trip has 2 to %1 points, not %2").arg(kMaxPoints).arg(points.size())};
    double last = 0.0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString field = QStringLiteral("points[%1]").arg(i);
        const QJsonArray p = points.at(i).toArray();
        if (!points.at(i).isArray() || p.size() != 3 || !p.at(0).isDouble() || !p.at(1).isDouble() || !p.at(2).isDouble())
            return Error{field, QStringLiteral("expected [lat, lon, seconds]")};
        const RoutePoint q{p.at(0).toDouble(), p.at(1).toDouble(), p.at(2).toDouble()};
        if (!(std::abs(q.lat) <= 90.0) || !(std::abs(q.lon) <= 180.0))
            return Error{field, QStringLiteral("%1, %2 is not a position on the Earth").arg(q.lat).arg(q.lon)};
        if (!(q.atSec >= last) || q.atSec > kMaxTripSeconds || (i == 0 && q.atSec != 0.0))
            return Error{field, QStringLiteral("the times start at 0, never fall and stay within a day (got %1 after %2)").arg(q.atSec).arg(last)};
        last = q.atSec;
        route.points << q;
    }
    return route;
}

QJsonObject TruckRoute::toJson() const
{
    QJsonArray array;
    for (const RoutePoint &q : points)
        array.append(QJsonArray{q.lat, q.lon, q.atSec});
    return {
        {QStringLiteral("departed_at"), toIsoUtc(departedAt)},
        {QStringLiteral("on_roads"), onRoads},
        {QStringLiteral("points"), array},
    };
}

} // namespace et::domain
