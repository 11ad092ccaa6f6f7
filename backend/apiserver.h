// SPDX-License-Identifier: MIT
#pragma once

#include "apiresponse.h"
#include "latencyhistogram.h"
#include "ratelimiter.h"

#include <QAbstractHttpServer>
#include <QMap>
#include <QHttpServerRequest>
#include <QRegularExpression>

#include <functional>

namespace et::backend {

/// A request as a handler sees it: the raw Qt request, the path's captured parts and its id.
struct ApiRequest
{
    const QHttpServerRequest &raw;
    QStringList captures;
    QString requestId;
};

/// The HTTP side of the protocol, shared by every endpoint: routing by path and method (404 for
/// unknown paths, 405 with `Allow` for a wrong method), the body-size limit (413), the nesting
/// depth of JSON bodies (400 json_too_deep, checked before anything parses them), the request id
/// (`X-Request-ID`, the client's own or a new one), a per-client rate limit (429 + Retry-After),
/// ETag / If-None-Match (304) on GETs and JSON framing of every answer. WebSocket
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
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit ApiServer(QObject *parent = nullptr);

    /// Adds `handler` for `method` on paths matching `pattern` (anchored; capture groups become
    /// ApiRequest::captures).
    void route(const QString &pattern, QHttpServerRequest::Method method, Handler handler);
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
    struct Route
    {
        QRegularExpression pattern;
        QList<QPair<QHttpServerRequest::Method, Handler>> handlers;
    };

    ApiResponse dispatch(const QHttpServerRequest &request, const QString &requestId);
    /// Frames and writes the answer (a 304 when If-None-Match names its ETag); returns the status sent.
    int send(const QHttpServerRequest &request, QTcpSocket *socket, ApiResponse response, const QString &requestId);
    static QString requestIdOf(const QHttpServerRequest &request);

    QList<Route> m_routes;
    QString m_webSocketPath;
    RateLimiter m_limiter;
    QMap<int, quint64> m_statusCounts;
    LatencyHistogram m_latency;
};

} // namespace et::backend
