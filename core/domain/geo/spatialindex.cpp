// SPDX-License-Identifier: MIT
#include "spatialindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::geo {

namespace {

// Cell indices are kept inside int32 so that a key packs two of them; world coordinates far
// outside [0,1] land in the edge cells, which keeps every search correct (only slower).
constexpr double kCellLimit = 2147483647.0;

bool isFinite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

std::int64_t cellIndex(double v, double cellSize)
{
    return std::int64_t(std::clamp(std::floor(v / cellSize), -kCellLimit, kCellLimit));
}

double distance2(const QPointF &a, const QPointF &b)
{
    const double dx = a.x() - b.x(), dy = a.y() - b.y();
    return dx * dx + dy * dy;
}

} // namespace

SpatialIndex::CellKey SpatialIndex::keyOf(const QPointF &world) const
{
    return packKey(cellIndex(world.x(), m_cellSize), cellIndex(world.y(), m_cellSize));
}

SpatialIndex::CellKey SpatialIndex::packKey(std::int64_t cx, std::int64_t cy)
{
    return (CellKey(std::uint32_t(std::int32_t(cy))) << 32) | std::uint32_t(std::int32_t(cx));
}

std::int64_t SpatialIndex::cellX(CellKey key)
{
    return std::int32_t(std::uint32_t(key & 0xffffffffu));
}

std::int64_t SpatialIndex::cellY(CellKey key)
{
    return std::int32_t(std::uint32_t(key >> 32));
}

void SpatialIndex::rebuild(const QList<QPointF> &world)
{
    m_cells.clear();
    m_points.assign(world.cbegin(), world.cend());
    m_slot.assign(world.size(), kAbsent);
    m_count = 0;
    m_minCx = m_minCy = 0;
    m_maxCx = m_maxCy = -1;

    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    qsizetype finite = 0;
    for (const QPointF &p : world) {
        if (!isFinite(p))
            continue;
        ++finite;
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // About two points per cell over the points' extent: few enough cells to keep lookups short,
    // few enough points per cell to keep each lookup cheap. A line or a single spot falls back on
    // sizes that still spread later moves sensibly.
    m_cellSize = 1.0 / 4096.0;
    if (finite > 0) {
        const double w = maxX - minX, h = maxY - minY;
        const double byArea = std::sqrt(w * h * 2.0 / double(finite));
        const double byLength = std::max(w, h) * 2.0 / double(finite);
        const double chosen = std::max(byArea, byLength);
        m_cellSize = chosen > 0.0 ? std::max(chosen, 1e-8) : 1e-4;
        m_cells.reserve(std::size_t(finite));
    }
    for (qsizetype i = 0; i < world.size(); ++i)
        if (isFinite(world[i]))
            addToCell(int(i), world[i]);
}

void SpatialIndex::growExtent(CellKey key)
{
    const std::int64_t cx = cellX(key), cy = cellY(key);
    if (m_maxCx < m_minCx) {
        m_minCx = m_maxCx = cx;
        m_minCy = m_maxCy = cy;
        return;
    }
    m_minCx = std::min(m_minCx, cx);
    m_maxCx = std::max(m_maxCx, cx);
    m_minCy = std::min(m_minCy, cy);
    m_maxCy = std::max(m_maxCy, cy);
}

void SpatialIndex::addToCell(int id, const QPointF &world)
{
    const CellKey key = keyOf(world);
    std::vector<int> &cell = m_cells[key];
    m_slot[std::size_t(id)] = std::int32_t(cell.size());
    cell.push_back(id);
    m_points[std::size_t(id)] = world;
    growExtent(key);
    ++m_count;
}

void SpatialIndex::removeFromCell(int id)
{
    const auto it = m_cells.find(keyOf(m_points[std::size_t(id)]));
    std::vector<int> &cell = it->second;
    const std::int32_t slot = m_slot[std::size_t(id)];
    // Swap with the last entry so removal is O(1); the moved id learns its new slot.
    const int last = cell.back();
    cell[std::size_t(slot)] = last;
    m_slot[std::size_t(last)] = slot;
    cell.pop_back();
    if (cell.empty())
        m_cells.erase(it);
    m_slot[std::size_t(id)] = kAbsent;
    --m_count;
}

bool SpatialIndex::contains(int id) const
{
    return id >= 0 && std::size_t(id) < m_slot.size() && m_slot[std::size_t(id)] != kAbsent;
}

void SpatialIndex::move(int id, const QPointF &world)
{
    if (id < 0)
        return;
    if (std::size_t(id) >= m_slot.size()) {
        m_slot.resize(std::size_t(id) + 1, kAbsent);
        m_points.resize(std::size_t(id) + 1);
    }
    if (contains(id)) {
        if (isFinite(world) && keyOf(world) == keyOf(m_points[std::size_t(id)])) {
            m_points[std::size_t(id)] = world; // same cell: nothing else changes
            return;
        }
        removeFromCell(id);
    }
    if (isFinite(world))
        addToCell(id, world);
    else
        m_points[std::size_t(id)] = world;
}

void SpatialIndex::insert(int id, const QPointF &world)
{
    move(id, world);
}

void SpatialIndex::remove(int id)
{
    if (contains(id))
        removeFromCell(id);
}

int SpatialIndex::nearest(const QPointF &world, double maxDistanceWorld) const
{
    if (!isFinite(world) || std::isnan(maxDistanceWorld) || maxDistanceWorld < 0.0 || m_count == 0)
        return -1;
    int best = -1;
    double bestD2 = maxDistanceWorld * maxDistanceWorld; // +inf stays +inf
    const auto consider = [&](int id) {
        const double d2 = distance2(m_points[std::size_t(id)], world);
        if (d2 < bestD2 || (d2 == bestD2 && (best < 0 || id < best))) {
            bestD2 = d2;
            best = id;
        }
    };

    const std::int64_t qx = cellIndex(world.x(), m_cellSize), qy = cellIndex(world.y(), m_cellSize);
    // No ring beyond the occupied range can hold a point.
    const std::int64_t extentRings = std::max({qx - m_minCx, m_maxCx - qx, qy - m_minCy, m_maxCy - qy});
    const double radiusRings = std::ceil(maxDistanceWorld / m_cellSize) + 1.0;
    const std::int64_t lastRing = radiusRings < double(extentRings) ? std::int64_t(radiusRings) : extentRings;

    for (std::int64_t k = 0; k <= lastRing; ++k) {
        // A point in ring k is at least (k−1) cells away; once that exceeds the best, stop.
        if (best >= 0 && k >= 2 && double(k - 1) * m_cellSize > std::sqrt(bestD2))
            break;
        // Scanning empty space would cost more than looking at every point: do that instead.
        if (double(2 * k + 1) * double(2 * k + 1) > 4.0 * m_count + 64.0) {
            for (const auto &[key, cell] : m_cells)
                for (int id : cell)
                    consider(id);
            return best;
        }
        const std::int64_t y0 = std::max(qy - k, m_minCy), y1 = std::min(qy + k, m_maxCy);
        for (std::int64_t cy = y0; cy <= y1; ++cy) {
            const bool edgeRow = cy == qy - k || cy == qy + k;
            const std::int64_t step = edgeRow || k == 0 ? 1 : 2 * k;
            for (std::int64_t cx = qx - k; cx <= qx + k; cx += step) {
                if (cx < m_minCx || cx > m_maxCx)
                    continue;
                const CellKey key = packKey(cx, cy);
                const auto it = m_cells.find(key);
                if (it == m_cells.end())
                    continue;
                for (int id : it->second)
                    consider(id);
            }
        }
    }
    return best;
}

QList<int> SpatialIndex::within(const QRectF &world) const
{
    const QRectF r = world.normalized();
    QList<int> ids;
    if (!std::isfinite(r.left()) || !std::isfinite(r.top()) || !std::isfinite(r.right())
        || !std::isfinite(r.bottom()) || m_count == 0)
        return ids;
    const auto inside = [&r](const QPointF &p) {
        return p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom();
    };
    const std::int64_t x0 = std::max(cellIndex(r.left(), m_cellSize), m_minCx);
    const std::int64_t x1 = std::min(cellIndex(r.right(), m_cellSize), m_maxCx);
    const std::int64_t y0 = std::max(cellIndex(r.top(), m_cellSize), m_minCy);
    const std::int64_t y1 = std::min(cellIndex(r.bottom(), m_cellSize), m_maxCy);
    if (x1 < x0 || y1 < y0)
        return ids;
    if (double(x1 - x0 + 1) * double(y1 - y0 + 1) > 2.0 * m_count + 64.0) {
        // The rect spans more cells than there are points: a straight scan is cheaper.
        for (const auto &[key, cell] : m_cells)
            for (int id : cell)
                if (inside(m_points[std::size_t(id)]))
                    ids.append(id);
    } else {
        for (std::int64_t cy = y0; cy <= y1; ++cy)
            for (std::int64_t cx = x0; cx <= x1; ++cx) {
                const CellKey key = packKey(cx, cy);
                const auto it = m_cells.find(key);
                if (it == m_cells.end())
                    continue;
                for (int id : it->second)
                    if (inside(m_points[std::size_t(id)]))
                        ids.append(id);
            }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace et::domain::geo
