// SPDX-License-Identifier: MIT
#pragma once

#include "serverlogtail.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace et::app {

/// The backend the console starts for itself when no --server is given: `energytruck-server`
/// from beside the console executable, on a free loopback port. The "listening on" line is read
/// asynchronously, so the GUI never waits on it; stop() ends the child (SIGTERM, then kill). Its
/// log passes through to our stderr, and when it exits before it is ready the failure message
/// carries its last log line (a locked or damaged database says so there).
class BundledServer : public QObject
{
    Q_OBJECT
public:
    explicit BundledServer(QObject *parent = nullptr);
    ~BundledServer() override;

    /// Starts `program --port 0 --db dbPath` plus `extraArgs` (".exe" is added on Windows when
    /// `program` has no suffix). ready() or failed() follows.
    void start(const QString &program, const QString &dbPath, const QStringList &extraArgs = {},
               int timeoutMs = 15000);
    /// SIGTERM (on Windows the WM_CLOSE that SignalWatcher turns into the same), then SIGKILL
    /// after `graceMs`. Blocks at most graceMs: meant for shutdown.
    void stop(int graceMs = 3000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    /// The last line the server wrote to its log (readable form), "" when none.
    QString lastLogLine() const { return m_log.lastLine(); }

    /// `energytruck-server` (`.exe`) in the folder of the running executable.
    static QString defaultProgram();

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void onStdout();
    void onStderr();
    /// `message`, plus the server's last words when it said any.
    QString withLastLogLine(const QString &message) const;
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    ServerLogTail m_log;
    QUrl m_url;
    bool m_reported = false;
};

} // namespace et::app
