// SPDX-License-Identifier: MIT
#include "errorcode.h"

namespace et::domain::errorcode {

namespace {
const QString kHttpPrefix = QStringLiteral("http_");
} // namespace

QString http(int status)
{
    return kHttpPrefix + QString::number(status);
}

bool isHttpStatus(QStringView code)
{
    return code.startsWith(kHttpPrefix);
}

bool renewsToken(QStringView code)
{
    return code == tokenExpired || code == invalidToken || code == unauthenticated;
}

bool endsLogin(QStringView code)
{
    // An expired refresh token is answered with invalid_token; token_expired is about access
    // tokens only, which a refresh replaces.
    return code == invalidToken || code == tokenReused || code == unauthenticated || code == invalidCredentials;
}

} // namespace et::domain::errorcode
