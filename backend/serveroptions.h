// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/useraccount.h"

#include <QDateTime>
#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace et::backend {

/// The server's command line, validated: `--port 0 --db FILE [--seed N] [--speed X]
/// [--start ISO] [--host ADDR] [--tick-ms MS] [--rate-limit N] [--ws-max-backlog-kib N]
/// [--order-retention S] [--tombstone-retention S] [--history-minute-days N] [--history-hour-days N]
/// [--max-disasters N] [--access-token-ttl S] [--refresh-token-ttl S] [--ws-auth-timeout-ms MS]
/// [--tls-cert FILE --tls-key FILE] [--history-source sim|kpx DIR]`, or a host command that needs no port:
/// `--db FILE --create-user EMAIL --role ROLE` or `--db FILE --set-password EMAIL`; or `--version`.
/// Bad values are errors, never defaults.
struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dbPath;
    quint64 seed = 1;
    double speed = 1.0;                 ///< simulated seconds per real second
    std::optional<QDateTime> start;     ///< simulation start (UTC); now when absent
    int tickMs = 1000;                  ///< real milliseconds between simulation ticks
    double rateLimit = 100.0;           ///< requests per second per client address; 0 = unlimited
    int wsMaxBacklogKib = 1024;         ///< unsent WebSocket bytes per client before its events are dropped
    qint64 orderRetentionSecs = 86400;  ///< simulated seconds a finished order is kept
    qint64 tombstoneRetentionSecs = 7 * 86400; ///< simulated seconds a delete stays in the change log
    static constexpr qint64 kMaxRetentionSecs = 10LL * 366 * 86400;
    int historyMinuteDays = 90;         ///< simulated days the energy history keeps every minute
    int historyHourDays = 3653;         ///< simulated days it keeps hourly means
    int maxDisasters = 1000;            ///< disasters the server keeps; registering more is refused
    QString tlsCertFile;                ///< PEM certificate (chain) for HTTPS/WSS; empty: plain HTTP
    QString tlsKeyFile;                 ///< PEM private key of that certificate; set exactly when tlsCertFile is
    qint64 accessTokenTtlSecs = 900;    ///< lifetime of an access token
    qint64 refreshTokenTtlSecs = 30LL * 86400; ///< lifetime of a refresh token
    int wsAuthTimeoutMs = 10000;        ///< a WebSocket must send `auth` within this

    /// Where the island's energy comes from: the simulation's model, or KPX's real Jeju series
    /// in `kpxDir` (`--history-source kpx DIR`), replayed minute by minute.
    enum class HistorySource { Simulation, Kpx };
    HistorySource historySource = HistorySource::Simulation;
    QString kpxDir;

    bool showVersion = false;           ///< --version: print the version and exit, nothing else

    /// Host commands: make an account or set its password (read from stdin), then exit.
    enum class HostCommand { None, CreateUser, SetPassword };
    HostCommand hostCommand = HostCommand::None;
    QString accountEmail;
    domain::UserRole accountRole = domain::UserRole::Viewer;

    /// Parses `arguments` (argv including the program name). The error text is ready for stderr.
    static domain::Result<ServerOptions> parse(const QStringList &arguments);
};

} // namespace et::backend
