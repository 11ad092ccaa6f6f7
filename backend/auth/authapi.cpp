// SPDX-License-Identifier: MIT
#include "auth/authapi.h"

#include "auth/accountstore.h"
#include "auth/authservice.h"
#include "auth/secrets.h"
#include "backendlogging.h"
#include "domain/errorcode.h"

#include <QJsonArray>

#include <variant>

namespace et::backend {

using domain::Permission;
using domain::UserAccount;
using domain::UserRole;
using Method = QHttpServerRequest::Method;

namespace {
constexpr int kMaxUsersListed = 1000;

ApiResponse unauthorized(const QString &code, const QString &message)
{
    ApiResponse r = ApiResponse::error(401, code, message);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return r;
}

// A hash to verify against when the e-mail is unknown, so that answer takes as long as a wrong
// password does (made once, of a random password nobody knows).
const QByteArray &decoyHash()
{
    static const QByteArray hash = Secrets::hashPassword(QString::fromLatin1(Secrets::randomBytes(18).toBase64())).value_or(QByteArray());
    return hash;
}

AuditSubject subjectOf(const UserAccount &u)
{
    return {u.id, u.email, domain::toString(u.role)};
}

ApiResponse tokensAnswer(const domain::AuthTokens &tokens, const QString &result)
{
    ApiResponse r = ApiResponse::ok(tokens.toJson());
    r.auditSubject = subjectOf(tokens.user);
    r.auditResult = result;
    return r;
}

// The body's non-empty string fields `names`, in that order, or the answer that refuses it.
std::variant<QStringList, ApiResponse> stringFields(const ApiRequest &request, const QStringList &names)
{
    auto body = domain::parseJsonObject(request.raw.body());
    if (!body.ok())
        return ApiResponse::invalidJson(body.error().toString());
    QStringList values;
    for (const QString &name : names) {
        const QJsonValue v = body.value().value(name);
        if (!v.isString() || v.toString().isEmpty())
            return ApiResponse::error(422, QStringLiteral("validation_failed"), QStringLiteral("%1: required, a non-empty string").arg(name));
        values << v.toString();
    }
    return values;
}
} // namespace

AuthApi::AuthApi(AccountStore &accounts, AuthService &auth) : m_accounts(accounts), m_auth(auth) {}

void AuthApi::registerRoutes(ApiServer &server)
{
    const QString v1 = QStringLiteral("/api/v1");
    server.route(v1 + QStringLiteral("/auth/login"), Method::Post, Access::open(), [this](const ApiRequest &r) { return login(r); });
    server.route(v1 + QStringLiteral("/auth/refresh"), Method::Post, Access::open(), [this](const ApiRequest &r) { return refresh(r); });
    server.route(v1 + QStringLiteral("/auth/logout"), Method::Post, Access::open(), [this](const ApiRequest &r) { return logout(r); });
    server.route(v1 + QStringLiteral("/users/me"), Method::Get, Access::signedIn(),
                 [](const ApiRequest &r) { return ApiResponse::ok(r.principal->user.toJson()); });
    const Access admin = Access::needs(Permission::ManageUsers);
    server.route(v1 + QStringLiteral("/users"), Method::Get, admin, [this](const ApiRequest &) { return listUsers(); });
    server.route(v1 + QStringLiteral("/users"), Method::Post, admin, [this](const ApiRequest &r) { return createUser(r); });
    server.route(v1 + QStringLiteral("/users/([^/]+)"), Method::Patch, admin, [this](const ApiRequest &r) { return updateUser(r); });
}

ApiResponse AuthApi::login(const ApiRequest &request)
{
    const auto fields = stringFields(request, {QStringLiteral("email"), QStringLiteral("password")});
    if (const auto *refusal = std::get_if<ApiResponse>(&fields))
        return *refusal;
    const QString &email = std::get<QStringList>(fields).at(0);
    const QString &password = std::get<QStringList>(fields).at(1);
    const AuditSubject typed{{}, email.left(254), {}};
    const QString address = request.raw.remoteAddress().toString();
    if (const int wait = m_throttle.retryAfter(email, address); wait > 0) {
        ApiResponse r = ApiResponse::error(429, domain::errorcode::tooManyAttempts,
                                           QStringLiteral("too many failed sign-ins; try again in %1 s").arg(wait));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        r.auditSubject = typed;
        return r;
    }
    auto user = m_accounts.userByEmail(email);
    if (!user.ok())
        return ApiResponse::internal(user.error());
    const bool known = user.value().has_value();
    const bool matches = Secrets::verifyPassword(known ? user.value()->passwordHash : decoyHash(), password);
    if (!known || !matches || user.value()->account.disabled) {
        m_throttle.recordFailure(email, address);
        ApiResponse r = unauthorized(domain::errorcode::invalidCredentials, QStringLiteral("the e-mail or the password is wrong"));
        r.auditSubject = typed;
        return r;
    }
    auto tokens = m_auth.startLogin(user.value()->account);
    if (!tokens.ok())
        return ApiResponse::internal(tokens.error());
    qCInfo(lcServer).noquote() << "user" << user.value()->account.id << "signed in";
    return tokensAnswer(tokens.value(), QStringLiteral("signed in"));
}

ApiResponse AuthApi::refresh(const ApiRequest &request)
{
    const auto fields = stringFields(request, {QStringLiteral("refresh_token")});
    if (const auto *refusal = std::get_if<ApiResponse>(&fields))
        return *refusal;
    auto tokens = m_auth.refresh(std::get<QStringList>(fields).at(0));
    if (!tokens.ok())
        return tokens.error().code.isEmpty() ? ApiResponse::internal(tokens.error()) : unauthorized(tokens.error().code, tokens.error().message);
    return tokensAnswer(tokens.value(), QStringLiteral("refreshed"));
}

ApiResponse AuthApi::logout(const ApiRequest &request)
{
    const auto fields = stringFields(request, {QStringLiteral("refresh_token")});
    if (const auto *refusal = std::get_if<ApiResponse>(&fields))
        return *refusal;
    if (auto s = m_auth.logout(std::get<QStringList>(fields).at(0)); !s.ok())
        return ApiResponse::internal(s.error());
    ApiResponse r = ApiResponse::ok({}, 204);
    r.auditResult = QStringLiteral("signed out");
    return r;
}

ApiResponse AuthApi::listUsers() const
{
    auto users = m_accounts.users(kMaxUsersListed);
    if (!users.ok())
        return ApiResponse::internal(users.error());
    QJsonArray items;
    for (const UserAccount &u : users.value())
        items.append(u.toJson());
    return ApiResponse::ok({{QStringLiteral("items"), items}});
}

ApiResponse AuthApi::createUser(const ApiRequest &request)
{
    const auto fields = stringFields(request, {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("role")});
    if (const auto *refusal = std::get_if<ApiResponse>(&fields))
        return *refusal;
    const QString &email = std::get<QStringList>(fields).at(0);
    const QString &password = std::get<QStringList>(fields).at(1);
    const QString &roleName = std::get<QStringList>(fields).at(2);
    const auto role = domain::userRoleFromString(roleName);
    if (!UserAccount::isValidEmail(email))
        return ApiResponse::error(422, QStringLiteral("validation_failed"), QStringLiteral("email: not an e-mail address"));
    if (!role)
        return ApiResponse::error(422, QStringLiteral("validation_failed"), QStringLiteral("role: one of admin, operator, viewer, partner"));
    if (password.size() < Secrets::kMinPasswordLength)
        return ApiResponse::error(422, QStringLiteral("validation_failed"),
                                  QStringLiteral("password: at least %1 characters").arg(Secrets::kMinPasswordLength));
    auto existing = m_accounts.userByEmail(email);
    if (!existing.ok())
        return ApiResponse::internal(existing.error());
    if (existing.value())
        return ApiResponse::conflict(QStringLiteral("a user with that e-mail exists"));
    const auto hash = Secrets::hashPassword(password);
    if (!hash)
        return ApiResponse::internal(domain::Error{{}, QStringLiteral("hashing a password failed")});
    auto created = m_accounts.createUser(email, *role, *hash);
    if (!created.ok())
        return ApiResponse::internal(created.error());
    qCInfo(lcServer).noquote() << "user" << created.value().id << "created with role" << roleName;
    return ApiResponse::ok(created.value().toJson(), 201);
}

ApiResponse AuthApi::updateUser(const ApiRequest &request)
{
    auto body = domain::parseJsonObject(request.raw.body());
    if (!body.ok())
        return ApiResponse::invalidJson(body.error().toString());
    const QJsonObject &o = body.value();
    std::optional<UserRole> role;
    std::optional<bool> disabled;
    if (o.contains(QStringLiteral("role"))) {
        role = domain::userRoleFromString(o.value(QStringLiteral("role")).toString());
        if (!role)
            return ApiResponse::error(422, QStringLiteral("validation_failed"), QStringLiteral("role: one of admin, operator, viewer, partner"));
    }
    if (o.contains(QStringLiteral("disabled"))) {
        if (!o.value(QStringLiteral("disabled")).isBool())
            return ApiResponse::error(422, QStringLiteral("validation_failed"), QStringLiteral("disabled: true or false"));
        disabled = o.value(QStringLiteral("disabled")).toBool();
    }
    const QString id = request.captures.value(0);
    auto user = m_accounts.userById(id);
    if (!user.ok())
        return ApiResponse::internal(user.error());
    if (!user.value())
        return ApiResponse::notFound(QStringLiteral("no user with id \"%1\"").arg(id));
    if (id == request.principal->user.id && ((role && *role != UserRole::Admin) || disabled.value_or(false)))
        return ApiResponse::conflict(QStringLiteral("an admin cannot disable or demote themself"));
    if (auto s = m_accounts.updateUser(id, role, disabled); !s.ok())
        return ApiResponse::internal(s.error());
    if (disabled.value_or(false)) {
        if (auto s = m_accounts.revokeLoginsOf(id); !s.ok())
            return ApiResponse::internal(s.error());
    }
    auto updated = m_accounts.userById(id);
    if (!updated.ok() || !updated.value())
        return ApiResponse::internal(updated.error());
    qCInfo(lcServer).noquote() << "user" << id << "updated: role" << domain::toString(updated.value()->account.role) << "disabled"
                               << updated.value()->account.disabled;
    return ApiResponse::ok(updated.value()->account.toJson());
}

} // namespace et::backend
