// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadtravel.h"
#include "domain/truckroute.h"

namespace et::domain::dispatch {

/// Turns a drive into the trip a truck follows: RoadTravel's fastest path in the conditions of
/// the hour it leaves (CongestionProfile, the truck's speed cap), as the positions it passes and
/// when. The start and the target are the first and last points, the road nodes between; a
/// drive off the roads is the straight line at the fallback's time. Positions are kept to
/// 1e-6° (about 0.1 m) and times to 0.1 s: what the server stores is exactly what it drives.
class TruckRoutePlanner
{
public:
    explicit TruckRoutePlanner(const RoadGraph &graph) : m_graph(graph), m_travel(graph) {}

    Result<TruckRoute> plan(double fromLat, double fromLon, double toLat, double toLon, const QDateTime &departure,
                            double speedCapKmh);

private:
    const RoadGraph &m_graph;
    RoadTravel m_travel;
};

} // namespace et::domain::dispatch
