// SPDX-License-Identifier: MIT
#pragma once

#include "latencystats.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace et::bench {

/// The real energytruck-server as the benchmark's child: its own database in the work folder,
/// `--port 0` on 127.0.0.1, its JSON log written to a file (so a busy server never blocks on a
/// full pipe and the bench can count requests by path from the server's own log), and the
/// kernel kills it when the bench dies in any way (PR_SET_PDEATHSIG). Before the server starts,
/// the host command `--create-user` makes an operator account with a random password in that
/// database; once it listens, the bench signs in once and every simulated client shares the
/// access token (valid for a day, so no run needs a refresh).
class BenchServer : public QObject
{
    Q_OBJECT
public:
    /// `name` names the database and log files in `workDir` (one server per phase).
    BenchServer(const QString &workDir, const QString &name, QObject *parent = nullptr);
    ~BenchServer() override;

    /// Makes the bench account, starts with `--port 0 --db <file> --access-token-ttl 86400` plus
    /// `extraArgs` and signs in; false with errorString() when the account cannot be made, the
    /// server does not print its "listening on" line within 20 s or the sign-in fails.
    bool start(const QStringList &extraArgs);
    /// SIGTERM and a clean exit, else SIGKILL.
    void stop();
    bool isRunning() const;

    qint64 pid() const { return m_pid; }
    quint16 port() const { return m_port; }
    QUrl url() const { return m_url; }
    QStringList arguments() const { return m_arguments; }
    QString errorString() const { return m_error; }
    QString logPath() const { return m_logPath; }
    /// The bench account's access token (after start()).
    QByteArray accessToken() const { return m_accessToken; }

    static constexpr auto kAccountEmail = "load-bench@bench.invalid";
    static constexpr int kAccessTokenTtlSecs = 86400; ///< the server's maximum

    /// Requests the server logged (its `et.backend.http` lines) by path, with the handling time
    /// each line gives, between the line of a request to `fromMarker` and that of `toMarker`
    /// (paths such as /api/v1/bench-mark/a).
    QHash<QString, LatencyStats> loggedRequests(const QString &fromMarker, const QString &toMarker) const;
    /// GET /metrics as series → value ("et_http_responses_total{status=\"200\"}" → 57); empty
    /// when the server does not answer.
    QHash<QString, double> scrapeMetrics() const;
    /// The newest change-log cursor (GET /api/v1/health), or -1.
    qint64 cursor() const;
    /// Sum of et_http_responses_total over every status, or -1.
    static double responsesTotal(const QHash<QString, double> &metrics);

    /// How many log lines mention `text` (e.g. a warning the phase wants to report).
    int logLinesContaining(const QString &text) const;

    static QString binaryPath(); ///< ET_SERVER_BIN, else the build's bin folder

private:
    bool createAccount(const QByteArray &password);
    bool signIn(const QByteArray &password);

    QProcess m_process;
    QString m_dbPath;
    QString m_logPath;
    QStringList m_arguments;
    QUrl m_url;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    QString m_error;
    QByteArray m_accessToken;
};

} // namespace et::bench
