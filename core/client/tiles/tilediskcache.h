// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace et::client {

/// Tiles fetched from one XYZ template kept on disk for offline use:
/// `<root>/<hash of template>/z/x/y.tile`. The file times are the LRU order (a hit touches the
/// file), and writes prune the oldest files once the folder grows past its size cap. Every call,
/// the constructor's walk of the folder included, touches the disk: XyzTileFetcher keeps its cache
/// on a thread of its own.
class TileDiskCache
{
public:
    TileDiskCache(const QString &root, const QString &urlTemplate, qint64 maxBytes = 256ll * 1024 * 1024);

    /// The folder the tiles of `urlTemplate` go in (worked out without touching the disk).
    static QString directoryFor(const QString &root, const QString &urlTemplate);

    QString directory() const { return m_dir; }
    std::optional<QByteArray> read(const et::domain::geo::TileId &id) const;
    et::domain::Status write(const et::domain::geo::TileId &id, const QByteArray &bytes);
    qint64 sizeBytes() const { return m_size; }
    qint64 maxBytes() const { return m_maxBytes; }

private:
    QString filePath(const et::domain::geo::TileId &id) const;
    void prune();

    QString m_dir;
    qint64 m_maxBytes;
    qint64 m_size = 0;
};

} // namespace et::client
