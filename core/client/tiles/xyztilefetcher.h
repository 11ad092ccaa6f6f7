// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace et::client {

class TileDiskCache;

/// Loads raster tiles from an XYZ URL template (`https://host/{z}/{x}/{y}.png`) politely: our own
/// User-Agent, at most maxParallel() requests at once, the latest wanted list first (tiles the view
/// left are dropped or aborted), a disk cache that answers without the network, and a growing
/// per-tile wait after a failure so a broken server is not hammered.
class XyzTileFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kUserAgent = "energytruck-console/0.1 (+https://github.com/energytruck/console; see README)";

    explicit XyzTileFetcher(QObject *parent = nullptr);
    ~XyzTileFetcher() override;

    /// The template needs {z}, {x} and {y} and an http(s) URL; cached files go under cacheDir.
    et::domain::Status setTemplate(const QString &urlTemplate, const QString &cacheDir);
    QString urlTemplate() const { return m_template; }
    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }
    int maxParallel() const { return m_maxParallel; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// First wait after a failed tile; it doubles per failure of the same tile up to 5 minutes.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    TileDiskCache *diskCache() const { return m_disk.get(); }

    /// Replaces what is wanted: order = priority. Cached tiles answer at once (queued signal);
    /// requests for tiles not in the list are aborted.
    void request(const QList<et::domain::geo::TileId> &wanted);
    int inFlight() const { return int(m_running.size()); }

signals:
    void tileFetched(et::domain::geo::TileId id, const QByteArray &bytes);
    void tileFailed(et::domain::geo::TileId id, const QString &message);

private:
    struct Failure
    {
        int count = 0;
        QDateTime retryAt;
    };
    void pump();
    void start(const et::domain::geo::TileId &id);
    void finished(QNetworkReply *reply, const et::domain::geo::TileId &id);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<TileDiskCache> m_disk;
    QString m_template;
    int m_maxParallel = 2;
    int m_timeoutMs = 15000;
    int m_retryDelayMs = 2000;
    QList<et::domain::geo::TileId> m_queue;
    QHash<et::domain::geo::TileId, QNetworkReply *> m_running;
    QHash<et::domain::geo::TileId, Failure> m_failures;
};

} // namespace et::client
