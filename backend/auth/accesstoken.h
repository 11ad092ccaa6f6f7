// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/useraccount.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace et::backend {

/// The claims of an access token: a JWT (RFC 7519) signed with HS256 under the server's key,
/// base64url without padding. `sub` user id, `role`, `iat` and `exp` (Unix seconds), `sid` the
/// login (refresh-token family) it belongs to, `jti` a random id.
struct AccessToken
{
    QString userId;
    domain::UserRole role = domain::UserRole::Viewer;
    QString loginId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;

    /// The signed token.
    QByteArray sign(const QByteArray &key) const;
    /// Checks the form, `alg` (HS256 only), the signature (constant time) and then the expiry
    /// against `now` (Unix seconds). Errors carry the code the API answers with:
    /// `invalid_token` or `token_expired`.
    static domain::Result<AccessToken> verify(const QByteArray &token, const QByteArray &key, qint64 now);
};

} // namespace et::backend
