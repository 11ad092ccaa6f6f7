// SPDX-License-Identifier: MIT
#include "auth/accountstore.h"

#include "auth/secrets.h"
#include "backendlogging.h"
#include "store/store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace et::backend {

using domain::Error;
using domain::Ok;
using domain::Result;
using domain::Status;
using domain::UserAccount;
using domain::UserRole;

namespace {
const QString kSigningKey = QStringLiteral("jwt_signing_key");

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{{}, QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

QString newId(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Runs `q` bound to `values`; the error names `what`.
Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(what, q);
    return Ok{};
}
} // namespace

AccountStore::AccountStore(Store &store, QObject *parent) : QObject(parent), m_store(store) {}

Result<QByteArray> AccountStore::signingKey()
{
    if (const auto stored = m_store.meta(kSigningKey)) {
        const QByteArray key = QByteArray::fromHex(stored->toLatin1());
        if (key.size() == 32)
            return key;
        return Error{{}, QStringLiteral("the stored signing key is damaged")};
    }
    const QByteArray key = Secrets::randomBytes(32);
    if (auto s = m_store.setMeta(kSigningKey, QString::fromLatin1(key.toHex())); !s.ok())
        return s.error();
    qCInfo(lcServer).noquote() << "made a new access-token signing key";
    return key;
}

Result<UserAccount> AccountStore::createUser(const QString &email, UserRole role, const QByteArray &passwordHash)
{
    UserAccount u;
    u.id = newId(QStringLiteral("usr-"));
    u.email = email;
    u.role = role;
    u.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    QSqlQuery q(m_store.database());
    if (auto s = exec(q, QStringLiteral("INSERT INTO users(id, email, role, password_hash, disabled, created_at) VALUES(?, ?, ?, ?, 0, ?)"),
                      {u.id, email, domain::toString(role), QString::fromLatin1(passwordHash), domain::toIsoUtc(u.createdAt)},
                      QStringLiteral("creating user"));
        !s.ok())
        return s.error();
    return u;
}

Result<bool> AccountStore::setPasswordHash(const QString &email, const QByteArray &passwordHash)
{
    QSqlQuery q(m_store.database());
    if (auto s = exec(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE email = ?"), {QString::fromLatin1(passwordHash), email},
                      QStringLiteral("setting a password"));
        !s.ok())
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<QList<StoredUser>> AccountStore::usersWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (auto s = exec(q, QStringLiteral("SELECT id, email, role, password_hash, disabled, created_at FROM users ") + condition, values,
                      QStringLiteral("reading users"));
        !s.ok())
        return s.error();
    QList<StoredUser> out;
    while (q.next()) {
        StoredUser u;
        u.account.id = q.value(0).toString();
        u.account.email = q.value(1).toString();
        u.account.role = domain::userRoleFromString(q.value(2).toString()).value_or(UserRole::Viewer);
        u.passwordHash = q.value(3).toString().toLatin1();
        u.account.disabled = q.value(4).toInt() != 0;
        u.account.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out << u;
    }
    return out;
}

Result<std::optional<StoredUser>> AccountStore::userWhere(const QString &column, const QString &value) const
{
    auto found = usersWhere(QStringLiteral("WHERE %1 = ?").arg(column), {value});
    if (!found.ok())
        return found.error();
    return found.value().isEmpty() ? std::optional<StoredUser>{} : std::optional<StoredUser>(found.value().first());
}

Result<std::optional<StoredUser>> AccountStore::userByEmail(const QString &email) const
{
    return userWhere(QStringLiteral("email"), email);
}

Result<std::optional<StoredUser>> AccountStore::userById(const QString &id) const
{
    return userWhere(QStringLiteral("id"), id);
}

Result<QList<UserAccount>> AccountStore::users(int limit) const
{
    auto found = usersWhere(QStringLiteral("ORDER BY email LIMIT ?"), {limit});
    if (!found.ok())
        return found.error();
    QList<UserAccount> out;
    for (const StoredUser &u : found.value())
        out << u.account;
    return out;
}

Status AccountStore::updateUser(const QString &id, std::optional<UserRole> role, std::optional<bool> disabled)
{
    QSqlQuery q(m_store.database());
    if (role) {
        if (auto s = exec(q, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {domain::toString(*role), id},
                          QStringLiteral("changing a role"));
            !s.ok())
            return s;
        emit roleChanged(id);
    }
    if (disabled) {
        if (auto s = exec(q, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {*disabled ? 1 : 0, id},
                          QStringLiteral("disabling a user"));
            !s.ok())
            return s;
    }
    return Ok{};
}

Result<QString> AccountStore::createLogin(const QString &userId)
{
    const QString id = newId(QStringLiteral("lgn-"));
    QSqlQuery q(m_store.database());
    if (auto s = exec(q, QStringLiteral("INSERT INTO logins(id, user_id, created_at, revoked_at) VALUES(?, ?, ?, NULL)"), {id, userId, nowMs()},
                      QStringLiteral("recording a login"));
        !s.ok())
        return s.error();
    return id;
}

Status AccountStore::storeRefreshToken(const QString &loginId, const QByteArray &hash, qint64 expiresAtMs, const QByteArray &usedHash)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return Error{{}, QStringLiteral("starting a transaction: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    Status s = Ok{};
    if (!usedHash.isEmpty())
        s = exec(q, QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE hash = ?"), {nowMs(), QString::fromLatin1(usedHash)},
                 QStringLiteral("using a refresh token"));
    if (s.ok())
        s = exec(q, QStringLiteral("INSERT INTO refresh_tokens(hash, login_id, issued_at, expires_at, used_at) VALUES(?, ?, ?, ?, NULL)"),
                 {QString::fromLatin1(hash), loginId, nowMs(), expiresAtMs}, QStringLiteral("storing a refresh token"));
    if (!s.ok() || !db.commit()) {
        db.rollback();
        return s.ok() ? Error{{}, QStringLiteral("committing a refresh token: %1").arg(db.lastError().text())} : s;
    }
    return Ok{};
}

Result<std::optional<RefreshRecord>> AccountStore::refreshToken(const QByteArray &hash) const
{
    QSqlQuery q(m_store.database());
    if (auto s = exec(q, QStringLiteral("SELECT t.login_id, l.user_id, t.expires_at, t.used_at IS NOT NULL, l.revoked_at IS NOT NULL "
                                        "FROM refresh_tokens t JOIN logins l ON l.id = t.login_id WHERE t.hash = ?"),
                      {QString::fromLatin1(hash)}, QStringLiteral("reading a refresh token"));
        !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<RefreshRecord>{};
    return std::optional<RefreshRecord>(
        RefreshRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toBool(), q.value(4).toBool()});
}

bool AccountStore::isLoginRevoked(const QString &loginId) const
{
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT revoked_at IS NOT NULL FROM logins WHERE id = ?"), {loginId}, {}).ok() || !q.next())
        return true;
    return q.value(0).toBool();
}

Status AccountStore::revokeWhere(const QString &condition, const QString &value)
{
    QSqlQuery q(m_store.database());
    if (auto s = exec(q, QStringLiteral("SELECT id FROM logins WHERE revoked_at IS NULL AND %1 = ?").arg(condition), {value},
                      QStringLiteral("finding logins"));
        !s.ok())
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        return Ok{};
    if (auto s = exec(q, QStringLiteral("UPDATE logins SET revoked_at = ? WHERE revoked_at IS NULL AND %1 = ?").arg(condition),
                      {nowMs(), value}, QStringLiteral("revoking logins"));
        !s.ok())
        return s;
    emit loginsRevoked(ids);
    return Ok{};
}

Status AccountStore::revokeLogin(const QString &loginId)
{
    return revokeWhere(QStringLiteral("id"), loginId);
}

Status AccountStore::revokeLoginsOf(const QString &userId)
{
    return revokeWhere(QStringLiteral("user_id"), userId);
}

} // namespace et::backend
