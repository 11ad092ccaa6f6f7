// SPDX-License-Identifier: MIT
#pragma once

#include "mapviewport.h"

#include <QHashFunctions>
#include <QList>
#include <QRectF>

#include <array>
#include <cstddef>

namespace et::domain::geo {

/// One map tile in the XYZ (OSM / "slippy map") scheme: row 0 is the northernmost row. A default
/// TileId is the single tile of zoom 0; an id with a negative or out-of-range field is invalid
/// (TileMath::isValid) and is what the functions below return when they cannot answer.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0; ///< XYZ row (north = 0); MBTiles stores TMS rows, see TileMath::tmsRow

    friend bool operator==(const TileId &a, const TileId &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend bool operator!=(const TileId &a, const TileId &b) { return !(a == b); }
    friend size_t qHash(const TileId &t, size_t seed = 0) noexcept { return qHashMulti(seed, t.z, t.x, t.y); }
};

/// Tile arithmetic shared by the XYZ tile loader, the MBTiles reader and the tile cache: which
/// tiles a view needs, where a tile lies in world coordinates (those of WebMercator::project), the
/// XYZ ↔ TMS row flip, and the parent/child links the cache uses to draw a coarser or finer tile
/// while the right one loads.
class TileMath
{
public:
    /// Deepest zoom handled: 2^30 tiles per side still fits an int.
    static constexpr int kMaxZoom = 30;

    /// The XYZ tile holding the coordinate at zoom z (latitude clamped to the Mercator square, as
    /// WebMercator::project does). Invalid id for a non-finite / out-of-range coordinate or z.
    static TileId tileAt(double lat, double lon, int z);
    /// The MBTiles (TMS) row of a tile: 2^z − 1 − y; −1 for an invalid id.
    static int tmsRow(const TileId &t);
    /// The XYZ id of the tile stored at TMS row tmsY; check isValid() on the result.
    static TileId fromTms(int z, int x, int tmsY);
    /// The tile's square in normalised world units [0,1]; an empty rect for an invalid id.
    static QRectF worldRect(const TileId &t);
    /// The tiles at zoom z that intersect the view's visible rect (clamped to the world, no
    /// wrap-around), nearest to the view centre first so they load in the order the eye wants.
    /// Empty for an empty view or an invalid z.
    static QList<TileId> tilesCovering(const MapViewport &view, int z);
    /// The tile levelsUp zooms coarser that contains t; invalid if t is invalid, levelsUp < 0 or
    /// levelsUp > t.z.
    static TileId parent(const TileId &t, int levelsUp = 1);
    /// The four tiles one zoom finer, in row order (NW, NE, SW, SE); all invalid if t is invalid
    /// or already at kMaxZoom.
    static std::array<TileId, 4> children(const TileId &t);
    /// 0 ≤ z ≤ kMaxZoom and 0 ≤ x, y < 2^z.
    static bool isValid(const TileId &t);
    /// Where t lies inside `ancestor`, as a fraction of the ancestor's square ([0,1] on both axes),
    /// for drawing part of a coarser tile in place of a finer one; empty if ancestor does not contain t.
    static QRectF partOfAncestor(const TileId &t, const TileId &ancestor);
};

} // namespace et::domain::geo
