// SPDX-License-Identifier: MIT
#include "http/apiresponse.h"

#include "backendlogging.h"
#include "domain/errorcode.h"

namespace et::backend {

ApiResponse ApiResponse::ok(QJsonObject body, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

ApiResponse ApiResponse::text(QByteArray body, QByteArray contentType)
{
    ApiResponse r;
    r.rawBody = std::move(body);
    r.rawContentType = std::move(contentType);
    return r;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return ok(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
              status);
}

ApiResponse ApiResponse::internal(const domain::Error &e)
{
    qCCritical(lcHttp).noquote() << "internal error:" << e.toString();
    return error(500, domain::errorcode::internal, QStringLiteral("the server failed to answer; see its log"));
}

} // namespace et::backend
