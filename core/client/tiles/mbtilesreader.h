// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"
#include "domain/result.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <optional>

namespace et::client {

/// What an MBTiles 1.3 file says about itself in its `metadata` table.
struct MbtilesMetadata
{
    QString name;
    QString format;      ///< "png", "jpg" or "webp" — others are refused when the file is opened
    QString attribution;
    int minZoom = 0;
    int maxZoom = 0;
    /// west, south, east, north in degrees, when the file gives valid bounds.
    std::optional<QRectF> bounds; // x = west, y = south, width = east - west, height = north - south
};

/// Raw bytes of one tile and the part of it that covers the requested tile. For an exact hit the
/// part is the unit rect (0,0,1,1); past `maxzoom` it is the sub-rectangle of the ancestor at
/// `maxzoom` (overzoom), in fractions of the tile's side with y going down.
struct MbtilesTile
{
    et::domain::geo::TileId source;
    QByteArray bytes;
    QRectF sourceRect;
};

/// Reads an MBTiles 1.3 file (an offline map pack) read-only through its own Qt SQL connection.
/// The file stores TMS rows (y up); callers speak XYZ ids and the reader flips the row. The object
/// must be used from the thread that opened it, as Qt SQL connections are per thread.
class MbtilesReader
{
public:
    static constexpr auto kMissingTileField = "tiles";

    MbtilesReader();
    ~MbtilesReader();
    MbtilesReader(const MbtilesReader &) = delete;
    MbtilesReader &operator=(const MbtilesReader &) = delete;

    /// Opens and validates the file: SQLite, a `metadata` and a `tiles` table or view, a known
    /// image format and a sane zoom range. On failure the reader stays closed.
    et::domain::Status open(const QString &path);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    const MbtilesMetadata &metadata() const { return m_metadata; }
    QString path() const { return m_path; }

    /// The tile for an XYZ id: the stored one, or past maxzoom the ancestor at maxzoom. An error
    /// names the tile when it is missing, its blob is empty, or the bytes are not the declared format.
    /// A missing tile's error has the field kMissingTileField: packs often cover only part of a
    /// view, so callers may pass over those quietly and show the others (a broken pack).
    et::domain::Result<MbtilesTile> tile(const et::domain::geo::TileId &id) const;

private:
    et::domain::Status readMetadata();

    QString m_connection;
    QString m_path;
    MbtilesMetadata m_metadata;
};

} // namespace et::client
