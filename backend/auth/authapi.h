// SPDX-License-Identifier: MIT
#pragma once

#include "auth/loginthrottle.h"
#include "http/apiserver.h"

namespace et::backend {

class AccountStore;
class AuthService;

/// The account endpoints (docs/api.md "Accounts, tokens and roles"): `auth/login` (with the
/// LoginThrottle: 429 too_many_attempts), `auth/refresh`, `auth/logout`, `users/me` and the
/// admin's `users` list, creation and PATCH (role, disabled; an admin cannot disable or demote
/// themself). An unknown e-mail, a wrong password and a disabled account answer the same 401
/// after the same argon2id work.
class AuthApi
{
public:
    AuthApi(AccountStore &accounts, AuthService &auth);
    void registerRoutes(ApiServer &server);

private:
    ApiResponse login(const ApiRequest &request);
    ApiResponse refresh(const ApiRequest &request);
    ApiResponse logout(const ApiRequest &request);
    ApiResponse listUsers() const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse updateUser(const ApiRequest &request);

    AccountStore &m_accounts;
    AuthService &m_auth;
    LoginThrottle m_throttle;
};

} // namespace et::backend
