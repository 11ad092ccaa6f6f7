// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadrouter.h"
#include "domain/dispatch/roadsnapper.h"

#include <QList>

#include <vector>

namespace et::domain::dispatch {

/// A drive between two positions as the dispatcher plans with it: on the roads when both ends
/// are near the network, else a straight line times Jeju's detour factor.
struct TravelEstimate
{
    enum class Basis { Roads, StraightLine };
    Basis basis = Basis::Roads;
    double metres = 0.0;  ///< on the roads plus the legs to and from them
    double seconds = 0.0; ///< the expected time
    double p10Seconds = 0.0; ///< an early arrival: 1 in 10 drives are faster
    double p90Seconds = 0.0; ///< a late one: 1 in 10 are slower
    QList<int> nodes;     ///< the road nodes driven, for the map (empty for a straight line)
    QList<double> nodeSeconds; ///< when each of `nodes` is reached, seconds from the start
};

/// A position as RoadTravel plans with it: where it meets the roads, worked out once (a planning
/// round routes 300 trucks to the same 1,000 sites).
struct Waypoint
{
    double lat = 0.0;
    double lon = 0.0;
    bool valid = false; ///< a position on the Earth
    RoadSnap snap;      ///< node −1: no road within RoadTravel::kMaxSnapMetres
    bool onRoads() const { return valid && snap.node >= 0; }
};

/// Travel times between positions on Jeju for trucks: each end is snapped to the nearest routable
/// road node (RoadSnapper), the road part is RoadRouter's fastest path, and the legs between the
/// positions and their nodes are driven at kAccessSpeedKmh over their straight length times the
/// detour factor. When an end is more than kMaxSnapMetres from any road the whole drive is the
/// straight line times kDetourFactor at kFallbackSpeedKmh — a stated fallback, not a route.
///
/// The ETA's spread is an ASSUMPTION (no per-link travel-time variance is published for Jeju):
/// a standard deviation of 12 % of the drive plus one minute (parking, the last metres at a
/// site), normal, so P10/P90 = t ∓ 1.2816 σ; P10 is never below the drive without congestion.
class RoadTravel
{
public:
    static constexpr double kMaxSnapMetres = 2000.0;
    /// Straight to road distance on Jeju: about 1.1 (the coastal ring road) to 1.4 (Jeju City to
    /// Seogwipo over Hallasan's flanks, 27.5 km straight, 38.5 km by road); the middle is used.
    static constexpr double kDetourFactor = 1.3;
    static constexpr double kAccessSpeedKmh = 30.0;
    static constexpr double kFallbackSpeedKmh = 45.0;
    static constexpr double kSpreadFraction = 0.12;
    static constexpr double kSpreadFloorSeconds = 60.0;

    explicit RoadTravel(const RoadGraph &graph);

    void setConditions(const DrivingConditions &conditions) { m_router.setConditions(conditions); }
    const DrivingConditions &conditions() const { return m_router.conditions(); }

    /// The drive from one position to another, with the road nodes for the map. Errors only for
    /// positions that are not on the Earth.
    Result<TravelEstimate> between(double fromLat, double fromLon, double toLat, double toLon);

    /// A position snapped to the roads, for fromOneToMany.
    Waypoint waypoint(double lat, double lon) const;

    /// From one position to many (a truck to every candidate site), without the nodes: one search
    /// that stops when every reachable site's node is settled. A site that is not a position on
    /// the Earth gets an infinite time.
    std::vector<TravelEstimate> fromOneToMany(const Waypoint &from, const std::vector<Waypoint> &to);
    std::vector<TravelEstimate> fromOneToMany(double fromLat, double fromLon, const std::vector<std::pair<double, double>> &to);

    const RoadSnapper &snapper() const { return m_snapper; }

private:
    TravelEstimate straightLine(double fromLat, double fromLon, double toLat, double toLon) const;
    /// Sets e.seconds and its P10/P90 from the expected time.
    void setSpread(TravelEstimate &e, double seconds) const;
    /// The leg between a position and its road node: its length and time.
    std::pair<double, double> accessLeg(const RoadSnap &snap) const;

    const RoadGraph &m_graph;
    RoadSnapper m_snapper;
    RoadRouter m_router;
};

} // namespace et::domain::dispatch
