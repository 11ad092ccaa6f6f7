// SPDX-License-Identifier: MIT
#pragma once

#include "domain/useraccount.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace et::test {

/// Runs the real `energytruck-server` as a child process for a test: starts it on a free loopback
/// port, reads the port from its first stdout line, and kills it when the object goes away.
/// Used by every test that needs a backend, so all of them start it the same way.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server with `--port 0 --db dbPath` plus `extraArgs`. Returns false and fills
    /// errorString() when it does not say "listening on ..." within `timeoutMs`.
    bool start(const QString &dbPath, const QStringList &extraArgs = {}, int timeoutMs = 15000);
    /// Makes the four test accounts (testaccounts.h) in `dbPath` unless it has them already (a
    /// create-user that answers "exists" is fine), then start(). Sign in with signIn().
    bool startWithTestAccounts(const QString &dbPath, const QStringList &extraArgs = {}, int timeoutMs = 15000);
    /// Runs the host command `energytruck-server --db dbPath --create-user EMAIL --role ROLE`
    /// with `password` on its stdin; true when it exits 0. `error` gets its stderr otherwise.
    static bool createUser(const QString &dbPath, const QString &email, et::domain::UserRole role, const QString &password,
                           QString *error = nullptr);
    /// Runs the server binary with `args` (no port: a host command such as --create-user), writes
    /// `stdinText` to it and waits for it to exit; returns the exit code (-1 when it did not run
    /// or exit within `timeoutMs`), its stderr in `stderrText`.
    static int runHostCommand(const QStringList &args, const QByteArray &stdinText, QByteArray *stderrText = nullptr,
                              int timeoutMs = 30000);
    /// Signs the test account of `role` in (POST /api/v1/auth/login on url(), at most 10 s) and
    /// returns its access token, the refresh token in `refreshToken`; empty with errorString() set
    /// when that fails.
    QString signIn(et::domain::UserRole role, QString *refreshToken = nullptr);
    /// Starts again with the same database and arguments (a new port unless `samePort`).
    bool restart(bool samePort = false, int timeoutMs = 15000);
    /// SIGKILL, as a crash or power loss would: no clean shutdown.
    void kill();
    /// SIGTERM and wait for a clean exit; false when it did not exit in time.
    bool terminate(int timeoutMs = 10000);

    bool isRunning() const;
    QUrl url() const { return m_url; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /// Everything the server wrote to stderr so far (its structured log), for failure messages.
    QByteArray stderrLog();
    /// Path of the server binary used (ET_BIN_DIR/energytruck-server unless ET_SERVER_BIN is set).
    static QString binaryPath();

private:
    bool launch(const QStringList &args, int timeoutMs);

    QProcess m_process;
    QString m_dbPath;
    QStringList m_extraArgs;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace et::test
