// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "domain/result.h"

#include <QObject>

#include <functional>

namespace et::client {
class AuthSession;
class CredentialStore;
class RestClient;
} // namespace et::client

namespace et::cli {

/// Whom energytruck-cli acts as: the user (--user, else the data folder's last account), that
/// user's own cache folder (AccountDirectory), and the login behind every request — signed in
/// with the password from stdin, or resumed from the refresh token the CLI keeps in the OS
/// keychain under its own key ("cli"), so a console on the same machine is never signed out by
/// the CLI's token rotation. Tokens stay in memory and the keychain only.
class CliAccount : public QObject
{
    Q_OBJECT
public:
    CliAccount(const CommandLine &command, QObject *parent = nullptr);
    ~CliAccount() override;

    QString email() const { return m_email; }
    /// The user's cache file, or why there is none to use yet (nobody has signed in here).
    domain::Result<QString> cachePath() const;
    /// The REST client for --server, with the CA of --ca-cert and this login's tokens; null
    /// without --server. An Error when the --ca-cert file cannot be used.
    domain::Result<client::RestClient *> rest();

    /// login: the password from stdin → POST /auth/login; the refresh token to the keychain and the
    /// account remembered as the data folder's last one.
    void login(std::function<void(domain::Status)> done);
    /// Makes the login usable for requests: a sign-in with --password-stdin, else the saved login.
    /// An unreachable server is not an error here (the code "unreachable" comes back, the command
    /// stays queued); "no_saved_login" when the keychain has nothing for this user.
    void connect(std::function<void(domain::Status)> done);
    /// logout: the server forgets the login (when it can be reached) and the keychain entry goes.
    void logout(std::function<void(domain::Status)> done);

    /// Calls `done` once every keychain operation asked so far is carried out (a renewed refresh
    /// token is written before the process exits).
    void settle(std::function<void()> done);

    /// When there is no usable keychain: what that means for the CLI (empty otherwise).
    QString keychainNotice() const;

private:
    client::AuthSession *session();
    client::CredentialStore *secrets();

    CommandLine m_command;
    QString m_server; ///< the server's identity (AccountDirectory::serverIdentity)
    QString m_email;
    client::CredentialStore *m_secrets = nullptr;
    client::RestClient *m_rest = nullptr;
    client::AuthSession *m_session = nullptr;
};

} // namespace et::cli
