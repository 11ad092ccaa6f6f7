// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace et::client {

/// Where RestClient and EventStream take the access token they send (`Authorization: Bearer`,
/// the WebSocket's first message), and who gets a new one when the server says it expired.
/// AuthSession is the one in the console and the CLI; a client without one sends no token.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;
    /// The current access token; empty when there is none (nothing is sent).
    virtual QString accessToken() const = 0;
    /// The server answered `token_expired`: renew, then call `done(true)` when a new token is
    /// there (false: signing in again is needed). Runs on `context`'s thread; calls that overlap
    /// share one renewal.
    virtual void renewAccessToken(QObject *context, std::function<void(bool renewed)> done) = 0;
};

} // namespace et::client
