// SPDX-License-Identifier: MIT
#include "markerclusterer.h"

#include "webmercator.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace et::domain::geo {

namespace {

constexpr double kCellLimit = 2147483647.0;

/// Open-addressing map from a cell key to a dense number (first-come order). The clusterer makes
/// one lookup per point, so a node-based map's allocations would dominate its time.
class DenseKeyMap
{
public:
    explicit DenseKeyMap(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_keys.assign(capacity, kEmpty);
        m_values.assign(capacity, -1);
    }
    /// The number of `key`, giving it the next free number if it is new.
    int numberOf(std::uint64_t key)
    {
        const std::size_t mask = m_keys.size() - 1;
        std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 17) & mask;
        while (true) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == kEmpty) {
                m_keys[slot] = key;
                m_values[slot] = m_size;
                return m_size++;
            }
            slot = (slot + 1) & mask;
        }
    }

private:
    // Never a real key: cell indices are clamped to int32, whose offset form stays below 2^63.
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);
    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_values;
    int m_size = 0;
};

// One occupied grid cell.
struct Cell
{
    std::int64_t cx = 0, cy = 0;
    int count = 0;
    double sumX = 0.0, sumY = 0.0;
    QPointF centroid() const { return {sumX / count, sumY / count}; }
};

std::int64_t floorDiv2(std::int64_t v)
{
    return v >= 0 ? v / 2 : -((-v + 1) / 2);
}

// Offsetting by 2^31 makes the unsigned key order the signed row-major order.
std::uint64_t packKey(std::int64_t cx, std::int64_t cy)
{
    return (std::uint64_t(cy + 2147483648LL) << 32) | std::uint64_t(cx + 2147483648LL);
}

/// Numbers the distinct kind strings; a handful of kinds is the normal case, so a short linear
/// scan beats hashing every string.
QList<int> internKinds(const QStringList &kinds, QStringList *distinct)
{
    QList<int> ids;
    ids.reserve(kinds.size());
    QHash<QString, int> many;
    for (const QString &kind : kinds) {
        int id = -1;
        if (distinct->size() <= 16) {
            for (int k = 0; k < distinct->size(); ++k)
                if (distinct->at(k) == kind) {
                    id = k;
                    break;
                }
        } else {
            id = many.value(kind, -1);
        }
        if (id < 0) {
            id = int(distinct->size());
            distinct->append(kind);
            many.insert(kind, id);
        }
        ids.append(id);
    }
    return ids;
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

    // Cells and their parent blocks (2×2 cells, i.e. the cell one zoom coarser) are numbered in
    // order of first appearance: only the points decide, never the viewport, which is what keeps
    // panning stable.
    const auto n = std::size_t(world.size());
    std::vector<int> cellOfPoint(n, -1);
    std::vector<Cell> cells;
    DenseKeyMap cellNumbers(std::min<std::size_t>(n, 1 << 20));
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF &p = world[qsizetype(i)];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        const auto cx = std::int64_t(std::clamp(std::floor(p.x() * cellsPerWorld), -kCellLimit, kCellLimit));
        const auto cy = std::int64_t(std::clamp(std::floor(p.y() * cellsPerWorld), -kCellLimit, kCellLimit));
        const int c = cellNumbers.numberOf(packKey(cx, cy));
        if (std::size_t(c) == cells.size())
            cells.push_back({cx, cy, 0, 0.0, 0.0});
        Cell &cell = cells[std::size_t(c)];
        ++cell.count;
        cell.sumX += p.x();
        cell.sumY += p.y();
        cellOfPoint[i] = c;
    }

    std::vector<std::array<int, 4>> blocks;
    std::vector<int> blockSize;
    DenseKeyMap blockNumbers(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const int b = blockNumbers.numberOf(packKey(floorDiv2(cells[c].cx), floorDiv2(cells[c].cy)));
        if (std::size_t(b) == blocks.size()) {
            blocks.push_back({-1, -1, -1, -1});
            blockSize.push_back(0);
        }
        blocks[std::size_t(b)][std::size_t(blockSize[std::size_t(b)]++)] = int(c);
    }

    // Merging only inside a block makes zoom z+1 a refinement of zoom z. One pass: seeds in
    // row-major order inside the block each take the later cells whose centroid is close to theirs.
    const double mergeDistance = 0.5 / cellsPerWorld; // cellPx/2 on screen, in world units
    const double mergeDistance2 = mergeDistance * mergeDistance;
    std::vector<int> clusterOfCell(cells.size(), -1);
    int clusterCount = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        auto &block = blocks[b];
        const auto end = block.begin() + blockSize[b];
        std::sort(block.begin(), end, [&cells](int a, int c) {
            return packKey(cells[std::size_t(a)].cx, cells[std::size_t(a)].cy)
                < packKey(cells[std::size_t(c)].cx, cells[std::size_t(c)].cy);
        });
        for (auto s = block.begin(); s != end; ++s) {
            if (clusterOfCell[std::size_t(*s)] >= 0)
                continue;
            const int id = clusterCount++;
            clusterOfCell[std::size_t(*s)] = id;
            const QPointF seed = cells[std::size_t(*s)].centroid();
            for (auto o = s + 1; o != end; ++o) {
                if (clusterOfCell[std::size_t(*o)] >= 0)
                    continue;
                const QPointF d = cells[std::size_t(*o)].centroid() - seed;
                if (d.x() * d.x() + d.y() * d.y() < mergeDistance2)
                    clusterOfCell[std::size_t(*o)] = id;
            }
        }
    }

    QList<Cluster> clusters(clusterCount);
    std::vector<double> sumX(std::size_t(clusterCount), 0.0), sumY(std::size_t(clusterCount), 0.0);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto id = std::size_t(clusterOfCell[c]);
        clusters[qsizetype(id)].count += cells[c].count;
        sumX[id] += cells[c].sumX;
        sumY[id] += cells[c].sumY;
    }
    for (qsizetype k = 0; k < clusters.size(); ++k) {
        Cluster &cl = clusters[k];
        cl.world = QPointF(sumX[std::size_t(k)] / cl.count, sumY[std::size_t(k)] / cl.count);
        cl.members.reserve(cl.count);
    }
    // Visiting points in input order leaves every member list ascending without a sort.
    std::vector<double> bestD2(std::size_t(clusterCount), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (cellOfPoint[i] < 0)
            continue;
        const int id = clusterOfCell[std::size_t(cellOfPoint[i])];
        Cluster &cl = clusters[id];
        cl.members.append(int(i));
        const QPointF d = world[qsizetype(i)] - cl.world;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (cl.representative < 0 || d2 < bestD2[std::size_t(id)]) { // ascending ids: first wins ties
            cl.representative = int(i);
            bestD2[std::size_t(id)] = d2;
        }
    }

    if (kinds.size() == world.size()) {
        QStringList distinct;
        const QList<int> kindOf = internKinds(kinds, &distinct);
        std::vector<int> tally(std::size_t(distinct.size()), 0);
        std::vector<int> touched;
        QHash<QByteArray, QHash<QString, int>> shared;
        QByteArray tallyKey;
        for (Cluster &cl : clusters) {
            for (int m : std::as_const(cl.members))
                if (tally[std::size_t(kindOf[m])]++ == 0)
                    touched.push_back(kindOf[m]);
            // Small clusters repeat the same tallies over and over: share one implicitly shared
            // hash per distinct tally instead of allocating tens of thousands of equal ones.
            std::sort(touched.begin(), touched.end());
            tallyKey.clear();
            for (int k : touched) {
                const int pair[2] = {k, tally[std::size_t(k)]};
                tallyKey.append(reinterpret_cast<const char *>(pair), sizeof pair);
            }
            auto it = shared.find(tallyKey);
            if (it == shared.end()) {
                QHash<QString, int> byKind;
                for (int k : touched)
                    byKind.insert(distinct[k], tally[std::size_t(k)]);
                it = shared.insert(tallyKey, byKind);
            }
            cl.countByKind = *it;
            for (int k : touched)
                tally[std::size_t(k)] = 0;
            touched.clear();
        }
    }
    return clusters;
}

} // namespace et::domain::geo
