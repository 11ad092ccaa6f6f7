// SPDX-License-Identifier: MIT
#include "domain/dispatch/roadrouter.h"

#include <algorithm>

namespace et::domain::dispatch {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();

} // namespace

RoadRouter::RoadRouter(const RoadGraph &graph)
    : m_graph(graph), m_seconds(size_t(graph.nodeCount())), m_metres(size_t(graph.nodeCount())), m_viaArc(size_t(graph.nodeCount())),
      m_wantedAt(size_t(graph.nodeCount()), 0), m_doneAt(size_t(graph.nodeCount()), 0)
{
    m_firstArc.reserve(size_t(graph.nodeCount()) + 1);
    m_firstArc.push_back(0);
    for (int n = 0; n < graph.nodeCount(); ++n) {
        for (const int l : graph.outgoing(n)) {
            m_arcs.push_back({graph.link(l).to, n, 0.0});
            m_arcLink.push_back(l);
            m_arcMetres.push_back(graph.link(l).lengthM);
        }
        m_firstArc.push_back(int(m_arcs.size()));
    }
    setConditions({});
}

void RoadRouter::setConditions(const DrivingConditions &conditions)
{
    m_conditions = conditions;
    const double cap = conditions.speedCapKmh > 0.0 ? conditions.speedCapKmh : kInfinity;
    const double congestion = std::max(1.0, conditions.congestion);
    double shortest = kInfinity, longest = 0.0;
    for (size_t a = 0; a < m_arcLink.size(); ++a) {
        const RoadLink &l = m_graph.link(m_arcLink[a]);
        m_arcs[a].seconds = l.lengthM / (std::min(l.speedLimitKmh, cap) / 3.6) * congestion;
        shortest = std::min(shortest, m_arcs[a].seconds);
        longest = std::max(longest, m_arcs[a].seconds);
    }
    // Buckets as wide as the quickest link: every node of the lowest bucket is then final (any
    // path through another node of it is at least one link, one bucket, longer), so they are
    // settled in any order. A ring of buckets spans the slowest link.
    m_bucketSeconds = std::isfinite(shortest) ? shortest : 1.0;
    m_buckets.assign(size_t(longest / m_bucketSeconds) + 2, {});
}

void RoadRouter::search(int source, int wanted)
{
    // Search numbers stamp the per-node state, so nothing is cleared between searches; a node's
    // time and length are valid only where m_doneAt or the heap say this search touched it.
    const unsigned run = m_searchNumber;
    std::fill(m_seconds.begin(), m_seconds.end(), kInfinity);
    m_settled = 0;
    m_seconds[size_t(source)] = 0.0;
    m_viaArc[size_t(source)] = -1;
    const size_t ring = m_buckets.size();
    const auto bucketOf = [this](double seconds) { return size_t(seconds / m_bucketSeconds); };
    m_buckets[0].push_back(source);
    qsizetype pending = 1;
    for (size_t current = 0; pending > 0 && wanted > 0; ++current) {
        std::vector<int> &bucket = m_buckets[current % ring];
        // By index: rounding can put a node reached from this bucket back into it.
        for (size_t i = 0; i < bucket.size() && wanted > 0; ++i) {
            const int node = bucket[i];
            --pending;
            if (m_doneAt[size_t(node)] == run || bucketOf(m_seconds[size_t(node)]) != current)
                continue; // settled already, or an older entry of a node improved since
            m_doneAt[size_t(node)] = run;
            ++m_settled;
            // The length once, when the node is settled: its predecessor was settled before it.
            const int via = m_viaArc[size_t(node)];
            m_metres[size_t(node)] = via < 0 ? 0.0 : m_metres[size_t(m_arcs[size_t(via)].from)] + m_arcMetres[size_t(via)];
            if (m_wantedAt[size_t(node)] == run)
                --wanted;
            const double t = m_seconds[size_t(node)];
            for (int a = m_firstArc[size_t(node)], end = m_firstArc[size_t(node) + 1]; a < end; ++a) {
                const Arc &arc = m_arcs[size_t(a)];
                const double arrival = t + arc.seconds;
                if (arrival < m_seconds[size_t(arc.to)]) {
                    m_seconds[size_t(arc.to)] = arrival;
                    m_viaArc[size_t(arc.to)] = a;
                    m_buckets[bucketOf(arrival) % ring].push_back(arc.to);
                    ++pending;
                }
            }
        }
        bucket.clear();
    }
    if (pending > 0) { // stopped early: what is left belongs to no search
        for (std::vector<int> &b : m_buckets)
            b.clear();
    }
}

std::vector<RoadRouter::Reach> RoadRouter::fromNode(int source, std::span<const int> targets)
{
    std::vector<Reach> out(targets.size());
    if (source < 0 || source >= m_graph.nodeCount())
        return out;
    ++m_searchNumber;
    int wanted = 0;
    for (const int t : targets) {
        if (t >= 0 && t < m_graph.nodeCount() && m_wantedAt[size_t(t)] != m_searchNumber) {
            m_wantedAt[size_t(t)] = m_searchNumber;
            ++wanted;
        }
    }
    search(source, wanted);
    for (size_t i = 0; i < targets.size(); ++i) {
        const int t = targets[i];
        if (t >= 0 && t < m_graph.nodeCount() && m_doneAt[size_t(t)] == m_searchNumber)
            out[i] = {m_seconds[size_t(t)], m_metres[size_t(t)]};
    }
    return out;
}

RoadPath RoadRouter::path(int source, int target)
{
    RoadPath out;
    if (source < 0 || source >= m_graph.nodeCount() || target < 0 || target >= m_graph.nodeCount())
        return out;
    ++m_searchNumber;
    m_wantedAt[size_t(target)] = m_searchNumber;
    search(source, 1);
    if (m_doneAt[size_t(target)] != m_searchNumber)
        return out;
    out.seconds = m_seconds[size_t(target)];
    out.metres = m_metres[size_t(target)];
    for (int node = target; node != source;) {
        const int a = m_viaArc[size_t(node)];
        out.nodes << node;
        out.nodeSeconds << m_seconds[size_t(node)];
        out.links << m_arcLink[size_t(a)];
        node = m_arcs[size_t(a)].from;
    }
    out.nodes << source;
    out.nodeSeconds << 0.0;
    std::reverse(out.nodes.begin(), out.nodes.end());
    std::reverse(out.nodeSeconds.begin(), out.nodeSeconds.end());
    std::reverse(out.links.begin(), out.links.end());
    return out;
}

} // namespace et::domain::dispatch
