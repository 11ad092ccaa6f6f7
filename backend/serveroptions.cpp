// SPDX-License-Identifier: MIT
#include "serveroptions.h"

#include <QCommandLineParser>

#include <cmath>

namespace et::backend {

using domain::Error;
using domain::Result;
using HostCommand = ServerOptions::HostCommand;
using HistorySource = ServerOptions::HistorySource;

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Energy Truck reference backend: REST + WebSocket API over a simulated Jeju grid."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."), QStringLiteral("port"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file (created when missing)."), QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Simulation seed (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (default 1)."), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Simulation start time, ISO 8601 with Z or offset (default: now)."), QStringLiteral("iso"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tick(QStringLiteral("tick-ms"), QStringLiteral("Real milliseconds between simulation ticks (default 1000)."), QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"), QStringLiteral("Requests per second per client address, bursts of twice that; 0 turns it off (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption backlog(QStringLiteral("ws-max-backlog-kib"), QStringLiteral("Unsent WebSocket KiB per client before its events are dropped and it is told to resync (default 1024)."), QStringLiteral("kib"), QStringLiteral("1024"));
    const QCommandLineOption orderRetention(QStringLiteral("order-retention"), QStringLiteral("Simulated seconds a finished order stays before it is deleted (default 86400)."), QStringLiteral("s"), QStringLiteral("86400"));
    const QCommandLineOption tombstoneRetention(QStringLiteral("tombstone-retention"), QStringLiteral("Simulated seconds a delete stays in the change log before it is purged (default 604800)."), QStringLiteral("s"), QStringLiteral("604800"));
    const QCommandLineOption historyMinutes(QStringLiteral("history-minute-days"), QStringLiteral("Simulated days the energy history keeps every minute; hourly means beyond (default 90)."), QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption historyHours(QStringLiteral("history-hour-days"), QStringLiteral("Simulated days the energy history keeps hourly means (default 3653)."), QStringLiteral("n"), QStringLiteral("3653"));
    const QCommandLineOption disasters(QStringLiteral("max-disasters"), QStringLiteral("Disasters the server keeps; registering more is refused (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption accessTtl(QStringLiteral("access-token-ttl"), QStringLiteral("Seconds an access token is valid (default 900)."), QStringLiteral("s"), QStringLiteral("900"));
    const QCommandLineOption refreshTtl(QStringLiteral("refresh-token-ttl"), QStringLiteral("Seconds a refresh token is valid (default 2592000, 30 days)."), QStringLiteral("s"), QStringLiteral("2592000"));
    const QCommandLineOption wsAuthTimeout(QStringLiteral("ws-auth-timeout-ms"), QStringLiteral("Milliseconds a WebSocket has to send its auth message (default 10000)."), QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption createUser(QStringLiteral("create-user"), QStringLiteral("Host command: make an account (with --role; the password is the first line of stdin) and exit."), QStringLiteral("email"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("The role for --create-user: admin, operator, viewer or partner."), QStringLiteral("role"));
    const QCommandLineOption setPassword(QStringLiteral("set-password"), QStringLiteral("Host command: set an account's password (the first line of stdin) and exit."), QStringLiteral("email"));
    parser.addOptions({port, db, seed, speed, start, host, tick, rate, backlog, orderRetention, tombstoneRetention, disasters});
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve HTTPS and WSS with; needs --tls-key."), QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert (unencrypted)."), QStringLiteral("file"));
    parser.addOptions({tlsCert, tlsKey, historyMinutes, historyHours});
    parser.addOptions({accessTtl, refreshTtl, wsAuthTimeout, createUser, role, setPassword});
    const QCommandLineOption historySource(QStringLiteral("history-source"),
                                           QStringLiteral("Where the island's energy comes from: sim (the simulation, default) or kpx DIR "
                                                          "(KPX's real Jeju series in the folder DIR, e.g. shared/data/energy, replayed; "
                                                          "start inside them with --start)."),
                                           QStringLiteral("source"), QStringLiteral("sim"));
    parser.addOption(historySource);

    if (!parser.parse(arguments))
        return Error{{}, parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        return Error{QStringLiteral("help"), parser.helpText()};
    ServerOptions o;
    // `--history-source kpx DIR`: the folder is the one argument that is not an option.
    QStringList positional = parser.positionalArguments();
    const QString source = parser.value(historySource);
    if (source == u"kpx") {
        if (positional.isEmpty())
            return Error{QStringLiteral("--history-source"), QStringLiteral("kpx needs the folder of KPX's series after it (e.g. --history-source kpx ../shared/data/energy)")};
        o.historySource = HistorySource::Kpx;
        o.kpxDir = positional.takeFirst();
    } else if (source != u"sim") {
        return Error{QStringLiteral("--history-source"), QStringLiteral("\"%1\" is not sim or kpx").arg(source)};
    }
    if (!positional.isEmpty())
        return Error{{}, QStringLiteral("unexpected argument \"%1\"").arg(positional.first())};

    if (parser.isSet(QStringLiteral("version"))) {
        o.showVersion = true;
        return o;
    }
    bool ok = false;
    if (parser.isSet(createUser) && parser.isSet(setPassword))
        return Error{QStringLiteral("--create-user"), QStringLiteral("cannot be combined with --set-password")};
    if (parser.isSet(createUser)) {
        o.hostCommand = HostCommand::CreateUser;
        o.accountEmail = parser.value(createUser);
        const auto r = domain::userRoleFromString(parser.value(role));
        if (!r)
            return Error{QStringLiteral("--role"), QStringLiteral("\"%1\" is not admin, operator, viewer or partner").arg(parser.value(role))};
        o.accountRole = *r;
    } else if (parser.isSet(setPassword)) {
        o.hostCommand = HostCommand::SetPassword;
        o.accountEmail = parser.value(setPassword);
    } else if (parser.isSet(role)) {
        return Error{QStringLiteral("--role"), QStringLiteral("goes with --create-user")};
    }
    if (o.hostCommand != HostCommand::None) {
        if (!domain::UserAccount::isValidEmail(o.accountEmail))
            return Error{QStringLiteral("--") + (o.hostCommand == HostCommand::CreateUser ? createUser : setPassword).names().first(),
                         QStringLiteral("\"%1\" is not an e-mail address").arg(o.accountEmail)};
        o.dbPath = parser.value(db);
        if (o.dbPath.isEmpty())
            return Error{QStringLiteral("--db"), QStringLiteral("is required (path of the SQLite file)")};
        return o;
    }
    if (!parser.isSet(port))
        return Error{QStringLiteral("--port"), QStringLiteral("is required (0 picks a free port)")};
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        return Error{QStringLiteral("--port"), QStringLiteral("\"%1\" is not a port number (0-65535)").arg(parser.value(port))};
    o.port = quint16(p);

    o.dbPath = parser.value(db);
    if (o.dbPath.isEmpty())
        return Error{QStringLiteral("--db"), QStringLiteral("is required (path of the SQLite file)")};

    o.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return Error{QStringLiteral("--seed"), QStringLiteral("\"%1\" is not a non-negative whole number").arg(parser.value(seed))};

    o.speed = parser.value(speed).toDouble(&ok);
    // Beyond a simulated day per real second the per-second truck steps would cost real CPU.
    if (!ok || !std::isfinite(o.speed) || o.speed <= 0.0 || o.speed > 86400.0)
        return Error{QStringLiteral("--speed"), QStringLiteral("\"%1\" must be a number in (0, 86400]").arg(parser.value(speed))};

    if (parser.isSet(start)) {
        const QString text = parser.value(start);
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid() || !(text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
            return Error{QStringLiteral("--start"), QStringLiteral("\"%1\" is not an ISO 8601 time with Z or an offset").arg(text)};
        o.start = t.toUTC();
    }

    if (!o.host.setAddress(parser.value(host)))
        return Error{QStringLiteral("--host"), QStringLiteral("\"%1\" is not an IP address").arg(parser.value(host))};

    o.tickMs = parser.value(tick).toInt(&ok);
    if (!ok || o.tickMs < 10 || o.tickMs > 60000)
        return Error{QStringLiteral("--tick-ms"), QStringLiteral("\"%1\" must be a whole number in [10, 60000]").arg(parser.value(tick))};
    o.rateLimit = parser.value(rate).toDouble(&ok);
    if (!ok || !std::isfinite(o.rateLimit) || o.rateLimit < 0.0 || o.rateLimit > 1e6)
        return Error{QStringLiteral("--rate-limit"), QStringLiteral("\"%1\" must be a number in [0, 1000000]").arg(parser.value(rate))};
    o.wsMaxBacklogKib = parser.value(backlog).toInt(&ok);
    if (!ok || o.wsMaxBacklogKib < 16 || o.wsMaxBacklogKib > 1024 * 1024)
        return Error{QStringLiteral("--ws-max-backlog-kib"), QStringLiteral("\"%1\" must be a whole number in [16, 1048576]").arg(parser.value(backlog))};
    for (const auto &[option, target] : {std::pair{&orderRetention, &o.orderRetentionSecs}, std::pair{&tombstoneRetention, &o.tombstoneRetentionSecs}}) {
        *target = parser.value(*option).toLongLong(&ok);
        if (!ok || *target < 0 || *target > kMaxRetentionSecs)
            return Error{QStringLiteral("--") + option->names().first(),
                         QStringLiteral("\"%1\" must be a whole number of seconds in [0, %2]").arg(parser.value(*option)).arg(kMaxRetentionSecs)};
    }
    o.accessTokenTtlSecs = parser.value(accessTtl).toLongLong(&ok);
    // The console refuses an expires_in beyond a day (AuthTokens::fromJson).
    if (!ok || o.accessTokenTtlSecs < 1 || o.accessTokenTtlSecs > 86400)
        return Error{QStringLiteral("--access-token-ttl"), QStringLiteral("\"%1\" must be a whole number of seconds in [1, 86400]").arg(parser.value(accessTtl))};
    o.refreshTokenTtlSecs = parser.value(refreshTtl).toLongLong(&ok);
    if (!ok || o.refreshTokenTtlSecs < 1 || o.refreshTokenTtlSecs > kMaxRetentionSecs)
        return Error{QStringLiteral("--refresh-token-ttl"), QStringLiteral("\"%1\" must be a whole number of seconds in [1, %2]").arg(parser.value(refreshTtl)).arg(kMaxRetentionSecs)};
    o.wsAuthTimeoutMs = parser.value(wsAuthTimeout).toInt(&ok);
    if (!ok || o.wsAuthTimeoutMs < 100 || o.wsAuthTimeoutMs > 600000)
        return Error{QStringLiteral("--ws-auth-timeout-ms"), QStringLiteral("\"%1\" must be a whole number in [100, 600000]").arg(parser.value(wsAuthTimeout))};
    o.historyMinuteDays = parser.value(historyMinutes).toInt(&ok);
    if (!ok || o.historyMinuteDays < 1 || o.historyMinuteDays > 3653)
        return Error{QStringLiteral("--history-minute-days"), QStringLiteral("\"%1\" must be a whole number in [1, 3653]").arg(parser.value(historyMinutes))};
    o.historyHourDays = parser.value(historyHours).toInt(&ok);
    if (!ok || o.historyHourDays < o.historyMinuteDays || o.historyHourDays > 36525)
        return Error{QStringLiteral("--history-hour-days"), QStringLiteral("\"%1\" must be a whole number in [%2, 36525] (at least --history-minute-days)")
                                                              .arg(parser.value(historyHours)).arg(o.historyMinuteDays)};
    o.maxDisasters = parser.value(disasters).toInt(&ok);
    if (!ok || o.maxDisasters < 1 || o.maxDisasters > 100000)
        return Error{QStringLiteral("--max-disasters"), QStringLiteral("\"%1\" must be a whole number in [1, 100000]").arg(parser.value(disasters))};
    // Read at start by ServerApp (tls::loadServerConfiguration); here only both or neither.
    o.tlsCertFile = parser.value(tlsCert);
    o.tlsKeyFile = parser.value(tlsKey);
    if (parser.isSet(tlsCert) && o.tlsCertFile.isEmpty())
        return Error{QStringLiteral("--tls-cert"), QStringLiteral("needs a file name")};
    if (parser.isSet(tlsKey) && o.tlsKeyFile.isEmpty())
        return Error{QStringLiteral("--tls-key"), QStringLiteral("needs a file name")};
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return o.tlsKeyFile.isEmpty() ? Error{QStringLiteral("--tls-key"), QStringLiteral("is required with --tls-cert")}
                                      : Error{QStringLiteral("--tls-cert"), QStringLiteral("is required with --tls-key")};
    return o;
}

} // namespace et::backend
