// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace et::domain::dispatch {

/// A junction or end of Jeju's road network (a node of the national standard node-link data).
struct RoadNode
{
    qint64 id = 0; ///< NODE_ID of the standard data
    double lat = 0.0;
    double lon = 0.0;
    QString name;
};

/// One direction of a road between two nodes (a link of the standard data: a two-way road is two
/// links). `from` and `to` are node indexes in the graph, not the data's node ids.
struct RoadLink
{
    qint64 id = 0; ///< LINK_ID of the standard data
    int from = 0;
    int to = 0;
    double lengthM = 0.0;
    double speedLimitKmh = 0.0;
    int roadRank = 0; ///< 101 motorway … 107 other road (ROAD_RANK)
    QString roadName;
};

/// Jeju's road network as a directed graph for routing trucks: the national standard node-link
/// data (국가표준노드링크, MOLIT / ITS National Transport Information Center) as published in two
/// CSV files, nodes (Id, NODE_NAME, latitude, longitude) and links (LINK_ID, Source, Target,
/// MAX_SPD in km/h, LENGTH in m, ROAD_RANK, ROAD_NAME). The outgoing links of each node are kept
/// contiguous (compressed sparse rows), which is what makes a one-to-many search over the 4,218
/// nodes and 12,075 links take a fraction of a millisecond.
///
/// Routes need both ends in one strongly connected piece: the data has, beside the island's
/// network, a detached 2-node piece, and a one-way link can lead into a dead end. routable()
/// marks the nodes of the largest piece in which every node can reach every other (found from
/// its busiest junction forwards and backwards), the only ones a position is snapped to.
///
/// Reading is strict, because the graph is bundled data whose every link a route may use: a
/// missing column, a node with a non-finite or impossible position, a duplicate node id, a link
/// with an unknown end, a length or speed limit that is not a positive number — each fails the
/// whole read with the file and line named, rather than a network with a silent hole in it.
class RoadGraph
{
public:
    /// Parses the two CSV files (UTF-8 with or without a BOM, or CP949; RFC 4180).
    static Result<RoadGraph> fromCsv(const QByteArray &nodesCsv, const QByteArray &linksCsv);

    int nodeCount() const { return int(m_nodes.size()); }
    int linkCount() const { return int(m_links.size()); }
    const RoadNode &node(int index) const { return m_nodes[size_t(index)]; }
    const RoadLink &link(int index) const { return m_links[size_t(index)]; }
    /// The index of the node with the data's id, −1 when there is none.
    int nodeIndex(qint64 id) const;
    /// Whether `node` lies in the network's main strongly connected piece.
    bool routable(int node) const { return m_routable[size_t(node)]; }
    int routableCount() const { return m_routableCount; }
    /// The indexes of the links leaving `node`.
    std::span<const int> outgoing(int node) const
    {
        return {m_outgoing.data() + m_firstOutgoing[size_t(node)], m_outgoing.data() + m_firstOutgoing[size_t(node) + 1]};
    }

private:
    std::vector<RoadNode> m_nodes;
    std::vector<RoadLink> m_links;
    std::vector<int> m_firstOutgoing; ///< per node, where its links start in m_outgoing; one more at the end
    std::vector<int> m_outgoing;      ///< link indexes grouped by their `from` node
    std::vector<std::pair<qint64, int>> m_idToIndex; ///< sorted by id
    std::vector<bool> m_routable;
    int m_routableCount = 0;

    void markRoutable();
};

} // namespace et::domain::dispatch
