// SPDX-License-Identifier: MIT
#include "restclient.h"

#include "et/version.h"

#include "clientlogging.h"
#include "domain/errorcode.h"
#include "replyclassifier.h"
#include "retryaftergate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace et::client {

using domain::Error;

namespace {

const QByteArray kRequestIdHeader = QByteArrayLiteral("X-Request-ID");

/// Where send() keeps a reply's certificate errors until it finishes.
const char *const kSslErrorsProperty = "et_ssl_errors";

const QByteArray kIdempotencyHeader = QByteArrayLiteral("Idempotency-Key");
/// Set on a reply abortAll() gave up, to tell it from one the transfer timeout ended.
const char *const kAbortedProperty = "et_aborted";

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
            done(Error{{}, QCoreApplication::translate("et::client::RestClient", "unexpected answer from the server (request id %1): %2")
                               .arg(response.value().requestId, value.error().toString())});
        else
            done(std::move(value));
    };
}
} // namespace

RestClient::RestClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_ownedNetwork(network ? nullptr : std::make_shared<QNetworkAccessManager>()),
      m_network(network ? network : m_ownedNetwork.get()),
      m_gate(std::make_shared<RetryAfterGate>())
{
}

RestClient::~RestClient()
{
    // The replies go before the manager that made them (it may be ours alone).
    qDeleteAll(findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly));
}

void RestClient::shareTransportWith(const RestClient &session)
{
    m_ownedNetwork = session.m_ownedNetwork;
    m_network = session.m_network;
    m_gate = session.m_gate;
}

QDateTime RestClient::notBefore() const
{
    return m_gate->notBefore();
}

QString RestClient::userAgent()
{
    return QStringLiteral("energytruck-console/" ET_VERSION);
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

void RestClient::setTlsConfig(const TlsConfig &tls)
{
    m_tls = tls;
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

void RestClient::setAccessTokenSource(AccessTokenSource *source)
{
    m_tokens = source;
}

QNetworkRequest RestClient::makeRequest(const Call &call, const QString &requestId) const
{
    QNetworkRequest request(call.url);
    request.setRawHeader(kRequestIdHeader, requestId.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    if (call.url.scheme() == u"https")
        request.setSslConfiguration(m_tls.sslConfiguration());
    if (call.verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader(kIdempotencyHeader, call.idempotencyKey.toUtf8());
    if (!call.anonymous && m_tokens) {
        if (const QString token = m_tokens->accessToken(); !token.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    }
    // "Changed?" for the price of a 304 with no body.
    if (call.verb == "GET" && call.cacheable) {
        if (const auto kept = m_etags.lookup(call.url.toString()))
            request.setRawHeader(QByteArrayLiteral("If-None-Match"), kept->etag);
    }
    return request;
}

bool RestClient::holdBack(const QString &what, QObject *context, Callback<RestResponse> &done)
{
    const auto wait = m_gate->waitAt(QDateTime::currentDateTimeUtc());
    if (!wait)
        return false;
    // Asked to wait (429/503 with Retry-After): the request is not sent at all. The answer comes
    // from the event loop, never from inside this call.
    QTimer::singleShot(0, context ? context : this, [what, wait = *wait, done = std::move(done)] {
        done(Error{{}, tr("%1 not sent: the server asked to wait %2 s").arg(what).arg(wait), domain::errorcode::rateLimited});
    });
    return true;
}

void RestClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback<RestResponse> done)
{
    issue(Call{"GET", urlFor(path, query), {}, {}, false, false}, context, std::move(done));
}

void RestClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback<RestResponse> done)
{
    issue(Call{"POST", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, false, false}, context, std::move(done));
}

void RestClient::postAnonymously(const QString &path, const QJsonObject &body, QObject *context, Callback<RestResponse> done)
{
    issue(Call{"POST", urlFor(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, true, false}, context, std::move(done));
}

void RestClient::sendCommand(const domain::OperatorCommand &command, QObject *context, Callback<RestResponse> done)
{
    issue(Call{"POST", urlFor(command.path()), QJsonDocument(command.body).toJson(QJsonDocument::Compact), command.key, false, false},
          context, std::move(done));
}

void RestClient::issue(Call call, QObject *context, Callback<RestResponse> done)
{
    const QString what = call.what();
    if (holdBack(what, context, done))
        return;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QNetworkRequest request = makeRequest(call, requestId);
    QNetworkReply *reply = call.verb == "GET" ? m_network->get(request) : m_network->post(request, call.body);
    send(reply, std::move(call), requestId, context, std::move(done));
}

void RestClient::send(QNetworkReply *reply, Call call, const QString &requestId, QObject *context, Callback<RestResponse> done)
{
    const QString what = call.what();
    qCDebug(lcClientRest) << what << "request id" << requestId;
    emit requestStarted(what);
    // Parented to this client, so abortAll() finds it and it dies with us.
    reply->setParent(this);
    // Deleted even when the context is gone and the callback below never runs.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // Never ignored: unheeded, they abort the handshake before a byte of the request is sent.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty(kSslErrorsProperty, QVariant::fromValue(errors));
    });
    QObject *receiver = context ? context : this;
    connect(reply, &QNetworkReply::finished, receiver,
            [this, reply, call = std::move(call), receiver, requestId, done = std::move(done)]() mutable {
        const ReplyFacts facts = factsOf(reply, call, requestId);
        act(ReplyClassifier::classify(facts), facts, reply, std::move(call), receiver, std::move(done));
    });
}

ReplyFacts RestClient::factsOf(QNetworkReply *reply, const Call &call, const QString &requestId) const
{
    ReplyFacts facts;
    facts.what = call.what();
    const QByteArray echoed = reply->rawHeader(kRequestIdHeader);
    facts.requestId = echoed.isEmpty() ? requestId : QString::fromUtf8(echoed);
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.timeout = m_timeout;
    facts.tlsErrors = reply->property(kSslErrorsProperty).value<QList<QSslError>>();
    facts.transport = ReplyClassifier::transportFailure(reply->error(), facts.status, reply->property(kAbortedProperty).toBool());
    facts.transportText = reply->errorString();
    facts.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    facts.etag = reply->rawHeader(QByteArrayLiteral("ETag"));
    facts.body = reply->readAll();
    facts.conditional = reply->operation() == QNetworkAccessManager::GetOperation;
    facts.mayRenewToken = m_tokens && !call.renewed && !call.anonymous;
    facts.hasCachedAnswer = m_etags.lookup(reply->request().url().toString()).has_value();
    facts.now = QDateTime::currentDateTimeUtc();
    return facts;
}

void RestClient::act(const ReplyOutcome &outcome, const ReplyFacts &facts, QNetworkReply *reply, Call call, QObject *receiver,
                     Callback<RestResponse> done)
{
    using Kind = ReplyOutcome::Kind;
    const QString url = reply->request().url().toString();
    switch (outcome.kind) {
    case Kind::NotModified:
        done(RestResponse{facts.status, m_etags.lookup(url)->body, facts.requestId});
        return;
    case Kind::Json: {
        if (!outcome.etag.isEmpty() && call.cacheable)
            m_etags.remember(url, outcome.etag, outcome.body);
        RestResponse response{facts.status, outcome.body, facts.requestId};
        response.replayed = reply->rawHeader(QByteArrayLiteral("Idempotent-Replay")) == "true";
        done(std::move(response));
        return;
    }
    case Kind::RenewToken:
        qCInfo(lcClientRest) << facts.what << "needs a fresh access token";
        renewAndResend(std::move(call), receiver, std::move(done));
        return;
    case Kind::RateLimited:
        m_gate->hold(outcome.retryAfterSeconds, facts.now);
        emit throttled(outcome.retryAfterSeconds);
        break;
    case Kind::TransportError:
    case Kind::ErrorBody:
    case Kind::BadJson:
        break;
    }
    qCInfo(lcClientRest).noquote() << outcome.error.message;
    done(outcome.error);
}

void RestClient::renewAndResend(Call call, QObject *receiver, Callback<RestResponse> done)
{
    m_tokens->renewAccessToken(receiver, [this, call, receiver, done = std::move(done)](bool renewed) mutable {
        if (!renewed) {
            done(Error{{}, tr("%1 failed: signing in again is needed").arg(call.what()),
                       domain::errorcode::unauthenticated});
            return;
        }
        call.renewed = true;
        issue(std::move(call), receiver, std::move(done));
    });
}

void RestClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty(kAbortedProperty, true);
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

void RestClient::fetchHistory(const QDateTime &from, const QDateTime &to, domain::HistoryStep step, int limit, QObject *context,
                              Callback<domain::EnergyHistoryPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), domain::toIsoUtc(from));
    query.addQueryItem(QStringLiteral("to"), domain::toIsoUtc(to));
    query.addQueryItem(QStringLiteral("step"), domain::toString(step));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    Call call{"GET", urlFor(QStringLiteral("/energy/history"), query), {}, {}, false, false};
    call.cacheable = false;
    issue(std::move(call), context,
          then<domain::EnergyHistoryPage>(std::move(done), [](const QJsonObject &body) { return domain::EnergyHistoryPage::fromJson(body); }));
}

void RestClient::fetchAuditPage(qint64 after, int limit, QObject *context, Callback<domain::AuditPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    get(QStringLiteral("/audit"), query, context,
        then<domain::AuditPage>(std::move(done), [](const QJsonObject &body) { return domain::AuditPage::fromJson(body); }));
}

void RestClient::verifyAudit(QObject *context, Callback<domain::AuditVerification> done)
{
    get(QStringLiteral("/audit/verify"), {}, context,
        then<domain::AuditVerification>(std::move(done), [](const QJsonObject &body) { return domain::AuditVerification::fromJson(body); }));
}

} // namespace et::client
