// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/errorcode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace et::backend {

/// Whom the audit trail names for a request that carries no access token: the account of a
/// sign-in (or the e-mail as typed, for a failed one).
struct AuditSubject
{
    QString userId;
    QString email;
    QString role;
};

/// What a REST handler answers: a status code and a JSON object. Errors use the contract's shape
/// `{"error":{"code","message","request_id"}}`; the server fills in the request id when sending.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// When set, sent as is instead of `body` (e.g. Prometheus text), with this content type.
    QByteArray rawBody;
    QByteArray rawContentType;
    /// For the audit trail: who (when not the bearer's user) and what happened (when more is to
    /// be said than the status and the error code or id, e.g. "signed in").
    std::optional<AuditSubject> auditSubject;
    QString auditResult;

    static ApiResponse text(QByteArray body, QByteArray contentType);

    static ApiResponse ok(QJsonObject body, int status = 200);
    static ApiResponse error(int status, const QString &code, const QString &message);

    static ApiResponse badRequest(const QString &message) { return error(400, QStringLiteral("bad_request"), message); }
    static ApiResponse invalidJson(const QString &message) { return error(400, QStringLiteral("invalid_json"), message); }
    /// 422 with the message of a domain error, which names the offending field.
    static ApiResponse validationFailed(const domain::Error &e) { return error(422, QStringLiteral("validation_failed"), e.toString()); }
    static ApiResponse notFound(const QString &message) { return error(404, domain::errorcode::notFound, message); }
    /// 409: the command cannot apply to the current state.
    static ApiResponse conflict(const QString &message) { return error(409, domain::errorcode::conflict, message); }
    /// 500 for a server-side fault; the details go to the log, not to the client.
    static ApiResponse internal(const domain::Error &e);

    bool isError() const { return body.contains(QStringLiteral("error")); }
};

} // namespace et::backend
