// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

/// Who a user is to the system. Viewers read; operators also dispatch trucks and handle
/// disasters; partners (other agencies) read what they are granted; admins manage users and read
/// the audit trail. What each may do is decided in one place: permissions.h.
enum class UserRole { Admin, Operator, Viewer, Partner };

/// A user as the API shows one (`GET /users/me`, the `user` of a login answer, the admin's list).
/// Passwords and tokens never appear here.
struct UserAccount
{
    QString id;
    QString email;
    UserRole role = UserRole::Viewer;
    bool disabled = false;
    QDateTime createdAt; ///< invalid when the answer does not say (a login answer's `user`)

    static Result<UserAccount> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const UserAccount &) const = default;

    /// A plausible e-mail address (one @, a dot after it, no spaces), at most 254 characters.
    static bool isValidEmail(const QString &email);
};

/// The answer to `POST /auth/login` and `POST /auth/refresh`: a short-lived access token (a signed
/// JWT, sent as `Authorization: Bearer`), a refresh token that is good for one use (each refresh
/// answers a new one), the access token's lifetime in seconds, and the user.
struct AuthTokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    UserAccount user;

    static Result<AuthTokens> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

QString toString(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView text);

} // namespace et::domain
