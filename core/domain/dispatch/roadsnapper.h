// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadgraph.h"

#include <QHash>

#include <limits>
#include <vector>

namespace et::domain::dispatch {

/// Where a position meets the road network: the nearest routable node and how far it is.
struct RoadSnap
{
    int node = -1;
    double metres = std::numeric_limits<double>::infinity(); ///< great-circle distance to it
};

/// Finds the routable node of a RoadGraph nearest to a position (a truck's GPS fix, a wind
/// farm's coordinates). Nodes sit in a uniform grid of 250 m cells over a local flat projection of
/// the island; a query looks at the rings of cells around the position until no nearer node can
/// lie further out. Distances are then measured on the sphere (Geodesy).
class RoadSnapper
{
public:
    explicit RoadSnapper(const RoadGraph &graph);

    /// The nearest routable node within `maxMetres`. Errors: a position that is not finite or not
    /// on the Earth, and no node within `maxMetres` (a point at sea, or off Jeju).
    Result<RoadSnap> nearestNode(double lat, double lon, double maxMetres) const;
    const RoadGraph &graph() const { return m_graph; }

private:
    static constexpr double kCellMetres = 250.0;
    qint64 cellKey(qint64 cx, qint64 cy) const { return cx * 1000003 + cy; }
    double xOf(double lon) const;
    double yOf(double lat) const;

    const RoadGraph &m_graph;
    double m_lat0 = 0.0;
    double m_lon0 = 0.0;
    double m_cosLat0 = 1.0;
    QHash<qint64, std::vector<int>> m_cells;
};

} // namespace et::domain::dispatch
