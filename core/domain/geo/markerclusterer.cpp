// SPDX-License-Identifier: MIT
#include "markerclusterer.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace et::domain::geo {

namespace {

constexpr double kCellLimit = 2147483647.0;

// One occupied grid cell: a run of the sorted point list.
struct Cell
{
    std::int64_t cx = 0, cy = 0;
    qsizetype begin = 0, end = 0; ///< range in the sorted (key, index) list
    double sumX = 0.0, sumY = 0.0;
    QPointF centroid() const { return {sumX / double(end - begin), sumY / double(end - begin)}; }
};

std::int64_t floorDiv2(std::int64_t v)
{
    return v >= 0 ? v / 2 : -((-v + 1) / 2);
}

// Row-major order with signed indices: offsetting by 2^31 makes unsigned order match signed order.
std::uint64_t rowMajorKey(std::int64_t cx, std::int64_t cy)
{
    return (std::uint64_t(cy + 2147483648LL) << 32) | std::uint64_t(cx + 2147483648LL);
}

} // namespace

QList<MarkerClusterer::Cluster> MarkerClusterer::cluster(const QList<QPointF> &world,
                                                         const QStringList &kinds, double zoom,
                                                         double cellPx)
{
    const int z = std::isfinite(zoom) ? int(std::clamp(std::floor(zoom), 0.0, 30.0)) : 0;
    if (!std::isfinite(cellPx) || cellPx <= 0.0)
        cellPx = 64.0;
    const double cellsPerWorld = WebMercator::worldSizePx(z) / cellPx;
    const bool useKinds = kinds.size() == world.size();

    // Sorting (cell key, index) pairs groups each cell into one run and fixes a row-major order
    // that depends only on the points, never on the viewport: that is what keeps panning stable.
    std::vector<std::pair<std::uint64_t, int>> keyed;
    keyed.reserve(std::size_t(world.size()));
    for (qsizetype i = 0; i < world.size(); ++i) {
        const QPointF &p = world[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        const auto cx = std::int64_t(std::clamp(std::floor(p.x() * cellsPerWorld), -kCellLimit, kCellLimit));
        const auto cy = std::int64_t(std::clamp(std::floor(p.y() * cellsPerWorld), -kCellLimit, kCellLimit));
        keyed.emplace_back(rowMajorKey(cx, cy), int(i));
    }
    std::sort(keyed.begin(), keyed.end());

    std::vector<Cell> cells;
    for (qsizetype i = 0; i < qsizetype(keyed.size()); ++i) {
        const int index = keyed[std::size_t(i)].second;
        if (cells.empty() || keyed[std::size_t(cells.back().begin)].first != keyed[std::size_t(i)].first) {
            Cell c;
            c.cx = std::int64_t(keyed[std::size_t(i)].first & 0xffffffffu) - 2147483648LL;
            c.cy = std::int64_t(keyed[std::size_t(i)].first >> 32) - 2147483648LL;
            c.begin = i;
            cells.push_back(c);
        }
        Cell &c = cells.back();
        c.end = i + 1;
        c.sumX += world[index].x();
        c.sumY += world[index].y();
    }

    // Cells that share a parent cell (the 2×2 block one zoom coarser) lie next to each other in
    // this order; merging only inside a block makes zoom z+1 a refinement of zoom z.
    std::vector<int> order(cells.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto parentKey = [&cells](int i) {
        return rowMajorKey(floorDiv2(cells[std::size_t(i)].cx), floorDiv2(cells[std::size_t(i)].cy));
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return parentKey(a) < parentKey(b); });

    const double mergeDistance = 0.5 / cellsPerWorld; // cellPx/2 on screen, in world units
    const double mergeDistance2 = mergeDistance * mergeDistance;
    std::vector<int> owner(cells.size(), -1);
    QList<Cluster> clusters;
    for (std::size_t blockStart = 0; blockStart < order.size();) {
        std::size_t blockEnd = blockStart + 1;
        while (blockEnd < order.size() && parentKey(order[blockEnd]) == parentKey(order[blockStart]))
            ++blockEnd;
        // One pass: each seed (in row-major order) takes the later cells of its block whose
        // centroid is close to its own; a taken cell never seeds or takes others.
        for (std::size_t s = blockStart; s < blockEnd; ++s) {
            const int seed = order[s];
            if (owner[std::size_t(seed)] >= 0)
                continue;
            owner[std::size_t(seed)] = int(clusters.size());
            QList<int> group{seed};
            const QPointF seedCentroid = cells[std::size_t(seed)].centroid();
            for (std::size_t o = s + 1; o < blockEnd; ++o) {
                const int other = order[o];
                if (owner[std::size_t(other)] >= 0)
                    continue;
                const QPointF d = cells[std::size_t(other)].centroid() - seedCentroid;
                if (d.x() * d.x() + d.y() * d.y() < mergeDistance2) {
                    owner[std::size_t(other)] = int(clusters.size());
                    group.append(other);
                }
            }

            Cluster cluster;
            double sumX = 0.0, sumY = 0.0;
            for (int c : group) {
                const Cell &cell = cells[std::size_t(c)];
                sumX += cell.sumX;
                sumY += cell.sumY;
                for (qsizetype k = cell.begin; k < cell.end; ++k)
                    cluster.members.append(keyed[std::size_t(k)].second);
            }
            std::sort(cluster.members.begin(), cluster.members.end());
            cluster.count = int(cluster.members.size());
            cluster.world = QPointF(sumX / cluster.count, sumY / cluster.count);
            double bestD2 = 0.0;
            for (int m : cluster.members) {
                const QPointF d = world[m] - cluster.world;
                const double d2 = d.x() * d.x() + d.y() * d.y();
                if (cluster.representative < 0 || d2 < bestD2) { // ascending ids: first wins ties
                    cluster.representative = m;
                    bestD2 = d2;
                }
                if (useKinds)
                    ++cluster.countByKind[kinds[m]];
            }
            clusters.append(std::move(cluster));
        }
        blockStart = blockEnd;
    }
    return clusters;
}

} // namespace et::domain::geo
