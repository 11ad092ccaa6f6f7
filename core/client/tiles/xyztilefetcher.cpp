// SPDX-License-Identifier: MIT
#include "xyztilefetcher.h"

#include "tilediskcache.h"
#include "tileslogging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
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
    for (QNetworkReply *reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

Status XyzTileFetcher::setTemplate(const QString &urlTemplate, const QString &cacheDir)
{
    request({});
    m_failures.clear();
    m_template.clear();
    m_disk.reset();
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
    if (!cacheDir.isEmpty())
        m_disk = std::make_unique<TileDiskCache>(cacheDir, urlTemplate);
    return Ok{};
}

void XyzTileFetcher::request(const QList<TileId> &wanted)
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
    m_queue.clear();
    if (m_template.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TileId &id : wanted) {
        if (m_running.contains(id) || m_queue.contains(id) || !et::domain::geo::TileMath::isValid(id))
            continue;
        if (m_disk) {
            if (std::optional<QByteArray> bytes = m_disk->read(id)) {
                // Queued so callers see the same order of events for cached and fetched tiles.
                QMetaObject::invokeMethod(this, [this, id, b = *bytes] { emit tileFetched(id, b); }, Qt::QueuedConnection);
                continue;
            }
        }
        const auto failure = m_failures.constFind(id);
        if (failure != m_failures.cend() && failure->retryAt > now)
            continue; // still waiting after a failure: no retry storm
        m_queue.append(id);
    }
    pump();
}

void XyzTileFetcher::pump()
{
    while (m_running.size() < m_maxParallel && !m_queue.isEmpty())
        start(m_queue.takeFirst());
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
        if (m_disk) {
            const Status written = m_disk->write(id, bytes);
            if (!written)
                qCWarning(lcClientTiles) << written.error().toString();
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
