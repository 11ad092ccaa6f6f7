// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QProcess>
#include <QString>

#include <functional>

namespace et::client {
class CredentialStore;
}

namespace et::app {

/// The one account of the console's bundled backend, so that `run.sh` opens straight into the
/// console with no default password anywhere: on first start a random password is made, the
/// account (`local-operator@energytruck.local`, role operator) is created in the bundled server's
/// database by the server's own host command (`--create-user`, the password on its stdin, never
/// on a command line), and the password goes to the OS keychain. Later starts read it back. When
/// the keychain lost it, or there is none (then it lives in memory for this run), a new password is
/// set the same way (`--set-password`): the account is the console's own, on this machine only.
class LocalAccount : public QObject
{
    Q_OBJECT
public:
    LocalAccount(client::CredentialStore *secrets, const QString &serverProgram, const QString &dbPath,
                 const QString &dataDir, QObject *parent = nullptr);

    static QString email();
    /// The keychain entry of the password for the bundled server of `dataDir`.
    static QString secretKey(const QString &dataDir);

    /// Gives the password once the account is ready (run before the server starts: the host
    /// commands open the database themselves).
    void ensure(std::function<void(domain::Result<QString>)> done);

private:
    void provision(const QString &password, bool create);
    void finish(domain::Result<QString> result);

    client::CredentialStore *m_secrets;
    QString m_program;
    QString m_dbPath;
    QString m_dataDir;
    QProcess m_process;
    std::function<void(domain::Result<QString>)> m_done;
};

} // namespace et::app
