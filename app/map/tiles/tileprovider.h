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
class MbtilesLoader;
struct MbtilesMetadata;
class XyzTileFetcher;
} // namespace et::client

namespace et::map {

class TileImageCache;

/// The raster tiles under the map: one source at a time, an offline MBTiles pack or an XYZ URL
/// template with a disk cache. Owned by the map item and used on the GUI thread, which never
/// touches a disk for it: a pack is opened and read on its reader thread (MbtilesLoader), cached
/// server tiles are read and written on the cache thread (XyzTileFetcher), and every tile is
/// decoded on TileImageCache's pool. Drawing never waits for I/O.
class TileProvider : public QObject
{
    Q_OBJECT
public:
    explicit TileProvider(QObject *parent = nullptr);
    /// Cancels the reads queued and waits for those under way (one blob read, one cache write).
    ~TileProvider() override;

    /// Opens an MBTiles pack on its reader thread: there is no source until it is open.
    /// sourceChanged() follows at once and again when it is open, or failed to (errorString()).
    void setMbtilesFile(const QString &path);
    /// Tiles from `https://host/{z}/{x}/{y}.png`, kept under `cacheDir` for offline use.
    void setXyzTemplate(const QString &urlTemplate, const QString &cacheDir);
    void clear();

    bool hasSource() const;
    /// A pack is being opened.
    bool isOpening() const { return m_opening; }
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
    /// The thread the source's latest read from disk ran on (diagnostics: never the GUI thread).
    Qt::HANDLE lastReadThread() const;

signals:
    void tileReady(et::domain::geo::TileId id); // repaint
    /// A tile failed (a damaged pack, a server error); the source stays on.
    void errorOccurred(const QString &message);
    /// The source was set, opened, failed to open (errorString() says why) or was closed.
    void sourceChanged();

private:
    void reset();
    void fail(const QString &message);
    void packOpened(const et::client::MbtilesMetadata &metadata);
    void packFailed(const QString &message);
    et::client::MbtilesLoader *packLoader();
    et::client::XyzTileFetcher *fetcher();
    et::domain::geo::TileId sourceTile(const et::domain::geo::TileId &id) const;

    TileImageCache *m_cache = nullptr;
    std::unique_ptr<et::client::MbtilesLoader> m_pack;   ///< made with the first pack, kept for the next
    std::unique_ptr<et::client::MbtilesMetadata> m_packMetadata; ///< set while a pack is open
    et::client::XyzTileFetcher *m_fetcher = nullptr;      ///< made with the first template, kept
    bool m_xyzOn = false;
    bool m_opening = false;
    QString m_error;
    QSet<quint64> m_failed; // tiles of the pack that cannot be drawn: not retried
};

} // namespace et::map
