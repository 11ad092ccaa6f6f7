// SPDX-License-Identifier: MIT
#include "domain/dispatch/roadsnapper.h"

#include "domain/geo/geodesy.h"

#include <cmath>

namespace et::domain::dispatch {

namespace {
constexpr double kEarthRadiusM = 6371007.2; // the sphere Geodesy measures on
constexpr double kDegree = M_PI / 180.0;
} // namespace

RoadSnapper::RoadSnapper(const RoadGraph &graph) : m_graph(graph)
{
    double latSum = 0.0, lonSum = 0.0;
    int count = 0;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (graph.routable(n)) {
            latSum += graph.node(n).lat;
            lonSum += graph.node(n).lon;
            ++count;
        }
    }
    if (count > 0) {
        m_lat0 = latSum / count;
        m_lon0 = lonSum / count;
    }
    m_cosLat0 = std::cos(m_lat0 * kDegree);
    for (int n = 0; n < graph.nodeCount(); ++n) {
        if (!graph.routable(n))
            continue;
        const auto cx = qint64(std::floor(xOf(graph.node(n).lon) / kCellMetres));
        const auto cy = qint64(std::floor(yOf(graph.node(n).lat) / kCellMetres));
        m_cells[cellKey(cx, cy)].push_back(n);
    }
}

double RoadSnapper::xOf(double lon) const
{
    return (lon - m_lon0) * kDegree * kEarthRadiusM * m_cosLat0;
}

double RoadSnapper::yOf(double lat) const
{
    return (lat - m_lat0) * kDegree * kEarthRadiusM;
}

Result<RoadSnap> RoadSnapper::nearestNode(double lat, double lon, double maxMetres) const
{
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90.0 || std::abs(lon) > 180.0)
        return Error{QStringLiteral("position"), QStringLiteral("%1, %2 is not a position on the Earth").arg(lat).arg(lon)};
    const double x = xOf(lon), y = yOf(lat);
    // Ring r holds the cells at Chebyshev distance r from the position's cell; every point in it
    // is at least (r − 1) cells away, so once that exceeds the best found (or maxMetres) stop.
    // The flat projection is within 0.5 % of the sphere over Jeju; the margin of one cell covers it.
    const auto cx = qint64(std::floor(x / kCellMetres));
    const auto cy = qint64(std::floor(y / kCellMetres));
    const qint64 maxRing = qint64(std::ceil(std::min(maxMetres, 1.0e6) / kCellMetres)) + 1;
    RoadSnap best;
    double bestFlat = std::numeric_limits<double>::infinity();
    for (qint64 ring = 0; ring <= maxRing; ++ring) {
        if ((ring - 1) * kCellMetres > bestFlat * 1.01)
            break;
        for (qint64 dx = -ring; dx <= ring; ++dx) {
            for (qint64 dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const auto cell = m_cells.constFind(cellKey(cx + dx, cy + dy));
                if (cell == m_cells.cend())
                    continue;
                for (const int n : *cell) {
                    const RoadNode &node = m_graph.node(n);
                    const double d = std::hypot(xOf(node.lon) - x, yOf(node.lat) - y);
                    if (d < bestFlat || (d == bestFlat && n < best.node)) {
                        bestFlat = d;
                        best.node = n;
                    }
                }
            }
        }
    }
    if (best.node >= 0)
        best.metres = geo::Geodesy::distanceKm(lat, lon, m_graph.node(best.node).lat, m_graph.node(best.node).lon) * 1000.0;
    if (best.node < 0 || best.metres > maxMetres)
        return Error{QStringLiteral("position"),
                     QStringLiteral("no road within %1 m of %2, %3").arg(maxMetres, 0, 'f', 0).arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5)};
    return best;
}

} // namespace et::domain::dispatch
