// SPDX-License-Identifier: MIT
#include "xyztilefetcher.h"

#include "tilediskcache.h"
#include "iothread.h"
#include "tileslogging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUrl>

using et::domain::Error;
using et::domain::Ok;
using et::domain::Status;
using et::domain::geo::TileId;

namespace et::client {

namespace {
constexpr qint64 kMaxRetryMs = 5 * 60 * 1000;
} // namespace

XyzTileFetcher::XyzTileFetcher(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

XyzTileFetcher::~XyzTileFetcher()
{
    abortUnwanted({});
    if (m_io) {
        m_cacheReads.reset();
        m_io->post([this] { m_disk.reset(); });
        m_io->finish(); // the cache writes posted before still happen: fetched tiles stay offline
    }
}

void XyzTileFetcher::close()
{
    abortUnwanted({});
    m_wanted.clear();
    m_notCached.clear();
    m_failures.clear();
    m_template.clear();
    m_cacheDirectory.clear();
    m_cacheReads.reset();
    if (m_io)
        m_io->post([this] { m_disk.reset(); });
}

Status XyzTileFetcher::setTemplate(const QString &urlTemplate, const QString &cacheDir)
{
    close();
    for (const char *key : {"{z}", "{x}", "{y}"})
        if (!urlTemplate.contains(QLatin1String(key)))
            return Error{{}, tr("the tile URL template %1 lacks %2").arg(urlTemplate, QLatin1String(key))};
    const QUrl probe(QString(urlTemplate).replace(QLatin1String("{z}"), QLatin1String("0"))
                         .replace(QLatin1String("{x}"), QLatin1String("0"))
                         .replace(QLatin1String("{y}"), QLatin1String("0")));
    if (!probe.isValid() || (probe.scheme() != QLatin1String("http") && probe.scheme() != QLatin1String("https"))
        || probe.host().isEmpty())
        return Error{{}, tr("the tile URL template %1 is not an http(s) URL").arg(urlTemplate)};
    m_template = urlTemplate;
    if (!cacheDir.isEmpty()) {
        // A thread of its own rather than pool tasks: the cache keeps a running size and prunes by
        // walking its folder, so one owner orders its reads, writes and pruning without locks, and
        // reads still queued are replaced by the next view instead of running for a view long gone.
        if (!m_io)
            m_io = std::make_unique<IoThread>(QStringLiteral("et-tile-cache"));
        m_cacheDirectory = TileDiskCache::directoryFor(cacheDir, urlTemplate);
        // Even opening the cache touches the disk: it adds up the size of every file in it.
        m_io->post([this, cacheDir, urlTemplate] { m_disk = std::make_unique<TileDiskCache>(cacheDir, urlTemplate); });
    }
    return Ok{};
}

void XyzTileFetcher::abortUnwanted(const QList<TileId> &wanted)
{
    // Abort what the view no longer shows: on a slow link old requests would delay new ones.
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        QNetworkReply *reply = it.value();
        it = m_running.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void XyzTileFetcher::request(const QList<TileId> &wanted)
{
    abortUnwanted(wanted);
    m_wanted.clear();
    if (m_template.isEmpty())
        return;
    for (const TileId &id : wanted) {
        if (et::domain::geo::TileMath::isValid(id) && !m_wanted.contains(id))
            m_wanted.append(id);
    }
    if (hasDiskCache()) {
        // What the cache said it lacks is remembered only while the view still wants it.
        const QSet<TileId> stillWanted(m_wanted.cbegin(), m_wanted.cend());
        m_notCached.intersect(stillWanted);
        QList<TileId> ask;
        for (const TileId &id : std::as_const(m_wanted)) {
            if (!m_running.contains(id) && !m_notCached.contains(id))
                ask.append(id);
        }
        if (m_cacheReads.replace(ask)) {
            const quint64 generation = m_cacheReads.generation();
            m_io->post([this, generation] { readCached(generation); });
        }
    }
    pump();
}

void XyzTileFetcher::readCached(quint64 generation)
{
    while (const std::optional<TileRequestQueue::Entry> entry = m_cacheReads.take(generation)) {
        std::optional<QByteArray> bytes = m_disk ? m_disk->read(entry->id) : std::nullopt;
        m_lastCacheReadThread.store(QThread::currentThreadId());
        QMetaObject::invokeMethod(
            this, [this, e = *entry, bytes = std::move(bytes)] { cacheAnswered(e, bytes); }, Qt::QueuedConnection);
    }
}

void XyzTileFetcher::cacheAnswered(const TileRequestQueue::Entry &entry, const std::optional<QByteArray> &bytes)
{
    if (entry.generation != m_cacheReads.generation())
        return; // read for a template that has been replaced since
    m_cacheReads.finish(entry);
    if (!m_wanted.contains(entry.id))
        return; // the view moved on
    if (bytes) {
        m_wanted.removeOne(entry.id);
        emit tileFetched(entry.id, *bytes);
        return;
    }
    m_notCached.insert(entry.id);
    pump();
}

void XyzTileFetcher::pump()
{
    // The wanted list is in priority order; a tile goes to the server once the disk cache has said
    // it does not have it, and not while it waits after a failure (no retry storm).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_wanted.begin(); it != m_wanted.end() && m_running.size() < m_maxParallel;) {
        const TileId id = *it;
        const auto failure = m_failures.constFind(id);
        if (m_running.contains(id) || (hasDiskCache() && !m_notCached.contains(id))
            || (failure != m_failures.cend() && failure->retryAt > now)) {
            ++it;
            continue;
        }
        it = m_wanted.erase(it); // started: a new request() names it again if it is still wanted then
        start(id);
    }
}

void XyzTileFetcher::start(const TileId &id)
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(id.z))
        .replace(QLatin1String("{x}"), QString::number(id.x))
        .replace(QLatin1String("{y}"), QString::number(id.y));
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(kUserAgent));
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam->get(req);
    m_running.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { finished(reply, id); });
}

void XyzTileFetcher::finished(QNetworkReply *reply, const TileId &id)
{
    reply->deleteLater();
    if (m_running.value(id) != reply)
        return;
    m_running.remove(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    QString error;
    // Our own aborts are disconnected first, so a cancel here is the transfer timeout.
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        error = tr("no answer within %1 ms").arg(m_timeoutMs);
    else if (reply->error() != QNetworkReply::NoError && status == 0)
        error = reply->errorString();
    else if (status != 200)
        error = tr("HTTP status %1").arg(status);
    else if (bytes.isEmpty())
        error = tr("empty answer");

    const QString name = QStringLiteral("%1/%2/%3").arg(id.z).arg(id.x).arg(id.y);
    if (error.isEmpty()) {
        m_failures.remove(id);
        m_notCached.remove(id);
        if (hasDiskCache()) {
            // Jobs run in order, so this lands in the folder of the template it was fetched for.
            m_io->post([this, id, bytes] {
                if (!m_disk)
                    return;
                if (const Status written = m_disk->write(id, bytes); !written)
                    qCWarning(lcClientTiles) << written.error().toString();
            });
        }
        emit tileFetched(id, bytes);
    } else {
        Failure &f = m_failures[id];
        ++f.count;
        const qint64 wait = qMin(kMaxRetryMs, qint64(m_retryDelayMs) << qMin(f.count - 1, 20));
        f.retryAt = QDateTime::currentDateTimeUtc().addMSecs(wait);
        qCInfo(lcClientTiles) << "tile" << name << "failed:" << error << "- next try in" << wait << "ms";
        emit tileFailed(id, tr("tile %1: %2").arg(name, error));
    }
    pump();
}

} // namespace et::client
