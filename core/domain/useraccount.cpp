// SPDX-License-Identifier: MIT
#include "useraccount.h"

#include <QRegularExpression>

namespace et::domain {

namespace {
constexpr EnumName<UserRole> kRoles[] = {
    {UserRole::Admin, u"admin"}, {UserRole::Operator, u"operator"}, {UserRole::Viewer, u"viewer"}, {UserRole::Partner, u"partner"}};
// A day is far beyond any access token we issue; more means a unit error.
constexpr int kMaxExpiresIn = 86400;
// JWTs and our refresh tokens are a few hundred characters; a megabyte "token" is an attack.
constexpr qsizetype kMaxTokenLength = 4096;
} // namespace

QString toString(UserRole r) { return enumToString<UserRole>(r, kRoles); }
std::optional<UserRole> userRoleFromString(QStringView t) { return enumFromString<UserRole>(t, kRoles); }

bool UserAccount::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

Result<UserAccount> UserAccount::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("user: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    UserAccount u;
    u.id = r.string(QStringLiteral("id"));
    u.email = r.string(QStringLiteral("email"));
    if (r.ok() && !isValidEmail(u.email))
        r.fail(QStringLiteral("email"), QStringLiteral("\"%1\" is not an e-mail address").arg(u.email.left(80)));
    u.role = r.enumValue<UserRole>(QStringLiteral("role"), kRoles);
    if (r.ok() && o.contains(QStringLiteral("disabled")))
        u.disabled = r.boolean(QStringLiteral("disabled"));
    u.createdAt = r.optionalDateTime(QStringLiteral("created_at")).value_or(QDateTime());
    if (!r.ok())
        return r.error();
    return u;
}

QJsonObject UserAccount::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("email"), email}, {QStringLiteral("role"), toString(role)},
                  {QStringLiteral("disabled"), disabled}};
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), toIsoUtc(createdAt));
    return o;
}

Result<AuthTokens> AuthTokens::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("tokens: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    AuthTokens t;
    t.accessToken = r.string(QStringLiteral("access_token"));
    t.refreshToken = r.string(QStringLiteral("refresh_token"));
    t.expiresIn = r.integer(QStringLiteral("expires_in"), 1, kMaxExpiresIn);
    const QJsonObject user = r.object(QStringLiteral("user"));
    if (r.ok() && (t.accessToken.size() > kMaxTokenLength || t.refreshToken.size() > kMaxTokenLength))
        r.fail(QStringLiteral("access_token"), QStringLiteral("is longer than %1 characters").arg(kMaxTokenLength));
    if (!r.ok())
        return r.error();
    auto account = UserAccount::fromJson(user);
    if (!account.ok())
        return account.error().prefixed(QStringLiteral("user"));
    t.user = account.value();
    return t;
}

QJsonObject AuthTokens::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("expires_in"), expiresIn},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("user"), user.toJson()}};
}

} // namespace et::domain
