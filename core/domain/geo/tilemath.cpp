// SPDX-License-Identifier: MIT
#include "tilemath.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace et::domain::geo {

namespace {

constexpr TileId kInvalid{-1, -1, -1};

int tilesPerSide(int z)
{
    return 1 << z;
}

} // namespace

bool TileMath::isValid(const TileId &t)
{
    if (t.z < 0 || t.z > kMaxZoom)
        return false;
    const int n = tilesPerSide(t.z);
    return t.x >= 0 && t.x < n && t.y >= 0 && t.y < n;
}

TileId TileMath::tileAt(double lat, double lon, int z)
{
    if (z < 0 || z > kMaxZoom || !WebMercator::isValidCoordinate(lat, lon))
        return kInvalid;
    const QPoint p = WebMercator::tileAt(lat, lon, z);
    return {z, p.x(), p.y()};
}

int TileMath::tmsRow(const TileId &t)
{
    if (!isValid(t))
        return -1;
    return tilesPerSide(t.z) - 1 - t.y;
}

TileId TileMath::fromTms(int z, int x, int tmsY)
{
    if (z < 0 || z > kMaxZoom)
        return kInvalid;
    const TileId t{z, x, tilesPerSide(z) - 1 - tmsY};
    return isValid(t) ? t : kInvalid;
}

QRectF TileMath::worldRect(const TileId &t)
{
    if (!isValid(t))
        return {};
    const double side = 1.0 / tilesPerSide(t.z);
    return {t.x * side, t.y * side, side, side};
}

QList<TileId> TileMath::tilesCovering(const MapViewport &view, int z)
{
    if (z < 0 || z > kMaxZoom || view.size().isEmpty())
        return {};
    const QRectF visible = view.visibleWorldRect();
    if (!std::isfinite(visible.left()) || !std::isfinite(visible.top()) || !std::isfinite(visible.right())
        || !std::isfinite(visible.bottom()))
        return {};
    const int n = tilesPerSide(z);
    // A tile is needed when its half-open square [x/n, (x+1)/n) meets the open visible rect, so a
    // view edge lying exactly on a tile border does not pull in the neighbour that shows nothing.
    const auto firstIndex = [n](double w) { return std::clamp(int(std::floor(w * n)), 0, n - 1); };
    const auto lastIndex = [n](double w) { return std::clamp(int(std::ceil(w * n)) - 1, 0, n - 1); };
    if (visible.right() <= 0.0 || visible.left() >= 1.0 || visible.bottom() <= 0.0 || visible.top() >= 1.0)
        return {};
    const int x0 = firstIndex(visible.left()), x1 = lastIndex(visible.right());
    const int y0 = firstIndex(visible.top()), y1 = lastIndex(visible.bottom());

    QList<TileId> tiles;
    tiles.reserve((x1 - x0 + 1) * (y1 - y0 + 1));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            tiles.append({z, x, y});

    // Centre first; ties broken by row then column so the order never depends on the sort.
    const QPointF c = view.centerWorld() * n;
    const auto distance2 = [c](const TileId &t) {
        const double dx = t.x + 0.5 - c.x(), dy = t.y + 0.5 - c.y();
        return dx * dx + dy * dy;
    };
    std::sort(tiles.begin(), tiles.end(), [&](const TileId &a, const TileId &b) {
        const double da = distance2(a), db = distance2(b);
        if (da != db)
            return da < db;
        return a.y != b.y ? a.y < b.y : a.x < b.x;
    });
    return tiles;
}

TileId TileMath::parent(const TileId &t, int levelsUp)
{
    if (!isValid(t) || levelsUp < 0 || levelsUp > t.z)
        return kInvalid;
    return {t.z - levelsUp, t.x >> levelsUp, t.y >> levelsUp};
}

QRectF TileMath::partOfAncestor(const TileId &t, const TileId &ancestor)
{
    const int up = t.z - ancestor.z;
    if (!isValid(t) || !isValid(ancestor) || up < 0 || parent(t, up) != ancestor)
        return {};
    const double side = 1.0 / double(1 << up);
    return {(t.x - (ancestor.x << up)) * side, (t.y - (ancestor.y << up)) * side, side, side};
}

std::array<TileId, 4> TileMath::children(const TileId &t)
{
    if (!isValid(t) || t.z >= kMaxZoom)
        return {kInvalid, kInvalid, kInvalid, kInvalid};
    const int z = t.z + 1, x = t.x * 2, y = t.y * 2;
    return {TileId{z, x, y}, TileId{z, x + 1, y}, TileId{z, x, y + 1}, TileId{z, x + 1, y + 1}};
}

} // namespace et::domain::geo
