// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/useraccount.h"

#include <QString>

#include <optional>

namespace et::client {

/// The account last used with a data folder: which server, which user (neither is secret).
struct LastAccount
{
    QString server; ///< the server's identity (see AccountDirectory)
    QString email;
};

/// Where one user's offline cache lives in a data folder. Each (server, user) pair has a folder of
/// its own, `<data-dir>/accounts/u-<16 hex digits>/`, so signing in as someone else never shows the
/// first user's cache nor sends the commands they queued; the name is worked out from the server
/// and the e-mail alone, so an offline start finds the right folder without the network. The last
/// account is remembered in `<data-dir>/account.json` for the sign-in screen and offline starts.
///
/// A server's identity is its origin (`https://grid.example.kr:8443`) — or, for the console's
/// bundled backend, whose port changes every start, the text "bundled".
class AccountDirectory
{
public:
    static QString serverIdentity(const QString &serverUrl);
    static QString folderFor(const QString &dataDir, const QString &server, const QString &email);
    static QString cachePathFor(const QString &dataDir, const QString &server, const QString &email);

    static std::optional<LastAccount> last(const QString &dataDir);
    /// Writes account.json atomically (a crash leaves the old or the new file, never half of one).
    static domain::Status remember(const QString &dataDir, const LastAccount &account);
    /// Who the server last said this user is (id, e-mail, role: nothing secret), kept in the
    /// user's folder as user.json, so an offline start shows the controls of the user's role —
    /// the server still decides every command when it is reached.
    static domain::Status rememberUser(const QString &dataDir, const QString &server, const domain::UserAccount &user);
    static std::optional<domain::UserAccount> knownUser(const QString &dataDir, const QString &server, const QString &email);
};

} // namespace et::client
