// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/useraccount.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace et::backend {

class Store;

/// A user row as the server keeps it: the account and its argon2id hash.
struct StoredUser
{
    domain::UserAccount account;
    QByteArray passwordHash;
};

/// A refresh token's row (found by the SHA-256 of the token) with its login.
struct RefreshRecord
{
    QString loginId;
    QString userId;
    qint64 expiresAt = 0;   ///< Unix ms
    bool used = false;
    bool loginRevoked = false;
};

/// The schema-3 account tables in the server's database: `users`, `logins` (one per sign-in: a
/// family of refresh tokens) and `refresh_tokens` (only SHA-256 hashes), plus the JWT signing
/// key in `meta`. Plain SQL; the rules live in AuthService. Emits loginsRevoked() so the
/// WebSocket hub can close the sockets of a login that ended.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStore(Store &store, QObject *parent = nullptr);

    /// The HS256 key: 32 random bytes made on first start and kept in meta.
    domain::Result<QByteArray> signingKey();

    domain::Result<domain::UserAccount> createUser(const QString &email, domain::UserRole role, const QByteArray &passwordHash);
    /// False when no user has that e-mail.
    domain::Result<bool> setPasswordHash(const QString &email, const QByteArray &passwordHash);
    domain::Result<std::optional<StoredUser>> userByEmail(const QString &email) const;
    domain::Result<std::optional<StoredUser>> userById(const QString &id) const;
    /// Every user ordered by e-mail, at most `limit`.
    domain::Result<QList<domain::UserAccount>> users(int limit) const;
    domain::Status updateUser(const QString &id, std::optional<domain::UserRole> role, std::optional<bool> disabled);

    /// A new login (refresh-token family) of `userId`; returns its id.
    domain::Result<QString> createLogin(const QString &userId);
    /// Stores the hash of a new refresh token of `loginId`, valid until `expiresAtMs`; marks
    /// `usedHash` (the token it replaces) used in the same transaction when given.
    domain::Status storeRefreshToken(const QString &loginId, const QByteArray &hash, qint64 expiresAtMs,
                                     const QByteArray &usedHash = {});
    domain::Result<std::optional<RefreshRecord>> refreshToken(const QByteArray &hash) const;
    /// True when the login ended (logout, reuse, disabled user) or does not exist.
    bool isLoginRevoked(const QString &loginId) const;
    domain::Status revokeLogin(const QString &loginId);
    domain::Status revokeLoginsOf(const QString &userId);

signals:
    /// Logins that just ended: their refresh tokens and WebSockets are done.
    void loginsRevoked(const QStringList &loginIds);
    /// A user's role changed: their WebSockets were let in under the old one.
    void roleChanged(const QString &userId);

private:
    /// Users matching an SQL tail (`WHERE ...`, `ORDER BY ...`) bound to `values`.
    domain::Result<QList<StoredUser>> usersWhere(const QString &condition, const QVariantList &values) const;
    domain::Result<std::optional<StoredUser>> userWhere(const QString &column, const QString &value) const;
    domain::Status revokeWhere(const QString &condition, const QString &value);

    Store &m_store;
};

} // namespace et::backend
