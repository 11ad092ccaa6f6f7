// SPDX-License-Identifier: MIT
#include "domain/dispatch/truckrouteplanner.h"

#include "domain/dispatch/congestionprofile.h"

#include <cmath>

namespace et::domain::dispatch {

namespace {
double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

RoutePoint point(double lat, double lon, double seconds)
{
    return {roundTo(lat, 1e-6), roundTo(lon, 1e-6), roundTo(seconds, 0.1)};
}
} // namespace

Result<TruckRoute> TruckRoutePlanner::plan(double fromLat, double fromLon, double toLat, double toLon, const QDateTime &departure,
                                           double speedCapKmh)
{
    m_travel.setConditions({speedCapKmh, CongestionProfile::factorAt(departure)});
    auto drive = m_travel.between(fromLat, fromLon, toLat, toLon);
    if (!drive.ok())
        return drive.error();
    const TravelEstimate &e = drive.value();
    TruckRoute route;
    route.departedAt = departure;
    route.onRoads = e.basis == TravelEstimate::Basis::Roads;
    route.points << point(fromLat, fromLon, 0.0);
    for (qsizetype i = 0; i < e.nodes.size() && i < e.nodeSeconds.size(); ++i) {
        const RoadNode &n = m_graph.node(e.nodes.at(i));
        route.points << point(n.lat, n.lon, e.nodeSeconds.at(i));
    }
    // At least a tenth of a second, so that even a truck already at its target has a trip.
    route.points << point(toLat, toLon, std::max(e.seconds, 0.1));
    return route;
}

} // namespace et::domain::dispatch
