// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "domain/result.h"
#include "domain/useraccount.h"

#include <QByteArray>

class QHttpServerRequest;

namespace et::backend {

class AccountStore;

/// Tokens and who holds them (docs/api.md "Accounts, tokens and roles"): issues an HS256 access
/// token and a one-use refresh token per login, rotates refresh tokens (a used one sent again
/// revokes its whole family: `token_reused`), ends logins, and turns a bearer token back into a
/// Principal — checking on every call that the user still exists, is not disabled, has the
/// token's role and that the token's login has not ended (else `invalid_token`).
class AuthService
{
public:
    static constexpr qint64 kDefaultAccessTtlSecs = 900;
    static constexpr qint64 kDefaultRefreshTtlSecs = 30LL * 86400;

    AuthService(AccountStore &accounts, QByteArray signingKey, qint64 accessTtlSecs, qint64 refreshTtlSecs);

    /// The `Authorization: Bearer` header's user; errors with code `unauthenticated` (no or
    /// malformed header), `invalid_token` or `token_expired`.
    domain::Result<Principal> authenticate(const QHttpServerRequest &request) const;
    /// The same for a bare access token (the WebSocket's `auth` message).
    domain::Result<Principal> authenticateToken(const QByteArray &token) const;

    /// A new login of `user` and its first token pair.
    domain::Result<domain::AuthTokens> startLogin(const domain::UserAccount &user);
    /// Uses up `refreshToken` and answers the next pair; errors with code `invalid_token`
    /// (unknown, expired, revoked, user gone or disabled) or `token_reused`.
    domain::Result<domain::AuthTokens> refresh(const QString &refreshToken);
    /// Ends the login of `refreshToken` (nothing when it is unknown).
    domain::Status logout(const QString &refreshToken);

private:
    domain::Result<domain::AuthTokens> issue(const domain::UserAccount &user, const QString &loginId, const QByteArray &usedHash = {});

    AccountStore &m_accounts;
    QByteArray m_key;
    qint64 m_accessTtl;
    qint64 m_refreshTtl;
};

} // namespace et::backend
