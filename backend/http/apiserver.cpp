// SPDX-License-Identifier: MIT
#include "http/apiserver.h"

#include "backendlogging.h"
#include "http/jsondepth.h"
#include "http/jsonloghandler.h"
#include "store/auditlog.h"
#include "domain/errorcode.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUuid>

namespace et::backend {

QString ApiServer::methodName(QHttpServerRequest::Method m)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m))).toUpper();
}

ApiServer::ApiServer(QObject *parent) : QAbstractHttpServer(parent) {}

void ApiServer::route(const QString &pattern, QHttpServerRequest::Method method, Access access, Handler handler)
{
    const QString anchored = QRegularExpression::anchoredPattern(pattern);
    for (Route &r : m_routes) {
        if (r.pattern.pattern() == anchored) {
            r.endpoints.append({method, access, std::move(handler)});
            return;
        }
    }
    m_routes.append(Route{QRegularExpression(anchored), {{method, access, std::move(handler)}}});
}

QString ApiServer::requestIdOf(const QHttpServerRequest &request)
{
    // Echo the client's id when it is a sane token, so its logs and ours line up; anything odd
    // (too long, control characters) is replaced, since it ends up in our logs and headers.
    const QByteArray given = request.value("x-request-id").trimmed();
    bool sane = !given.isEmpty() && given.size() <= 128;
    for (char c : given)
        sane = sane && c > 0x20 && c < 0x7f;
    return sane ? QString::fromLatin1(given) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // An upgrade on the WebSocket path is Qt's to finish; writing anything would refuse it.
    if (!m_webSocketPath.isEmpty() && request.url().path() == m_webSocketPath && !request.value("upgrade").isEmpty())
        return true;
    QElapsedTimer timer;
    timer.start();
    const QString requestId = requestIdOf(request);
    JsonLogHandler::RequestScope scope(requestId);
    std::optional<Principal> principal;
    ApiResponse response = dispatch(request, requestId, principal);
    audit(request, requestId, principal, response);
    const int status = send(request, socket, std::move(response), requestId);
    m_latency.observe(timer.nsecsElapsed() / 1e9);
    qCInfo(lcHttp).noquote() << methodName(request.method()) << request.url().path(QUrl::FullyEncoded) << status
                             << QStringLiteral("%1ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString requestId = requestIdOf(request);
    send(request, socket, ApiResponse::notFound(QStringLiteral("no such path")), requestId);
}

std::optional<ApiResponse> ApiServer::admit(const QHttpServerRequest &request, const Access &access, std::optional<Principal> &principal)
{
    if (access.kind == Access::Kind::Open)
        return std::nullopt;
    auto who = m_authenticator ? m_authenticator(request)
                               : domain::Result<Principal>(domain::Error{{}, QStringLiteral("sign-in is not available"), domain::errorcode::unauthenticated});
    if (!who.ok()) {
        ApiResponse r = ApiResponse::error(401, who.error().code, who.error().message);
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return r;
    }
    principal = who.value();
    if (access.kind == Access::Kind::Permission && !domain::allows(principal->user.role, access.permission))
        return ApiResponse::error(403, domain::errorcode::forbidden,
                                  QStringLiteral("the %1 role does not have the %2 permission")
                                      .arg(domain::toString(principal->user.role), domain::toString(access.permission)));
    return std::nullopt;
}

ApiResponse ApiServer::dispatch(const QHttpServerRequest &request, const QString &requestId, std::optional<Principal> &principal)
{
    if (const int wait = m_limiter.acquire(request.remoteAddress()); wait > 0) {
        ApiResponse r = ApiResponse::error(429, domain::errorcode::rateLimited,
                                           QStringLiteral("too many requests from this address; retry in %1 s").arg(wait));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return r;
    }
    const QString path = request.url().path();
    for (const Route &route : std::as_const(m_routes)) {
        const auto match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (request.body().size() > kMaxBodyBytes)
            return ApiResponse::error(413, QStringLiteral("payload_too_large"),
                                      QStringLiteral("the body has %1 bytes; the limit is %2").arg(request.body().size()).arg(kMaxBodyBytes));
        // Before any handler parses it: deep nesting is how a small body makes a parser recurse.
        if (const int depth = JsonDepth::of(request.body()); depth > JsonDepth::kLimit)
            return ApiResponse::error(400, QStringLiteral("json_too_deep"),
                                      QStringLiteral("the body nests %1 levels deep; the limit is %2").arg(depth).arg(JsonDepth::kLimit));
        QStringList allowed;
        for (const Endpoint &endpoint : route.endpoints) {
            if (endpoint.method == request.method()) {
                if (auto refusal = admit(request, endpoint.access, principal))
                    return *refusal;
                QStringList captures = match.capturedTexts();
                captures.removeFirst();
                return endpoint.handler(ApiRequest{request, captures, requestId, principal ? &*principal : nullptr});
            }
            allowed << methodName(endpoint.method);
        }
        ApiResponse r = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("%1 is not allowed on %2 (allowed: %3)").arg(methodName(request.method()), path, allowed.join(u", ")));
        r.headers.append({QByteArrayLiteral("Allow"), allowed.join(u", ").toLatin1()});
        return r;
    }
    return ApiResponse::notFound(QStringLiteral("no such path: %1").arg(path));
}

void ApiServer::audit(const QHttpServerRequest &request, const QString &requestId, const std::optional<Principal> &principal,
                      const ApiResponse &response)
{
    using M = QHttpServerRequest::Method;
    if (!m_audit || !(request.method() == M::Post || request.method() == M::Patch || request.method() == M::Delete))
        return;
    AuditEntry e;
    if (response.auditSubject) {
        e.userId = response.auditSubject->userId;
        e.email = response.auditSubject->email;
        e.role = response.auditSubject->role;
    } else if (principal) {
        e.userId = principal->user.id;
        e.email = principal->user.email;
        e.role = domain::toString(principal->user.role);
    }
    e.method = methodName(request.method());
    e.path = request.url().path();
    e.requestId = requestId;
    e.status = response.status;
    e.result = response.auditResult.isEmpty() ? AuditLog::resultOf(response) : response.auditResult;
    if (auto s = m_audit->append(e); !s.ok())
        qCCritical(lcHttp).noquote() << "could not write the audit trail:" << s.error().toString();
}

int ApiServer::send(const QHttpServerRequest &request, QTcpSocket *socket, ApiResponse response, const QString &requestId)
{
    if (response.isError()) {
        QJsonObject error = response.body.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("request_id"), requestId);
        response.body.insert(QStringLiteral("error"), error);
    }
    const bool raw = !response.rawContentType.isEmpty();
    int status = response.status;
    QByteArray body = status == 204 ? QByteArray()
                      : raw         ? response.rawBody
                                    : QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    // A content hash as ETag lets a console ask "changed?" for the price of a 304 with no body.
    QByteArray etag;
    if (request.method() == QHttpServerRequest::Method::Get && status == 200) {
        etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
        const QList<QByteArray> wanted = request.value("if-none-match").split(',');
        for (const QByteArray &candidate : wanted) {
            const QByteArray tag = candidate.trimmed();
            if (tag == etag || tag == "W/" + etag || tag == "*") {
                status = 304;
                body.clear();
                break;
            }
        }
    }
    QHttpServerResponse out(raw ? response.rawContentType : QByteArrayLiteral("application/json"), body,
                            static_cast<QHttpServerResponse::StatusCode>(status));
    ++m_statusCounts[status];
    out.addHeader(QByteArrayLiteral("X-Request-ID"), requestId.toLatin1());
    if (!etag.isEmpty())
        out.addHeader(QByteArrayLiteral("ETag"), etag);
    for (const auto &[name, value] : std::as_const(response.headers))
        out.addHeader(name, value);
    out.write(makeResponder(request, socket));
    return status;
}

} // namespace et::backend
