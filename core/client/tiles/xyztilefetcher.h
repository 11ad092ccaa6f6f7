// SPDX-License-Identifier: MIT
#pragma once

#include "tilerequestqueue.h"

#include "domain/geo/tilemath.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace et::client {

class TileDiskCache;
class IoThread;

/// Loads raster tiles from an XYZ URL template (`https://host/{z}/{x}/{y}.png`) politely: our own
/// User-Agent, at most maxParallel() requests at once, the latest wanted list first (tiles the view
/// left are dropped or aborted), a disk cache that answers without the network, and a growing
/// per-tile wait after a failure so a broken server is not hammered. The network is asynchronous
/// on the owner's thread; the disk cache lives on a thread of its own (reads, writes, pruning).
class XyzTileFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kUserAgent = "energytruck-console/0.1 (+https://github.com/energytruck/console; see README)";

    explicit XyzTileFetcher(QObject *parent = nullptr);
    /// Aborts the requests, finishes the cache writes under way and ends the cache thread.
    ~XyzTileFetcher() override;

    /// The template needs {z}, {x} and {y} and an http(s) URL; cached files go under cacheDir.
    et::domain::Status setTemplate(const QString &urlTemplate, const QString &cacheDir);
    /// No template: aborts and forgets everything that was wanted.
    void close();
    QString urlTemplate() const { return m_template; }
    /// The folder this template's tiles are kept in; empty without a cache folder.
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }
    int maxParallel() const { return m_maxParallel; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// First wait after a failed tile; it doubles per failure of the same tile up to 5 minutes.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    /// Replaces what is wanted: order = priority. The disk cache is asked first (off this thread)
    /// and answers what it has; the rest goes to the server. Requests for tiles not in the list are
    /// aborted, and cached tiles that arrive after the list dropped them are not signalled.
    void request(const QList<et::domain::geo::TileId> &wanted);
    /// Requests on the network now.
    int inFlight() const { return int(m_running.size()); }
    /// The thread the latest disk-cache read ran on (diagnostics: never the owner's thread).
    Qt::HANDLE lastCacheReadThread() const { return m_lastCacheReadThread.load(); }

signals:
    void tileFetched(et::domain::geo::TileId id, const QByteArray &bytes);
    void tileFailed(et::domain::geo::TileId id, const QString &message);

private:
    struct Failure
    {
        int count = 0;
        QDateTime retryAt;
    };
    bool hasDiskCache() const { return !m_cacheDirectory.isEmpty(); }
    void abortUnwanted(const QList<et::domain::geo::TileId> &wanted);
    void readCached(quint64 generation); // on the cache thread
    void cacheAnswered(const TileRequestQueue::Entry &entry, const std::optional<QByteArray> &bytes);
    void pump();
    void start(const et::domain::geo::TileId &id);
    void finished(QNetworkReply *reply, const et::domain::geo::TileId &id);

    QNetworkAccessManager *m_nam;
    QString m_template;
    QString m_cacheDirectory;
    int m_maxParallel = 2;
    int m_timeoutMs = 15000;
    int m_retryDelayMs = 2000;
    /// The latest request()'s tiles not started on the network nor answered by the cache yet,
    /// most important first.
    QList<et::domain::geo::TileId> m_wanted;
    QSet<et::domain::geo::TileId> m_notCached;      ///< wanted tiles the disk cache does not have
    QHash<et::domain::geo::TileId, QNetworkReply *> m_running;
    QHash<et::domain::geo::TileId, Failure> m_failures;
    TileRequestQueue m_cacheReads;
    std::unique_ptr<TileDiskCache> m_disk; ///< cache thread only
    std::atomic<Qt::HANDLE> m_lastCacheReadThread{nullptr};
    std::unique_ptr<IoThread> m_io;    ///< made with the first cache folder
};

} // namespace et::client
