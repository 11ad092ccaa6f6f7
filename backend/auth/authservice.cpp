// SPDX-License-Identifier: MIT
#include "auth/authservice.h"

#include "auth/accesstoken.h"
#include "auth/accountstore.h"
#include "auth/secrets.h"
#include "backendlogging.h"
#include "domain/errorcode.h"

#include <QDateTime>
#include <QHttpServerRequest>

namespace et::backend {

using domain::AuthTokens;
using domain::Error;
using domain::Ok;
using domain::Result;
using domain::Status;
using domain::UserAccount;

namespace {
const QByteArray kRefreshPrefix = QByteArrayLiteral("rt1.");

Error invalidToken(const QString &message)
{
    return Error{{}, message, domain::errorcode::invalidToken};
}

QByteArray refreshHash(const QString &token)
{
    return Secrets::sha256Hex(token.toUtf8());
}
} // namespace

AuthService::AuthService(AccountStore &accounts, QByteArray signingKey, qint64 accessTtlSecs, qint64 refreshTtlSecs)
    : m_accounts(accounts), m_key(std::move(signingKey)), m_accessTtl(accessTtlSecs), m_refreshTtl(refreshTtlSecs)
{
}

Result<Principal> AuthService::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (header.isEmpty() || space < 0 || header.left(space).toLower() != "bearer" || header.mid(space + 1).trimmed().isEmpty())
        return Error{{}, QStringLiteral("this endpoint needs Authorization: Bearer <access token>"), domain::errorcode::unauthenticated};
    return authenticateToken(header.mid(space + 1).trimmed());
}

Result<Principal> AuthService::authenticateToken(const QByteArray &token) const
{
    auto claims = AccessToken::verify(token, m_key, QDateTime::currentSecsSinceEpoch());
    if (!claims.ok())
        return claims.error();
    auto user = m_accounts.userById(claims.value().userId);
    if (!user.ok())
        return invalidToken(QStringLiteral("the token's user could not be read"));
    if (!user.value() || user.value()->account.disabled || user.value()->account.role != claims.value().role)
        return invalidToken(QStringLiteral("the token's user no longer exists, is disabled or has another role; sign in again"));
    if (m_accounts.isLoginRevoked(claims.value().loginId))
        return invalidToken(QStringLiteral("the token's login has ended; sign in again"));
    return Principal{user.value()->account, claims.value().loginId};
}

Result<AuthTokens> AuthService::startLogin(const UserAccount &user)
{
    auto login = m_accounts.createLogin(user.id);
    if (!login.ok())
        return login.error();
    return issue(user, login.value());
}

Result<AuthTokens> AuthService::issue(const UserAccount &user, const QString &loginId, const QByteArray &usedHash)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    AccessToken access{user.id, user.role, loginId, now, now + m_accessTtl};
    const QString refresh = QString::fromLatin1(
        kRefreshPrefix + Secrets::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (auto s = m_accounts.storeRefreshToken(loginId, refreshHash(refresh), (now + m_refreshTtl) * 1000, usedHash); !s.ok())
        return s.error();
    AuthTokens tokens;
    tokens.accessToken = QString::fromLatin1(access.sign(m_key));
    tokens.refreshToken = refresh;
    tokens.expiresIn = int(m_accessTtl);
    tokens.user = user;
    return tokens;
}

Result<AuthTokens> AuthService::refresh(const QString &refreshToken)
{
    const QByteArray hash = refreshHash(refreshToken);
    auto record = m_accounts.refreshToken(hash);
    if (!record.ok())
        return record.error();
    if (!record.value())
        return invalidToken(QStringLiteral("unknown refresh token; sign in again"));
    const RefreshRecord &r = *record.value();
    if (r.loginRevoked)
        return invalidToken(QStringLiteral("this login has ended; sign in again"));
    if (r.used) {
        // A used token coming back means someone else has a copy: end the whole family.
        qCWarning(lcServer).noquote() << "refresh token reused; revoking login" << r.loginId;
        if (auto s = m_accounts.revokeLogin(r.loginId); !s.ok())
            return s.error();
        return Error{{}, QStringLiteral("this refresh token was already used; the login has been revoked, sign in again"),
                     domain::errorcode::tokenReused};
    }
    if (r.expiresAt <= QDateTime::currentMSecsSinceEpoch())
        return invalidToken(QStringLiteral("the refresh token has expired; sign in again"));
    auto user = m_accounts.userById(r.userId);
    if (!user.ok())
        return user.error();
    if (!user.value() || user.value()->account.disabled)
        return invalidToken(QStringLiteral("the account is not available; sign in again"));
    return issue(user.value()->account, r.loginId, hash);
}

Status AuthService::logout(const QString &refreshToken)
{
    auto record = m_accounts.refreshToken(refreshHash(refreshToken));
    if (!record.ok())
        return record.error();
    if (!record.value())
        return Ok{};
    return m_accounts.revokeLogin(record.value()->loginId);
}

} // namespace et::backend
