// SPDX-License-Identifier: MIT
#pragma once

#include "accesstokensource.h"
#include "domain/result.h"
#include "domain/useraccount.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace et::client {

class CredentialStore;
class RestClient;

/// Who is signed in, and keeping it so. Signs a user in (`POST /auth/login`), keeps the access
/// token in memory only and the refresh token only in the OS keychain (CredentialStore — which
/// keeps it in memory for this run when there is no keychain, and says so), renews the access
/// token shortly before it expires and whenever the server says it did (AccessTokenSource), resumes
/// a saved login at start without asking the user — also offline: the session then waits with
/// its refresh token until the server can be reached — and signs out (`POST /auth/logout`, then
/// the keychain entry is wiped whatever the server said).
///
/// A refresh token is good for one use, so every refresh stores the new one at once; two programs
/// sharing one would revoke each other's login (the server reads a reused token as a theft), so
/// each keeps its own: `client` ("console", "cli") is part of the keychain key. Tokens never reach
/// a log line, a file or QSettings.
class AuthSession : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,      ///< nobody; sign in
        SigningIn,      ///< a password or a saved login is being checked
        SignedIn,       ///< a user, with a valid or renewable access token
        SignInRequired, ///< the saved login was refused (expired, revoked): ask for the password
    };
    Q_ENUM(State)

    AuthSession(RestClient *rest, CredentialStore *secrets, const QString &client, QObject *parent = nullptr);
    ~AuthSession() override;

    /// The server's identity (AccountDirectory::serverIdentity) the saved logins are filed under.
    void setServerIdentity(const QString &identity) { m_server = identity; }

    void signIn(const QString &email, const QString &password, std::function<void(domain::Status)> done);
    /// Continues the login saved for `email` in the keychain. Fails with code "no_saved_login" when
    /// there is none; with "unreachable" (and the session keeps the token, State SignedIn without
    /// an access token) when the server cannot be reached — requests then fail until it can.
    void resume(const QString &email, std::function<void(domain::Status)> done);
    void signOut(std::function<void(domain::Status)> done);

    State state() const { return m_state; }
    std::optional<domain::UserAccount> user() const { return m_user; }
    QString email() const { return m_email; }
    /// The keychain entry of a login: "<client>/refresh/<server>/<email>".
    static QString refreshKey(const QString &client, const QString &server, const QString &email);

    // AccessTokenSource
    QString accessToken() const override { return m_accessToken; }
    void renewAccessToken(QObject *context, std::function<void(bool renewed)> done) override;

signals:
    void stateChanged();
    void userChanged();
    /// The saved login was refused; the reason is for the operator.
    void signInRequired(const QString &reason);

private:
    void setState(State state);
    void refresh(std::function<void(domain::Status)> done);
    void finishRefresh(const domain::Status &status);
    /// Takes a login or refresh answer: the access token in memory, the refresh token to the keychain.
    void adopt(const domain::AuthTokens &tokens, std::function<void(domain::Status)> done);
    void forget(const QString &reason);
    QString key() const { return refreshKey(m_client, m_server, m_email); }

    RestClient *m_rest;
    CredentialStore *m_secrets;
    QString m_client;
    QString m_server;
    QString m_email;
    QString m_accessToken;
    QString m_refreshToken;
    std::optional<domain::UserAccount> m_user;
    State m_state = State::SignedOut;
    QTimer m_renewTimer; ///< renews ahead of the access token's expiry
    QList<std::function<void(domain::Status)>> m_refreshWaiters; ///< one refresh for all who asked
    quint64 m_generation = 0; ///< answers to a login that was since signed out are ignored
};

} // namespace et::client
