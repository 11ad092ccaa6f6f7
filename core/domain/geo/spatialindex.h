// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace et::domain::geo {

/// Points in normalised world coordinates (WebMercator::project), found by position: which marker
/// is under the cursor, which lie in a rubber band. A uniform hash grid whose cell size is chosen
/// at rebuild() from the points' extent and count (about two points per cell), because map
/// points move (trucks) and a grid moves a point in O(1) where a tree would rebalance.
///
/// Ids are the caller's row numbers (0..n−1 after rebuild); insert() may add larger ones. A point
/// with a non-finite coordinate is not indexed (it can never be hit) and does not count in size().
class SpatialIndex
{
public:
    /// Replaces everything: id i is world[i]. O(n).
    void rebuild(const QList<QPointF> &world);
    /// Moves (or, for an id not indexed, inserts) a point. O(1) on average.
    void move(int id, const QPointF &world);
    /// Forgets a point; an unknown id is ignored.
    void remove(int id);
    /// Adds a point (same as move for an id already present). A negative id is ignored.
    void insert(int id, const QPointF &world);
    /// The id of the point closest to `world` with distance ≤ maxDistanceWorld, the smallest id
    /// among equally close points; −1 if none is that close or the query is not finite.
    int nearest(const QPointF &world, double maxDistanceWorld) const;
    /// The ids of the points inside `world` (edges included, the rect normalised first), ascending.
    QList<int> within(const QRectF &world) const;
    /// Number of indexed points.
    int size() const { return m_count; }
    /// Whether id holds an indexed point.
    bool contains(int id) const;

private:
    static constexpr std::int32_t kAbsent = -1;
    using CellKey = std::uint64_t;

    CellKey keyOf(const QPointF &world) const;
    static CellKey packKey(std::int64_t cx, std::int64_t cy);
    static std::int64_t cellX(CellKey key);
    static std::int64_t cellY(CellKey key);
    void addToCell(int id, const QPointF &world);
    void removeFromCell(int id);
    void growExtent(CellKey key);

    double m_cellSize = 1.0 / 4096.0;
    std::unordered_map<CellKey, std::vector<int>> m_cells;
    std::vector<QPointF> m_points;      ///< by id
    std::vector<std::int32_t> m_slot;   ///< by id: position in its cell's vector, or kAbsent
    int m_count = 0;
    // Occupied cell range (only grows until the next rebuild): bounds ring searches and rect scans.
    std::int64_t m_minCx = 0, m_maxCx = -1, m_minCy = 0, m_maxCy = -1;
};

} // namespace et::domain::geo
