// SPDX-License-Identifier: MIT
#pragma once

#include "fixedaccesstoken.h"
#include "serverprocess.h"

#include <QTest>

namespace et::test {

/// A FixedAccessToken the test signs in for itself (ServerProcess::signIn).
class FixedTokens : public FixedAccessToken
{
public:
    /// Signs in as `role` on `server`; false (and a warning saying why) when that fails.
    bool signIn(ServerProcess &server, domain::UserRole role = domain::UserRole::Operator)
    {
        setToken(server.signIn(role));
        if (accessToken().isEmpty())
            qWarning().noquote() << "sign-in failed:" << server.errorString();
        return !accessToken().isEmpty();
    }
};

} // namespace et::test
