// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace et::map {

/// Decoded tile images in memory. Encoded bytes go in, are decoded on a private thread pool (never
/// on the GUI thread, where a PNG decode would cost a frame) and are kept least-recently-used
/// within a memory budget. bestAvailable() answers with the exact tile or the matching part of the
/// nearest loaded ancestor, so the map shows something coarse while the sharp tile arrives.
class TileImageCache : public QObject
{
    Q_OBJECT
public:
    explicit TileImageCache(qint64 maxBytes = 96 * 1024 * 1024, QObject *parent = nullptr);
    ~TileImageCache() override;

    /// Queues a decode of `bytes` for tile `id`; decoded() or decodeFailed() follows on this thread.
    void insertEncoded(const et::domain::geo::TileId &id, const QByteArray &bytes);
    bool contains(const et::domain::geo::TileId &id) const;
    bool isPending(const et::domain::geo::TileId &id) const;
    /// Forgets every image; decodes still running are dropped when they finish.
    void clear();

    struct Piece
    {
        QImage image;
        QRectF sourceRect; ///< in pixels of image
        bool exact = false;
    };
    /// The exact tile, else the part of the nearest cached ancestor that covers it.
    std::optional<Piece> bestAvailable(const et::domain::geo::TileId &id) const;
    /// All four tiles one zoom finer are cached: the map can draw them instead of a blurry parent.
    bool childrenCover(const et::domain::geo::TileId &id) const;

    qint64 maxBytes() const { return m_images.maxCost(); }
    qint64 usedBytes() const { return m_images.totalCost(); }
    /// The thread the latest decode ran on (diagnostics: it must not be the GUI thread).
    Qt::HANDLE lastDecodeThread() const { return m_lastDecodeThread; }

signals:
    void decoded(et::domain::geo::TileId id);
    void decodeFailed(et::domain::geo::TileId id, const QString &message);

private:
    void finishDecode(quint64 generation, const et::domain::geo::TileId &id, const QImage &image,
                      const QString &error, Qt::HANDLE thread);

    QThreadPool m_pool;
    mutable QCache<et::domain::geo::TileId, QImage> m_images; // cost = bytes; QCache is LRU
    QSet<et::domain::geo::TileId> m_pending;
    quint64 m_generation = 0;
    Qt::HANDLE m_lastDecodeThread = nullptr;
};

} // namespace et::map
