// SPDX-License-Identifier: MIT
#pragma once

#include "accesstokensource.h"
#include "domain/auditentry.h"
#include "domain/center.h"
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/energyhistorypage.h"
#include "domain/operatorcommand.h"
#include "domain/result.h"
#include "etagcache.h"
#include "tlsconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace et::client {

class RetryAfterGate;
struct ReplyFacts;
struct ReplyOutcome;

/// One successful answer of the server: status (2xx, or 304 with the remembered body of an
/// unchanged resource), JSON body and the request id it carried.
struct RestResponse
{
    int status = 0;
    QJsonObject body;
    QString requestId;
    bool replayed = false; ///< Idempotent-Replay: the server answered a command it had already carried out
};

/// What GET /api/v1/health says about the server.
struct HealthInfo
{
    QString status;
    QString version;
    QDateTime time;
    QDateTime simTime;
    qint64 cursor = 0;
};

/// Asynchronous JSON client for the /api/v1 REST API. Every request carries a fresh
/// X-Request-ID (a UUID) and the console's User-Agent, and has a transfer timeout. Failures come
/// back as a domain::Error whose message says what was asked, what went wrong, the error code and
/// the request id — so a user can quote it and an operator can find it in the server log — and
/// whose `code` is the server's error code ("conflict", "cursor_expired"), "http_<status>" for an
/// answer without one, or "unreachable" / "timeout" / "aborted" / "rate_limited" when the server
/// gave no answer. It is a polite client: GETs send If-None-Match with the ETag of the last answer
/// for the same URL (a 304 gives that answer back), and after a 429 or 503 with Retry-After it
/// sends nothing until that time has passed (requests fail at once with "rate_limited").
/// Over HTTPS the server's certificate must verify against tlsConfig(); when it does not, the
/// request fails with code "tls_untrusted" (TlsConfig::untrustedError()) and nothing is sent.
/// Callbacks run on the context object's thread and are dropped if the context is destroyed.
///
/// What an answer means is decided by ReplyClassifier (pure); this class sends, keeps the ETag'd
/// answers (EtagCache), sends again after a token renewal, and holds back behind a
/// RetryAfterGate, which the clients of one signed-in session share (shareTransportWith()).
class RestClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(domain::Result<T>)>;

    /// Uses `network` if given (not owned), else owns one.
    explicit RestClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~RestClient() override;

    /// From now on sends through `session`'s network manager and waits behind its Retry-After
    /// gate: the clients of one signed-in session (the sign-in, the sync engine's) share one
    /// connection pool, and a wait the server asks of one holds for all. A manager `session`
    /// owns lives as long as either client. Call it before the first request.
    void shareTransportWith(const RestClient &session);
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void setBaseUrl(const QUrl &url); ///< e.g. http://127.0.0.1:8080 (the /api/v1 is added here)
    QUrl baseUrl() const;
    void setTimeout(std::chrono::milliseconds timeout);
    /// Sends its access token on every request (but postAnonymously's); an answer `401
    /// token_expired` makes it renew the token and send the request once more. Not owned.
    void setAccessTokenSource(AccessTokenSource *source);
    /// The CAs trusted for https:// (default: the system's). Set it before the first request:
    /// the network manager reuses open connections to the same host.
    void setTlsConfig(const TlsConfig &tls);
    const TlsConfig &tlsConfig() const { return m_tls; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback<RestResponse> done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback<RestResponse> done);
    /// POST without the access token (signing in, refreshing, signing out).
    void postAnonymously(const QString &path, const QJsonObject &body, QObject *context, Callback<RestResponse> done);
    /// POSTs an operator command with its Idempotency-Key.
    void sendCommand(const domain::OperatorCommand &command, QObject *context, Callback<RestResponse> done);
    /// Until when the server asked us (or a client sharing our transport) to send nothing
    /// (invalid when it did not).
    QDateTime notBefore() const;

    void fetchHealth(QObject *context, Callback<HealthInfo> done);
    void fetchChanges(qint64 since, int limit, QObject *context, Callback<domain::ChangeBatch> done);
    void registerDisaster(const domain::Disaster &disaster, QObject *context, Callback<domain::Disaster> done);
    /// GET /centers with the given lat/lon/radius_km/q/category parameters.
    void searchCenters(const QUrlQuery &query, QObject *context, Callback<QList<domain::Center>> done);
    /// GET /energy/history?from=&to=&step=[&limit=]: one page of the energy history, at most
    /// `limit` points (0: the server's most), decoded and checked (EnergyHistoryPage::fromJson).
    /// HistoryFill pages through it. Pages are not kept for If-None-Match: a fill never asks for
    /// the same range twice, and they are large.
    void fetchHistory(const QDateTime &from, const QDateTime &to, domain::HistoryStep step, int limit, QObject *context,
                      Callback<domain::EnergyHistoryPage> done);
    /// GET /audit?after=&limit= (admins): one page of the audit trail, oldest first. AuditReader
    /// pages through it.
    void fetchAuditPage(qint64 after, int limit, QObject *context, Callback<domain::AuditPage> done);
    /// GET /audit/verify (admins): whether the server finds the audit trail's hash chain intact.
    void verifyAudit(QObject *context, Callback<domain::AuditVerification> done);

    /// Aborts every request in flight; their callbacks get an "aborted" error.
    void abortAll();

    static QString userAgent();

signals:
    /// Every request as it leaves ("GET /api/v1/health"), for diagnostics and for proving that an
    /// idle client asks nothing.
    void requestStarted(const QString &what);
    /// A 429/503 with Retry-After: nothing is sent for `seconds`.
    void throttled(int seconds);

private:
    /// One request as it can be sent again (after a token renewal).
    struct Call
    {
        QByteArray verb; ///< "GET" or "POST"
        QUrl url;
        QByteArray body;
        QString idempotencyKey;
        bool anonymous = false; ///< no Authorization header
        bool renewed = false;   ///< already sent again after a renewal
        bool cacheable = true;  ///< a GET whose answer is kept for If-None-Match

        /// "GET /api/v1/health": how messages and the log name it.
        QString what() const { return QString::fromLatin1(verb) + u' ' + url.path(); }
    };

    void issue(Call call, QObject *context, Callback<RestResponse> done);
    void send(QNetworkReply *reply, Call call, const QString &requestId, QObject *context, Callback<RestResponse> done);
    /// The plain facts of a finished reply, for ReplyClassifier.
    ReplyFacts factsOf(QNetworkReply *reply, const Call &call, const QString &requestId) const;
    /// Does what the classifier decided.
    void act(const ReplyOutcome &outcome, const ReplyFacts &facts, QNetworkReply *reply, Call call, QObject *receiver,
             Callback<RestResponse> done);
    /// Renews the access token, then sends `call` once more.
    void renewAndResend(Call call, QObject *receiver, Callback<RestResponse> done);
    /// True (and `done` scheduled with a rate_limited error) while the server asked us to wait.
    bool holdBack(const QString &what, QObject *context, Callback<RestResponse> &done);
    QNetworkRequest makeRequest(const Call &call, const QString &requestId) const;
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    std::shared_ptr<QNetworkAccessManager> m_ownedNetwork; ///< shared with the clients that share our transport
    QNetworkAccessManager *m_network;
    std::shared_ptr<RetryAfterGate> m_gate;
    AccessTokenSource *m_tokens = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{10000};
    TlsConfig m_tls;
    EtagCache m_etags;
};

} // namespace et::client
