// SPDX-License-Identifier: MIT
#pragma once

#include "client/accesstokensource.h"
#include "serverprocess.h"

#include <QTest>

namespace et::test {

/// An access token the test got from the server (ServerProcess::signIn), for client code under
/// test that needs a signed-in user but is not about signing in (AuthSession has its own tests).
/// It cannot renew: a test that outlives the token fails loudly instead of signing in again.
class FixedTokens : public client::AccessTokenSource
{
public:
    QString token;

    /// Signs in as `role` on `server`; false (and a test failure message) when that fails.
    bool signIn(ServerProcess &server, domain::UserRole role = domain::UserRole::Operator)
    {
        token = server.signIn(role);
        if (token.isEmpty())
            qWarning().noquote() << "sign-in failed:" << server.errorString();
        return !token.isEmpty();
    }

    QString accessToken() const override { return token; }
    void renewAccessToken(QObject *, std::function<void(bool)> done) override { done(false); }
};

} // namespace et::test
