// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorystep.h"
#include "domain/result.h"
#include "routequery.h"
#include "sunquery.h"

#include <QDateTime>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace et::cli {

/// A parsed and checked energytruck-cli command line.
struct CommandLine
{
    enum class Command { Sync, List, Status, Outbox, OrderCreate, OrderCancel, DisasterAcknowledge, Login, Logout, Sun, Route, History, Forecast, DispatchSuggest, DispatchAccept, DisasterImportTrack,
                         DisasterCreate, DisasterUpdate, DisasterResolve, DisasterImpact, Alarms, AlarmAck,
                         AlarmShelve, Report, CentersImport, Help, Version };
    Command command = Command::Help;
    QString listKind;  ///< assets | trucks | disasters | centers | orders
    bool json = false;
    QUrl serverUrl;    ///< empty when --server was not given
    QString dataDir;   ///< --data-dir or the console's default
    QString user;      ///< --user EMAIL: whose login (default: the data folder's last account)
    bool passwordFromStdin = false; ///< --password-stdin: the password is the first line of stdin
    QString caCertFile; ///< --ca-cert FILE: trust only this CA for https://
    // order create: --truck ID --kind charge|deliver --target ASSET_ID --kwh N
    QString truckId;
    QString orderKind;
    QString targetAssetId;
    double kwh = 0.0;
    /// order cancel ORDER_ID / disaster acknowledge DISASTER_ID / dispatch accept SUGGESTION_ID /
    /// disaster import-track FILE
    QString subjectId;
    QString bodyFile;
    QString reportOut;     ///< report --out FILE.pdf
    QString reportLanguage = QStringLiteral("ko"); ///< report --lang ko|en
    int shelveMinutes = 0; ///< alarm shelve --minutes
    bool dryRun = false;   ///< centers import --dry-run
    QString shelveReason;  ///< alarm shelve --reason  ///< --file: disaster create's body, disaster update's changes (JSON)
    /// sun --lat LAT --lon LON [--time ISO8601] …
    SunQuery sun;
    /// route --from LAT,LON --to LAT,LON [--depart T] [--speed-cap KMH]
    RouteQuery route;
    // history --from T --to T [--step S]: [from, to) rounded out to whole buckets of the step
    QDateTime historyFrom;
    QDateTime historyTo;
    domain::HistoryStep historyStep = domain::HistoryStep::Minute;

    /// Parses `arguments` (argv, program name first). A usage error carries a one-line reason;
    /// the caller prints it with usage() and exits with 2.
    static domain::Result<CommandLine> parse(const QStringList &arguments, const QString &defaultDataDir);
    static QString usage();
    static QStringList listKinds();
};

} // namespace et::cli
