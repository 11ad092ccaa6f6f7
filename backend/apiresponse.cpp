// SPDX-License-Identifier: MIT
#include "apiresponse.h"

#include "backendlogging.h"

namespace et::backend {

ApiResponse ApiResponse::ok(QJsonObject body, int status)
{
    return ApiResponse{status, std::move(body), {}};
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return ApiResponse{status,
                       QJsonObject{{QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
                       {}};
}

ApiResponse ApiResponse::internal(const domain::Error &e)
{
    qCCritical(lcHttp).noquote() << "internal error:" << e.toString();
    return error(500, QStringLiteral("internal"), QStringLiteral("the server failed to answer; see its log"));
}

} // namespace et::backend
