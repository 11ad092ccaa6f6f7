// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace et::client {
class MbtilesReader;
class XyzTileFetcher;
} // namespace et::client

namespace et::map {

class TileImageCache;

/// The raster tiles under the map: one source at a time, an offline MBTiles pack or an XYZ URL
/// template with a disk cache. Owned by the map item, used on the GUI thread; bytes are read or
/// fetched here and decoded on a thread pool by TileImageCache, so drawing never waits for I/O.
class TileProvider : public QObject
{
    Q_OBJECT
public:
    explicit TileProvider(QObject *parent = nullptr);
    ~TileProvider() override;

    /// Opens an MBTiles pack; on failure there is no source and errorString()/errorOccurred say why.
    void setMbtilesFile(const QString &path);
    /// Tiles from `https://host/{z}/{x}/{y}.png`, kept under `cacheDir` for offline use.
    void setXyzTemplate(const QString &urlTemplate, const QString &cacheDir);
    void clear();

    bool hasSource() const;
    QString errorString() const { return m_error; }
    QString attribution() const;
    int minZoom() const;
    int maxZoom() const;

    /// The tiles the view shows now, most important first. Starts loading what is missing and
    /// cancels what is no longer visible; tileReady() follows for each tile that arrives.
    void requestTiles(const QList<et::domain::geo::TileId> &visible);

    /// What to draw for a tile: `sourceRect` is in pixels of `image`; `exact` is false when it is
    /// part of an ancestor (still loading, or past the source's maxZoom).
    struct Piece
    {
        QImage image;
        QRectF sourceRect;
        bool exact = false;
    };
    std::optional<Piece> best(const et::domain::geo::TileId &id) const;

    /// The cache behind best(), for tests and diagnostics.
    TileImageCache *imageCache() const { return m_cache; }

signals:
    void tileReady(et::domain::geo::TileId id); // repaint
    void errorOccurred(const QString &message);

private:
    void fail(const QString &message);
    void onDecoded(const et::domain::geo::TileId &id);
    void loadFromPack(const et::domain::geo::TileId &id);
    void readPackSlice();
    et::domain::geo::TileId sourceTile(const et::domain::geo::TileId &id) const;

    TileImageCache *m_cache = nullptr;
    std::unique_ptr<et::client::MbtilesReader> m_pack;
    et::client::XyzTileFetcher *m_fetcher = nullptr;
    QString m_error;
    QSet<quint64> m_failed; // tiles of the pack that cannot be drawn: not retried
    QList<et::domain::geo::TileId> m_packQueue; // still to read, most wanted first
    bool m_sliceScheduled = false;
};

} // namespace et::map
