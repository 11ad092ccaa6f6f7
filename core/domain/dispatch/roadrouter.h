// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadgraph.h"

#include <QList>

#include <limits>
#include <span>
#include <vector>

namespace et::domain::dispatch {

/// How a truck drives: its own top speed (a link is driven at the lower of its limit and this)
/// and the congestion factor of the hour (CongestionProfile) that multiplies every link's time.
struct DrivingConditions
{
    double speedCapKmh = 80.0;
    double congestion = 1.0;
    bool operator==(const DrivingConditions &) const = default;
};

/// The fastest way over the road graph from one node to another.
struct RoadPath
{
    double seconds = std::numeric_limits<double>::infinity();
    double metres = std::numeric_limits<double>::infinity();
    QList<int> nodes; ///< node indexes from the start to the end, both included
    QList<int> links; ///< link indexes driven, in order (one fewer than nodes)
    QList<double> nodeSeconds; ///< when each node is reached, seconds from the start
    bool reachable() const { return !nodes.isEmpty(); }
};

/// Fastest paths by time over a RoadGraph: Dijkstra's algorithm with a ring of buckets as wide as
/// the quickest link instead of a heap (Dial 1969, "Algorithm 360: shortest-path forest with
/// topological ordering", CACM 12(11); exact for real weights when the bucket width is at most the
/// smallest weight, Dinitz 1978), one source to many targets, stopping as soon as every target is settled (a planning round asks for each
/// truck's time to every candidate site, not for the whole island). Each link takes
/// length / min(speed limit, truck cap) × congestion; the link times are worked out once per
/// DrivingConditions and the search buffers are reused, so a search allocates nothing.
///
/// Not thread-safe: one router per thread (the graph itself may be shared, it is read-only).
class RoadRouter
{
public:
    explicit RoadRouter(const RoadGraph &graph);

    /// The conditions the following searches drive in.
    void setConditions(const DrivingConditions &conditions);
    const DrivingConditions &conditions() const { return m_conditions; }

    /// Time (s) and length (m) of the fastest path from `source` to each of `targets` (node
    /// indexes), in the targets' order; infinity for a target that cannot be reached (or is not
    /// a node). The length is that of the fastest path, which need not be the shortest.
    struct Reach
    {
        double seconds = std::numeric_limits<double>::infinity();
        double metres = std::numeric_limits<double>::infinity();
    };
    std::vector<Reach> fromNode(int source, std::span<const int> targets);

    /// The fastest path from `source` to `target` with its nodes and links; empty (not
    /// reachable()) when there is none.
    RoadPath path(int source, int target);

    /// How many nodes the last search settled (for benchmarks and the early-stop test).
    int settledInLastSearch() const { return m_settled; }

private:
    /// Runs the search from `source` until every node marked in m_wanted is settled (or all are).
    void search(int source, int wanted);

    const RoadGraph &m_graph;
    DrivingConditions m_conditions;
    // The graph's links in its compressed-row order, packed for the search: a node's arcs are
    // m_firstArc[node] … m_firstArc[node + 1] − 1 (the graph's links hold names and ids the
    // search never reads, and would spread what it does read over many cache lines).
    struct Arc
    {
        int to = 0;
        int from = 0;
        double seconds = 0.0;
    };
    std::vector<int> m_firstArc;
    std::vector<Arc> m_arcs;
    std::vector<int> m_arcLink;
    std::vector<double> m_arcMetres;
    std::vector<double> m_seconds;   ///< per node: best time found so far
    std::vector<double> m_metres;    ///< per settled node: length of its path
    std::vector<int> m_viaArc;       ///< per node: the arc that reached it, −1 at the source
    std::vector<unsigned> m_wantedAt; ///< per node: the search number that wants it settled
    std::vector<unsigned> m_doneAt;   ///< per node: the search number that settled it
    std::vector<std::vector<int>> m_buckets; ///< a ring: bucket k holds times in [k, k + 1) × m_bucketSeconds
    double m_bucketSeconds = 1.0;
    unsigned m_searchNumber = 0;
    int m_settled = 0;
};

} // namespace et::domain::dispatch
