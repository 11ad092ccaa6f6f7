// SPDX-License-Identifier: MIT
#include "domain/dispatch/roadtravel.h"

#include "domain/geo/geodesy.h"

#include <cmath>

namespace et::domain::dispatch {

namespace {
constexpr double kZ90 = 1.2815515655446004; // the standard normal's 90th percentile
constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool onEarth(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90.0 && std::abs(lon) <= 180.0;
}
} // namespace

RoadTravel::RoadTravel(const RoadGraph &graph) : m_graph(graph), m_snapper(graph), m_router(graph) {}

void RoadTravel::setSpread(TravelEstimate &e, double seconds) const
{
    const double sigma = kSpreadFraction * seconds + kSpreadFloorSeconds;
    e.seconds = seconds;
    e.p10Seconds = std::max(seconds / std::max(1.0, conditions().congestion), seconds - kZ90 * sigma);
    e.p90Seconds = seconds + kZ90 * sigma;
}

std::pair<double, double> RoadTravel::accessLeg(const RoadSnap &snap) const
{
    const double metres = snap.metres * kDetourFactor;
    return {metres, metres / (kAccessSpeedKmh / 3.6) * std::max(1.0, conditions().congestion)};
}

TravelEstimate RoadTravel::straightLine(double fromLat, double fromLon, double toLat, double toLon) const
{
    TravelEstimate e;
    e.basis = TravelEstimate::Basis::StraightLine;
    e.metres = geo::Geodesy::distanceKm(fromLat, fromLon, toLat, toLon) * 1000.0 * kDetourFactor;
    setSpread(e, e.metres / (kFallbackSpeedKmh / 3.6) * std::max(1.0, conditions().congestion));
    return e;
}

Result<TravelEstimate> RoadTravel::between(double fromLat, double fromLon, double toLat, double toLon)
{
    if (!onEarth(fromLat, fromLon))
        return Error{QStringLiteral("from"), QStringLiteral("%1, %2 is not a position on the Earth").arg(fromLat).arg(fromLon)};
    if (!onEarth(toLat, toLon))
        return Error{QStringLiteral("to"), QStringLiteral("%1, %2 is not a position on the Earth").arg(toLat).arg(toLon)};
    const auto from = m_snapper.nearestNode(fromLat, fromLon, kMaxSnapMetres);
    const auto to = m_snapper.nearestNode(toLat, toLon, kMaxSnapMetres);
    if (!from.ok() || !to.ok())
        return straightLine(fromLat, fromLon, toLat, toLon);
    const RoadPath path = m_router.path(from.value().node, to.value().node);
    if (!path.reachable())
        return straightLine(fromLat, fromLon, toLat, toLon); // cannot happen between routable nodes
    const auto [startMetres, startSeconds] = accessLeg(from.value());
    const auto [endMetres, endSeconds] = accessLeg(to.value());
    TravelEstimate e;
    e.metres = startMetres + path.metres + endMetres;
    e.nodes = path.nodes;
    e.nodeSeconds.reserve(path.nodeSeconds.size());
    for (const double s : path.nodeSeconds)
        e.nodeSeconds << startSeconds + s;
    setSpread(e, startSeconds + path.seconds + endSeconds);
    return e;
}

Waypoint RoadTravel::waypoint(double lat, double lon) const
{
    Waypoint w{lat, lon, onEarth(lat, lon), {}};
    if (w.valid) {
        if (const auto s = m_snapper.nearestNode(lat, lon, kMaxSnapMetres); s.ok())
            w.snap = s.value();
    }
    return w;
}

std::vector<TravelEstimate> RoadTravel::fromOneToMany(double fromLat, double fromLon, const std::vector<std::pair<double, double>> &to)
{
    std::vector<Waypoint> sites;
    sites.reserve(to.size());
    for (const auto &[lat, lon] : to)
        sites.push_back(waypoint(lat, lon));
    return fromOneToMany(waypoint(fromLat, fromLon), sites);
}

std::vector<TravelEstimate> RoadTravel::fromOneToMany(const Waypoint &from, const std::vector<Waypoint> &to)
{
    std::vector<TravelEstimate> out(to.size());
    std::vector<int> targets(to.size(), -1);
    for (size_t i = 0; i < to.size(); ++i)
        targets[i] = to[i].onRoads() ? to[i].snap.node : -1;
    std::vector<RoadRouter::Reach> reach;
    if (from.onRoads())
        reach = m_router.fromNode(from.snap.node, targets);
    const auto start = from.onRoads() ? accessLeg(from.snap) : std::pair<double, double>{};
    for (size_t i = 0; i < to.size(); ++i) {
        TravelEstimate &e = out[i];
        if (!from.valid || !to[i].valid) {
            e.metres = e.seconds = e.p10Seconds = e.p90Seconds = kInfinity;
        } else if (!from.onRoads() || !to[i].onRoads() || !std::isfinite(reach[i].seconds)) {
            e = straightLine(from.lat, from.lon, to[i].lat, to[i].lon);
        } else {
            const auto end = accessLeg(to[i].snap);
            e.metres = start.first + reach[i].metres + end.first;
            setSpread(e, start.second + reach[i].seconds + end.second);
        }
    }
    return out;
}

} // namespace et::domain::dispatch
