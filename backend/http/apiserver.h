// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "http/apiresponse.h"
#include "http/latencyhistogram.h"
#include "http/ratelimiter.h"
#include "domain/permissions.h"

#include <QAbstractHttpServer>
#include <QMap>
#include <QHttpServerRequest>
#include <QRegularExpression>

#include <functional>

namespace et::backend {

class AuditLog;

/// A request as a handler sees it: the raw Qt request, the path's captured parts, its id and,
/// on a route that needs a signed-in user, who that is (null on open routes).
struct ApiRequest
{
    const QHttpServerRequest &raw;
    QStringList captures;
    QString requestId;
    const Principal *principal = nullptr;
};

/// Who may use a route: anyone (health, ready, auth/*, /metrics), any signed-in user (users/me,
/// sync/changes) or a user whose role has a permission (domain::allows).
struct Access
{
    enum class Kind { Open, SignedIn, Permission };
    Kind kind = Kind::Open;
    domain::Permission permission = domain::Permission::ReadGrid;

    static Access open() { return {Kind::Open, {}}; }
    static Access signedIn() { return {Kind::SignedIn, {}}; }
    static Access needs(domain::Permission p) { return {Kind::Permission, p}; }
};

/// The HTTP side of the protocol, shared by every endpoint: routing by path and method (404 for
/// unknown paths, 405 with `Allow` for a wrong method), the body-size limit (413), the nesting
/// depth of JSON bodies (400 json_too_deep, checked before anything parses them), the request id
/// (`X-Request-ID`, the client's own or a new one), a per-client rate limit (429 + Retry-After),
/// ETag / If-None-Match (304) on GETs and JSON framing of every answer. Each route names its
/// Access; a request without a valid bearer token to a route that is not open is answered 401
/// (`WWW-Authenticate: Bearer`), one whose role lacks the permission 403 — before the handler,
/// so a refused command never reaches CommandGate. After the handler answered, every POST,
/// PATCH and DELETE is written to the audit trail (setAuditLog). WebSocket
/// upgrades on the WebSocket path are left to Qt, which hands them out through
/// newWebSocketConnection().
///
/// Handlers answer at once (no QFuture: Qt 6.4 crashes when a client leaves before a deferred
/// answer) — every handler here is a quick SQLite read.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    /// Who a request's `Authorization` header names; an error whose code is `unauthenticated`,
    /// `invalid_token` or `token_expired` otherwise.
    using Authenticator = std::function<domain::Result<Principal>(const QHttpServerRequest &)>;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit ApiServer(QObject *parent = nullptr);

    /// Adds `handler` for `method` on paths matching `pattern` (anchored; capture groups become
    /// ApiRequest::captures), for callers that `access` lets in.
    void route(const QString &pattern, QHttpServerRequest::Method method, Access access, Handler handler);
    /// Without one, every route that is not open answers 401.
    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    /// Where state-changing requests are recorded (none: not recorded).
    void setAuditLog(AuditLog *log) { m_audit = log; }
    /// Marks the WebSocket path: GETs with an Upgrade header there are not answered over HTTP.
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }
    /// Requests per second and client address before 429 (0: unlimited).
    void setRateLimit(double perSecond) { m_limiter = RateLimiter(perSecond); }
    /// How many answers went out with each status code since start (for /metrics).
    const QMap<int, quint64> &statusCounts() const { return m_statusCounts; }
    /// How long answering took, from the request to the written answer (for /metrics).
    const LatencyHistogram &latency() const { return m_latency; }
    /// "GET", "POST", ...
    static QString methodName(QHttpServerRequest::Method method);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Endpoint
    {
        QHttpServerRequest::Method method;
        Access access;
        Handler handler;
    };
    struct Route
    {
        QRegularExpression pattern;
        QList<Endpoint> endpoints;
    };

    /// The answer; `principal` is set when the request named a valid user (also on a 403).
    ApiResponse dispatch(const QHttpServerRequest &request, const QString &requestId, std::optional<Principal> &principal);
    /// 401/403 when `access` keeps the request out, else nothing (and `principal` filled).
    std::optional<ApiResponse> admit(const QHttpServerRequest &request, const Access &access, std::optional<Principal> &principal);
    void audit(const QHttpServerRequest &request, const QString &requestId, const std::optional<Principal> &principal,
               const ApiResponse &response);
    /// Frames and writes the answer (a 304 when If-None-Match names its ETag); returns the status sent.
    int send(const QHttpServerRequest &request, QTcpSocket *socket, ApiResponse response, const QString &requestId);
    static QString requestIdOf(const QHttpServerRequest &request);

    QList<Route> m_routes;
    Authenticator m_authenticator;
    AuditLog *m_audit = nullptr;
    QString m_webSocketPath;
    RateLimiter m_limiter;
    QMap<int, quint64> m_statusCounts;
    LatencyHistogram m_latency;
};

} // namespace et::backend
