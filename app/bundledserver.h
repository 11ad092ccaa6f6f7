// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace et::app {

/// The backend the console starts for itself when no --server is given: `energytruck-server`
/// from beside the console executable, on a free loopback port. The "listening on" line is read
/// asynchronously, so the GUI never waits on it; stop() ends the child (SIGTERM, then kill).
class BundledServer : public QObject
{
    Q_OBJECT
public:
    explicit BundledServer(QObject *parent = nullptr);
    ~BundledServer() override;

    /// Starts `program --port 0 --db dbPath` plus `extraArgs`. ready() or failed() follows.
    void start(const QString &program, const QString &dbPath, const QStringList &extraArgs = {},
               int timeoutMs = 15000);
    /// SIGTERM, then SIGKILL after `graceMs`. Blocks at most graceMs: meant for shutdown.
    void stop(int graceMs = 3000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }

    /// `energytruck-server` in the folder of the running executable.
    static QString defaultProgram();

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void onStdout();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    QUrl m_url;
    bool m_reported = false;
};

} // namespace et::app
