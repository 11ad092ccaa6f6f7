// SPDX-License-Identifier: MIT
#include "restclient.h"

#include "clientlogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace et::client {

using domain::Error;

namespace {
/// User-visible messages are translated in the RestClient context even from free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("et::client::RestClient", text);
}

const QByteArray kRequestIdHeader = QByteArrayLiteral("X-Request-ID");

/// Turns `{"error":{"code","message","request_id"}}` into one readable line; falls back to the
/// start of the body when the server (or a proxy in between) sent something else.
QString describeErrorBody(const QByteArray &body)
{
    const auto parsed = domain::parseJsonObject(body);
    if (parsed.ok()) {
        const QJsonObject error = parsed.value().value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        if (!code.isEmpty() || !message.isEmpty())
            return message.isEmpty() ? code : code + QStringLiteral(": ") + message;
    }
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? tr("no details") : text;
}

/// Decodes the body's "items" array with T::fromJson; errors name the item ("items[3].lat").
template<typename T>
domain::Result<QList<T>> decodeItems(const QJsonObject &body)
{
    domain::JsonFieldReader r(body);
    const QJsonArray items = r.array(QStringLiteral("items"));
    if (!r.ok())
        return r.error();
    auto list = domain::decodeArray<T>(items, &T::fromJson);
    if (!list.ok())
        return list.error().prefixed(QStringLiteral("items"));
    return list;
}

/// Chains a decoder after a request: a transport error passes through, else `decode` runs.
template<typename T, typename Decode>
RestClient::Callback<RestResponse> then(RestClient::Callback<T> done, Decode decode)
{
    return [done = std::move(done), decode](domain::Result<RestResponse> response) {
        if (!response.ok()) {
            done(response.error());
            return;
        }
        domain::Result<T> value = decode(response.value().body);
        if (!value.ok())
            done(Error{{}, tr("unexpected answer from the server (request id %1): %2")
                               .arg(response.value().requestId, value.error().toString())});
        else
            done(std::move(value));
    };
}
} // namespace

RestClient::RestClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

QString RestClient::userAgent()
{
    return QStringLiteral("energytruck-console/0.1");
}

void RestClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QUrl RestClient::baseUrl() const
{
    return m_baseUrl;
}

void RestClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl RestClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    return url;
}

void RestClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback<RestResponse> done)
{
    const QUrl url = urlFor(path, query);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest request(url);
    request.setRawHeader(kRequestIdHeader, requestId.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    send(m_network->get(request), QStringLiteral("GET ") + url.path(), requestId, context, std::move(done));
}

void RestClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback<RestResponse> done)
{
    const QUrl url = urlFor(path);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest request(url);
    request.setRawHeader(kRequestIdHeader, requestId.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    send(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), QStringLiteral("POST ") + url.path(),
         requestId, context, std::move(done));
}

void RestClient::send(QNetworkReply *reply, const QString &what, const QString &requestId, QObject *context,
                      Callback<RestResponse> done)
{
    qCDebug(lcClientRest) << what << "request id" << requestId;
    emit requestStarted(what);
    // Parented to this client, so abortAll() finds it and it dies with us.
    reply->setParent(this);
    const int timeoutMs = int(m_timeout.count());
    // Deleted even when the context is gone and the callback below never runs.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context ? context : this,
            [reply, what, requestId, timeoutMs, done = std::move(done)]() {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QByteArray echoed = reply->rawHeader(kRequestIdHeader);
        const QString id = echoed.isEmpty() ? requestId : QString::fromUtf8(echoed);
        if (status == 0) {
            // No HTTP answer at all: refused, reset, timed out or aborted.
            QString why = reply->errorString();
            if (reply->error() == QNetworkReply::OperationCanceledError && reply->property("et_aborted").toBool())
                why = tr("aborted");
            else if (reply->error() == QNetworkReply::OperationCanceledError)
                why = tr("no answer within %1 s").arg(timeoutMs / 1000.0);
            qCInfo(lcClientRest) << what << "failed:" << why;
            done(Error{{}, tr("%1 failed: %2").arg(what, why)});
            return;
        }
        if (status < 200 || status >= 300) {
            const QString message = tr("%1 failed: HTTP %2 %3 (request id %4)")
                                        .arg(what).arg(status).arg(describeErrorBody(body), id);
            qCInfo(lcClientRest) << message;
            done(Error{{}, message});
            return;
        }
        auto parsed = domain::parseJsonObject(body);
        if (!parsed.ok()) {
            done(Error{{}, tr("%1: the server's answer is not valid JSON (request id %2): %3")
                               .arg(what, id, parsed.error().toString())});
            return;
        }
        done(RestResponse{status, std::move(parsed).value(), id});
    });
}

void RestClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty("et_aborted", true);
            reply->abort();
        }
    }
}

void RestClient::fetchHealth(QObject *context, Callback<HealthInfo> done)
{
    get(QStringLiteral("/health"), {}, context, then<HealthInfo>(std::move(done), [](const QJsonObject &body) -> domain::Result<HealthInfo> {
        domain::JsonFieldReader r(body);
        HealthInfo h;
        h.status = r.string(QStringLiteral("status"));
        h.version = r.string(QStringLiteral("version"));
        h.time = r.dateTime(QStringLiteral("time"));
        h.simTime = r.optionalDateTime(QStringLiteral("sim_time")).value_or(QDateTime());
        h.cursor = r.integer64(QStringLiteral("cursor"), 0, domain::kMaxCursor);
        if (!r.ok())
            return r.error();
        return h;
    }));
}

void RestClient::fetchChanges(qint64 since, int limit, QObject *context, Callback<domain::ChangeBatch> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    get(QStringLiteral("/sync/changes"), query, context,
        then<domain::ChangeBatch>(std::move(done), [](const QJsonObject &body) { return domain::ChangeBatch::fromJson(body); }));
}

void RestClient::registerDisaster(const domain::Disaster &disaster, QObject *context, Callback<domain::Disaster> done)
{
    post(QStringLiteral("/disasters"), disaster.toRegistrationJson(), context,
         then<domain::Disaster>(std::move(done), [](const QJsonObject &body) { return domain::Disaster::fromJson(body); }));
}

void RestClient::searchCenters(const QUrlQuery &query, QObject *context, Callback<QList<domain::Center>> done)
{
    get(QStringLiteral("/centers"), query, context,
        then<QList<domain::Center>>(std::move(done), [](const QJsonObject &body) { return decodeItems<domain::Center>(body); }));
}

} // namespace et::client
