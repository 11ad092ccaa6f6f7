// SPDX-License-Identifier: MIT
#pragma once

#include "client/accesstokensource.h"

namespace et::test {

/// An access token got once from the server, for client code that needs a signed-in user but is
/// not about signing in (AuthSession has its own tests): the tests' FixedTokens and bench_load's
/// consoles. It cannot renew: a renewal means the token ran out (or the server refused it), and a
/// test or benchmark that sees that should fail loudly instead of quietly signing in again.
class FixedAccessToken : public client::AccessTokenSource
{
public:
    FixedAccessToken() = default;
    explicit FixedAccessToken(QString token) : m_token(std::move(token)) {}

    void setToken(QString token) { m_token = std::move(token); }
    QString accessToken() const override { return m_token; }
    void renewAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }

private:
    QString m_token;
};

} // namespace et::test
