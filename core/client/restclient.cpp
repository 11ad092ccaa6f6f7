// SPDX-License-Identifier: MIT
#include "restclient.h"

#include "clientlogging.h"
#include "domain/errorcode.h"

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
namespace errorcode = domain::errorcode;

namespace {

const QByteArray kRequestIdHeader = QByteArrayLiteral("X-Request-ID");

/// Where send() keeps a reply's certificate errors until it finishes.
const char *const kSslErrorsProperty = "et_ssl_errors";

const QByteArray kIdempotencyHeader = QByteArrayLiteral("Idempotency-Key");
/// Answers kept for If-None-Match; a console asks a handful of distinct URLs.
constexpr qsizetype kMaxCachedAnswers = 64;
/// A Retry-After beyond this is treated as this: a confused proxy must not silence a console for a day.
constexpr int kMaxRetryAfterSeconds = 300;

/// The server's error code and message from `{"error":{"code","message","request_id"}}`; for
/// anything else (a proxy's page) the code is "http_<status>" and the message the body's start.
std::pair<QString, QString> errorOf(const QByteArray &body, int status)
{
    const auto parsed = domain::parseJsonObject(body);
    if (parsed.ok()) {
        const QJsonObject error = parsed.value().value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        if (!code.isEmpty() || !message.isEmpty())
            return {code.isEmpty() ? errorcode::http(status) : code, message.isEmpty() ? code : message};
    }
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return {errorcode::http(status),
            text.isEmpty() ? QCoreApplication::translate("et::client::RestClient", "no details") : text};
}

/// Retry-After in seconds (RFC 9110: delay-seconds or an HTTP date), or nothing.
std::optional<int> retryAfterSeconds(const QByteArray &value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::clamp(seconds, 0, kMaxRetryAfterSeconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::clamp(int(QDateTime::currentDateTimeUtc().secsTo(at)), 0, kMaxRetryAfterSeconds);
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
            done(Error{{}, QCoreApplication::translate("et::client::RestClient", "unexpected answer from the server (request id %1): %2")
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
    if (call.verb == "GET") {
        if (const auto it = m_answers.constFind(call.url.toString()); it != m_answers.cend())
            request.setRawHeader(QByteArrayLiteral("If-None-Match"), it->etag);
    }
    return request;
}

bool RestClient::holdBack(const QString &what, QObject *context, Callback<RestResponse> &done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_notBefore.isValid() || m_notBefore <= now)
        return false;
    // Asked to wait (429/503 with Retry-After): the request is not sent at all. The answer comes
    // from the event loop, never from inside this call.
    const qint64 wait = std::max<qint64>(1, (now.msecsTo(m_notBefore) + 999) / 1000);
    QTimer::singleShot(0, context ? context : this, [what, wait, done = std::move(done)] {
        done(Error{{}, tr("%1 not sent: the server asked to wait %2 s").arg(what).arg(wait), errorcode::rateLimited});
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
    const QString what = QString::fromLatin1(call.verb) + u' ' + call.url.path();
    if (holdBack(what, context, done))
        return;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QNetworkRequest request = makeRequest(call, requestId);
    QNetworkReply *reply = call.verb == "GET" ? m_network->get(request) : m_network->post(request, call.body);
    send(reply, std::move(call), what, requestId, context, std::move(done));
}

void RestClient::remember(const QString &url, const QByteArray &etag, const QByteArray &body)
{
    if (!m_answers.contains(url)) {
        m_answerOrder.append(url);
        while (m_answerOrder.size() > kMaxCachedAnswers)
            m_answers.remove(m_answerOrder.takeFirst());
    }
    m_answers.insert(url, {etag, body});
}

void RestClient::send(QNetworkReply *reply, Call call, const QString &what, const QString &requestId, QObject *context,
                      Callback<RestResponse> done)
{
    qCDebug(lcClientRest) << what << "request id" << requestId;
    emit requestStarted(what);
    // Parented to this client, so abortAll() finds it and it dies with us.
    reply->setParent(this);
    const int timeoutMs = int(m_timeout.count());
    // Deleted even when the context is gone and the callback below never runs.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // Never ignored: unheeded, they abort the handshake before a byte of the request is sent.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty(kSslErrorsProperty, QVariant::fromValue(errors));
    });
    QObject *receiver = context ? context : this;
    connect(reply, &QNetworkReply::finished, receiver,
            [this, reply, call = std::move(call), receiver, what, requestId, timeoutMs, done = std::move(done)]() mutable {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->readAll();
        const QByteArray echoed = reply->rawHeader(kRequestIdHeader);
        const QString id = echoed.isEmpty() ? requestId : QString::fromUtf8(echoed);
        const QString url = reply->request().url().toString();
        if (status == 0) {
            // No HTTP answer at all: refused, reset, timed out or aborted.
            QString why = reply->errorString();
            QString code = errorcode::unreachable;
            if (const auto sslErrors = reply->property(kSslErrorsProperty).value<QList<QSslError>>(); !sslErrors.isEmpty()) {
                const Error untrusted = TlsConfig::untrustedError(sslErrors);
                why = untrusted.message;
                code = untrusted.code;
            } else if (reply->error() == QNetworkReply::OperationCanceledError && reply->property("et_aborted").toBool()) {
                why = tr("aborted");
                code = errorcode::aborted;
            } else if (reply->error() == QNetworkReply::OperationCanceledError) {
                why = tr("no answer within %1 s").arg(timeoutMs / 1000.0);
                code = errorcode::timeout;
            }
            qCInfo(lcClientRest) << what << "failed:" << why;
            done(Error{{}, tr("%1 failed: %2").arg(what, why), code});
            return;
        }
        // An answer whose connection broke half way has a status but not all of its body.
        if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
            qCInfo(lcClientRest) << what << "broke off:" << reply->errorString();
            done(Error{{}, tr("%1 failed: the answer broke off (%2)").arg(what, reply->errorString()), errorcode::unreachable});
            return;
        }
        if (status == 304 && m_answers.contains(url)) {
            body = m_answers.value(url).body;
        } else if (status == 429 || status == 503) {
            if (const auto wait = retryAfterSeconds(reply->rawHeader(QByteArrayLiteral("Retry-After")))) {
                m_notBefore = QDateTime::currentDateTimeUtc().addSecs(*wait);
                emit throttled(*wait);
            }
        }
        if (status != 304 && (status < 200 || status >= 300)) {
            const auto [code, message] = errorOf(body, status);
            // An expired access token is renewed once and the request sent again, so callers
            // never see the expiry of a token they did not choose to keep. "unauthenticated" is
            // renewed too: a login resumed offline has no access token until a refresh works; and
            // "invalid_token", which a role change makes of the old token (the refresh tells
            // whether the login itself is over).
            if (status == 401 && errorcode::renewsToken(code) && m_tokens && !call.renewed && !call.anonymous) {
                qCInfo(lcClientRest) << what << "needs a fresh access token";
                m_tokens->renewAccessToken(receiver, [this, call, receiver, done = std::move(done)](bool renewed) mutable {
                    if (!renewed) {
                        done(Error{{}, tr("%1 failed: signing in again is needed").arg(QString::fromLatin1(call.verb) + u' ' + call.url.path()),
                                   errorcode::unauthenticated});
                        return;
                    }
                    call.renewed = true;
                    issue(std::move(call), receiver, std::move(done));
                });
                return;
            }
            // A code of our own making ("http_502") says nothing the status does not.
            const QString detail = errorcode::isHttpStatus(code) ? message : code + QStringLiteral(": ") + message;
            const QString text = tr("%1 failed: HTTP %2 %3 (request id %4)").arg(what).arg(status).arg(detail, id);
            qCInfo(lcClientRest) << text;
            done(Error{{}, text, code});
            return;
        }
        auto parsed = domain::parseJsonObject(body);
        if (!parsed.ok()) {
            done(Error{{}, tr("%1: the server's answer is not valid JSON (request id %2): %3")
                               .arg(what, id, parsed.error().toString()), errorcode::badAnswer});
            return;
        }
        const QByteArray etag = reply->rawHeader(QByteArrayLiteral("ETag"));
        if (status == 200 && !etag.isEmpty() && reply->operation() == QNetworkAccessManager::GetOperation)
            remember(url, etag, body);
        RestResponse response{status, std::move(parsed).value(), id};
        response.replayed = reply->rawHeader(QByteArrayLiteral("Idempotent-Replay")) == "true";
        done(std::move(response));
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
