// SPDX-License-Identifier: MIT
#pragma once

#include "mbtilesreader.h"
#include "iothread.h"
#include "tilerequestqueue.h"

#include "domain/geo/tilemath.h"
#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace et::client {

/// An MBTiles pack read on a thread of its own, for a GUI that must not wait on a disk. That
/// thread opens and validates the file (a big pack can take a while) through its own Qt SQL
/// connection, as connections are per thread, and reads the tile blobs the latest request() asks
/// for, most important first. Answers arrive as signals on the thread that owns this object, and
/// only for the pack open now: those for a pack closed or replaced since, or for a tile the newest
/// request no longer names, are dropped.
class MbtilesLoader : public QObject
{
    Q_OBJECT
public:
    explicit MbtilesLoader(QObject *parent = nullptr);
    /// Cancels the queued reads and waits for the one under way (a single SQL statement).
    ~MbtilesLoader() override;

    /// Closes what was open and opens `path` on the reader thread; opened() or openFailed() follows.
    void open(const QString &path);
    void close();
    /// The tiles wanted now, most important first (XYZ ids; past maxzoom the reader overzooms).
    /// Replaces the reads not started yet; tileLoaded() or tileFailed() follows for each.
    void request(const QList<et::domain::geo::TileId> &wanted);
    /// Asked for and not answered yet.
    bool isLoading(const et::domain::geo::TileId &id) const { return m_queue.isLoading(id); }
    /// The thread the latest blob read ran on (diagnostics: never the GUI thread).
    Qt::HANDLE lastReadThread() const { return m_lastReadThread.load(); }

signals:
    void opened(const et::client::MbtilesMetadata &metadata);
    void openFailed(const QString &message);
    void tileLoaded(et::domain::geo::TileId id, const QByteArray &bytes);
    /// `error.field` is MbtilesReader::kMissingTileField for a tile the pack does not have.
    void tileFailed(et::domain::geo::TileId id, const et::domain::Error &error);

private:
    // On the reader thread.
    void openOnThread(const QString &path, quint64 generation);
    void readQueued(quint64 generation);
    // Back on the owner's thread.
    void openFinished(quint64 generation, const et::domain::Result<MbtilesMetadata> &result);
    void readFinished(const TileRequestQueue::Entry &entry, const et::domain::Result<MbtilesTile> &tile);

    TileRequestQueue m_queue;
    QSet<et::domain::geo::TileId> m_wanted; ///< the latest request(), owner's thread
    std::unique_ptr<MbtilesReader> m_reader; ///< reader thread only
    quint64 m_readerGeneration = 0;          ///< reader thread only: the generation m_reader was opened for
    std::atomic<Qt::HANDLE> m_lastReadThread{nullptr};
    IoThread m_io;
};

} // namespace et::client
