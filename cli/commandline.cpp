// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "domain/jsonfieldreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace et::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::CommandLine", text);
}

/// history's --from/--to/--step: times as the API reads them (ISO 8601 with a zone), rounded out
/// to whole buckets, the range within the step's limit.
domain::Status parseHistoryRange(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                                 const QCommandLineOption &step, CommandLine &c)
{
    if (parser.isSet(step)) {
        const auto s = domain::historyStepFromString(parser.value(step));
        if (!s)
            return domain::Error{QStringLiteral("--step"), tr("\"%1\" is not one of %2").arg(parser.value(step), domain::historyStepNames().join(u", "))};
        c.historyStep = *s;
    }
    QJsonObject times;
    for (const QCommandLineOption *o : {&from, &to}) {
        if (!parser.isSet(*o))
            return domain::Error{QStringLiteral("history"), tr("needs --%1 TIME (ISO 8601 with a zone, e.g. 2024-04-13T09:00+09:00)").arg(o->names().first())};
        times.insert(o->names().first(), parser.value(*o));
    }
    domain::JsonFieldReader r(times);
    const QDateTime first = r.dateTime(QStringLiteral("from"));
    const QDateTime last = r.dateTime(QStringLiteral("to"));
    if (!r.ok())
        return domain::Error{QStringLiteral("--") + r.error().field, r.error().message};
    const qint64 size = domain::historyStepSeconds(c.historyStep);
    const qint64 start = domain::historyBucketStart(first.toSecsSinceEpoch(), c.historyStep);
    qint64 end = domain::historyBucketStart(last.toSecsSinceEpoch(), c.historyStep);
    if (end < last.toSecsSinceEpoch() || last.toMSecsSinceEpoch() % 1000 != 0)
        end += size;
    if (end <= start || last <= first)
        return domain::Error{QStringLiteral("--to"), tr("must be after --from")};
    if (end - start > domain::historyStepMaxRangeSeconds(c.historyStep))
        return domain::Error{QStringLiteral("--to"), tr("the range is %1 days; at step %2 at most %3 (use a coarser --step)")
                                                          .arg(double(end - start) / 86400.0, 0, 'g', 4)
                                                          .arg(domain::toString(c.historyStep), domain::historyStepMaxRangeText(c.historyStep))};
    c.historyFrom = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    c.historyTo = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    return domain::Ok{};
}
} // namespace

QStringList CommandLine::listKinds()
{
    return {QStringLiteral("assets"), QStringLiteral("trucks"), QStringLiteral("disasters"), QStringLiteral("centers"),
            QStringLiteral("orders")};
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  energytruck-cli --server URL [--data-dir DIR] sync\n"
              "  energytruck-cli [--data-dir DIR] list assets|trucks|disasters|centers|orders [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] status\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] order create --truck ID --kind charge|deliver --target ASSET_ID --kwh N\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] order cancel ORDER_ID\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] disaster acknowledge DISASTER_ID\n"
              "  energytruck-cli disaster import-track FILE [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] disaster create --file BODY.json [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] disaster update DISASTER_ID --file CHANGES.json\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] disaster resolve DISASTER_ID\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] disaster impact DISASTER_ID [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] alarms [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] alarm ack ALARM_ID\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] alarm shelve ALARM_ID --minutes N --reason TEXT\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] report DISASTER_ID --out FILE.pdf [--lang ko|en]\n"
              "  energytruck-cli [--data-dir DIR] outbox [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] forecast [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] history --from TIME --to TIME [--step 1m|5m|15m|1h|1d] [--json]\n"
              "  energytruck-cli --server URL [--data-dir DIR] login --user EMAIL --password-stdin\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] logout\n"
              "  energytruck-cli sun --lat LAT --lon LON [--time ISO8601] [--elevation M] [--pressure MBAR]\n"
              "                  [--temperature C] [--delta-t S] [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] dispatch suggest [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] dispatch accept SUGGESTION_ID\n"
              "  energytruck-cli route --from LAT,LON --to LAT,LON [--depart ISO8601] [--speed-cap KMH] [--json]\n"
              "  energytruck-cli --server URL [--data-dir DIR] centers import FILE [--dry-run] [--json]\n"
              "\n"
              "  sync     send the queued commands, then fetch every change since the last sync, then exit\n"
              "  list     print from the local cache (works without a server)\n"
              "  centers import: read the centers standard data (CSV, CP949 or UTF-8) and upload its Jeju\n"
              "           centers (operators, admins), merged by name and address; prints each row: imported,\n"
              "           merged, unchanged or skipped and why; --dry-run only says what would change\n"
              "  status   connection (with --server) and how old the cached data is\n"
              "  order    queue a dispatch order or its cancellation and print its idempotency key; with\n"
              "           --server it is sent at once, otherwise (or when the server is down) at the next sync\n"
              "  disaster acknowledge: queue an acknowledgement of a disaster, sent like an order\n"
              "  disaster import-track: read a typhoon best track (JMA bst_all.txt or JTWC CSV) with no\n"
              "           server: each storm's fixes, lowest pressure, strongest wind, severity and nearest\n"
              "           approach to Jeju City; --json prints the tracks as an incident carries them\n"
              "  disaster create: queue a new incident from --file (the body of POST /api/v1/disasters, a\n"
              "           typhoon's track, an earthquake's magnitude and depth_km or a polygon included) and\n"
              "           print its id (--json: {\"id\", \"key\"}); sent like an order\n"
              "  disaster update: queue a change (--file: the fields to change, null removes one)\n"
              "  disaster resolve: queue the incident's resolution\n"
              "  disaster impact: the incident's assessed impact (assets and facilities by inspection\n"
              "           priority, unserved demand by eup/myeon, deficit, trucks needed, priority supply);\n"
              "           with --server it syncs first, else the cached one\n"
              "  alarms   the alarms that are not normal, grouped by incident, the worst first, shelved ones\n"
              "           marked; a flood said first; with --server it syncs first, else the cached ones\n"
              "  alarm ack / alarm shelve: queue an acknowledgement, or a shelf of 1-1440 minutes with a\n"
              "           reason (ISA-18.2), sent like an order\n"
              "  report   the incident's situation report as a PDF (map, severity, impact tables, priority\n"
              "           supply, trucks, alarm journal) in Korean (default) or English, the console's own;\n"
              "           with --server it syncs first, else from the cache\n"
              "  outbox   the commands still waiting to be sent, and those the server refused\n"
              "  history  the island's energy balance over a time range, a row per step (means of the minutes):\n"
              "           from the server with --server, else from the local cache (the last 7 days, offline too);\n"
              "           TIME is ISO 8601 with a zone (2024-04-13T09:00+09:00), rounded out to whole steps\n"
              "  forecast the island's energy forecast: curtailment windows of the next 24 h, then hour by hour\n"
              "           demand, wind, solar, HVDC, curtailment (P10-P90), SMP and carbon; with --server it\n"
              "           syncs first, else (or when the server is down) the cached one, with its issue time\n"
              "  login    sign in (the password is read from stdin); the login is kept in the OS keychain,\n"
              "           and later commands use it — each user has a cache of their own in the data folder\n"
              "  logout   sign out and wipe the saved login from the keychain\n"
              "  sun      where the sun is (zenith, elevation, azimuth) at --time (default: now) and that\n"
              "           date's sunrise, transit and sunset on the time's own clock, by the NREL SPA; needs\n"
              "           no server and no data folder. --time needs an offset (…+09:00 for KST, …Z for UTC)\n"
              "  dispatch suggest: the truck dispatch's suggestions (which free truck should go where, when it\n"
              "           arrives, what it absorbs or delivers and is worth, and the truck it beat); with\n"
              "           --server it syncs first, else (or when the server is down) the cached plan\n"
              "  dispatch accept: queues the suggestion as an ordinary order (sent like order create)\n"
              "  route    a truck's drive over Jeju's roads (the bundled national node-link data): distance,\n"
              "           time with P10-P90 for the hour of --depart (default now) and the path's road nodes;\n"
              "           needs no server and no data folder. --speed-cap is the truck's top speed (default 80)\n"
              "\n"
              "Options:\n"
              "  --server URL    backend, e.g. http://127.0.0.1:8080\n"
              "  --data-dir DIR  where cache.sqlite lives (default: the console's data folder)\n"
              "  --file FILE     disaster create and update: the JSON body\n"
              "  --out FILE      report: the PDF to write (replaced whole, never half-written)\n"
              "  --lang ko|en    report: its language (default ko)\n"
              "  --json          list, outbox: print a JSON array instead of a table; sun: one JSON object;\n"
              "                  history: the API's page JSON\n"
              "  --user EMAIL    whose login and cache (default: the last account of the data folder)\n"
              "  --password-stdin  read the password from stdin: for login, or to sign in for this one\n"
              "                  command when there is no keychain\n"
              "  --ca-cert FILE  trust only this CA (PEM or DER) for an https:// server\n"
              "\n"
              "Exit codes: 0 ok (also \"no data yet\", and a command left queued), 1 runtime failure\n"
              "(also a command the server refused), 2 usage error.\n");
}

domain::Result<CommandLine> CommandLine::parse(const QStringList &arguments, const QString &defaultDataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption truck(QStringLiteral("truck"), QString(), QStringLiteral("id"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("kind"));
    const QCommandLineOption target(QStringLiteral("target"), QString(), QStringLiteral("asset"));
    const QCommandLineOption kwh(QStringLiteral("kwh"), QString(), QStringLiteral("n"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("email"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"), QString(), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("time"));
    const QCommandLineOption step(QStringLiteral("step"), QString(), QStringLiteral("step"));
    const QCommandLineOption depart(QStringLiteral("depart"), QString(), QStringLiteral("time"));
    const QCommandLineOption speedCap(QStringLiteral("speed-cap"), QString(), QStringLiteral("kmh"));
    const QCommandLineOption file(QStringLiteral("file"), QString(), QStringLiteral("file"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QString(), QStringLiteral("n"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    parser.addOptions({server, dataDir, json, help, version, truck, kind, target, kwh, user, passwordStdin, caCert, from, to, step, depart, speedCap, file,
                       minutes, reason, out, lang, dryRun});
    parser.addOptions(SunQuery::options());
    if (!parser.parse(arguments))
        return domain::Error{{}, parser.errorText()};

    CommandLine c;
    if (parser.isSet(help))
        return c;
    if (parser.isSet(version)) {
        c.command = Command::Version;
        return c;
    }
    c.json = parser.isSet(json);
    c.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir;
    if (c.dataDir.isEmpty())
        return domain::Error{QStringLiteral("--data-dir"), tr("must not be empty")};
    if (parser.isSet(server)) {
        c.serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
        if (!c.serverUrl.isValid() || (c.serverUrl.scheme() != u"http" && c.serverUrl.scheme() != u"https")
            || c.serverUrl.host().isEmpty())
            return domain::Error{QStringLiteral("--server"), tr("\"%1\" is not an http:// or https:// URL").arg(parser.value(server))};
    }

    c.user = parser.value(user).trimmed();
    if (parser.isSet(user) && c.user.isEmpty())
        return domain::Error{QStringLiteral("--user"), tr("must not be empty")};
    c.passwordFromStdin = parser.isSet(passwordStdin);
    if (c.passwordFromStdin && c.user.isEmpty())
        return domain::Error{QStringLiteral("--password-stdin"), tr("needs --user EMAIL")};
    c.caCertFile = parser.value(caCert);
    if (parser.isSet(caCert) && c.caCertFile.isEmpty())
        return domain::Error{QStringLiteral("--ca-cert"), tr("must not be empty")};

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return domain::Error{{}, tr("no command given")};
    const QString &name = args.first();
    qsizetype expected = 1;
    if (name == u"sync") {
        c.command = Command::Sync;
        if (c.serverUrl.isEmpty())
            return domain::Error{QStringLiteral("sync"), tr("needs --server URL")};
    } else if (name == u"status") {
        c.command = Command::Status;
    } else if (name == u"list") {
        c.command = Command::List;
        expected = 2;
        if (args.size() < 2)
            return domain::Error{QStringLiteral("list"), tr("needs what to list: %1").arg(listKinds().join(u'|'))};
        c.listKind = args.at(1);
        if (!listKinds().contains(c.listKind))
            return domain::Error{QStringLiteral("list"), tr("cannot list \"%1\"; choose one of %2").arg(c.listKind, listKinds().join(u'|'))};
    } else if (name == u"outbox") {
        c.command = Command::Outbox;
    } else if (name == u"order" || name == u"disaster") {
        expected = 2;
        const QString action = args.value(1);
        if (name == u"order" && action == u"create") {
            c.command = Command::OrderCreate;
            for (const QCommandLineOption *o : {&truck, &kind, &target, &kwh}) {
                if (!parser.isSet(*o))
                    return domain::Error{QStringLiteral("order create"), tr("needs --%1").arg(o->names().first())};
            }
            c.truckId = parser.value(truck).trimmed();
            c.orderKind = parser.value(kind);
            c.targetAssetId = parser.value(target).trimmed();
            if (c.orderKind != u"charge" && c.orderKind != u"deliver")
                return domain::Error{QStringLiteral("--kind"), tr("\"%1\" is neither charge nor deliver").arg(c.orderKind)};
            bool ok = false;
            c.kwh = parser.value(kwh).toDouble(&ok);
            // toDouble accepts "nan" and "inf"; neither is an amount of energy.
            if (!ok || !std::isfinite(c.kwh) || c.kwh <= 0.0 || c.kwh > 100000.0)
                return domain::Error{QStringLiteral("--kwh"), tr("\"%1\" is not an amount in (0, 100000] kWh").arg(parser.value(kwh))};
            if (c.truckId.isEmpty() || c.targetAssetId.isEmpty())
                return domain::Error{QStringLiteral("order create"), tr("--truck and --target must not be empty")};
        } else if (name == u"disaster" && action == u"create") {
            c.command = Command::DisasterCreate;
            c.bodyFile = parser.value(file);
            if (c.bodyFile.isEmpty())
                return domain::Error{QStringLiteral("disaster create"), tr("needs --file BODY.json (the body of POST /api/v1/disasters)")};
        } else if ((name == u"order" && action == u"cancel")
                   || (name == u"disaster" && (action == u"acknowledge" || action == u"update" || action == u"resolve" || action == u"impact"))) {
            c.command = name == u"order"          ? Command::OrderCancel
                        : action == u"acknowledge" ? Command::DisasterAcknowledge
                        : action == u"update"      ? Command::DisasterUpdate
                        : action == u"resolve"     ? Command::DisasterResolve
                                                   : Command::DisasterImpact;
            expected = 3;
            if (c.command == Command::DisasterUpdate) {
                c.bodyFile = parser.value(file);
                if (c.bodyFile.isEmpty())
                    return domain::Error{QStringLiteral("disaster update"), tr("needs --file CHANGES.json (the fields to change)")};
            }
            c.subjectId = args.value(2).trimmed();
            if (c.subjectId.isEmpty())
                return domain::Error{name + u' ' + action, tr("needs the id of the %1").arg(name)};
        } else if (name == u"disaster" && action == u"import-track") {
            c.command = Command::DisasterImportTrack;
            expected = 3;
            c.subjectId = args.value(2);
            if (c.subjectId.isEmpty())
                return domain::Error{QStringLiteral("disaster import-track"), tr("needs a best-track file (JMA bst_all.txt or JTWC CSV)")};
        } else {
            return domain::Error{name, name == u"order" ? tr("expected create or cancel")
                                                        : tr("expected create, update, resolve, acknowledge, impact or import-track")};
        }
    } else if (name == u"centers") {
        expected = 3;
        if (args.value(1) != u"import")
            return domain::Error{QStringLiteral("centers"), tr("expected import")};
        c.command = Command::CentersImport;
        c.subjectId = args.value(2);
        if (c.subjectId.isEmpty())
            return domain::Error{QStringLiteral("centers import"), tr("needs the standard data file (CSV)")};
        if (c.serverUrl.isEmpty())
            return domain::Error{QStringLiteral("centers import"), tr("needs --server URL: the server merges the centers")};
        c.dryRun = parser.isSet(dryRun);
    } else if (name == u"alarms") {
        c.command = Command::Alarms;
    } else if (name == u"alarm") {
        const QString action = args.value(1);
        expected = 3;
        c.subjectId = args.value(2).trimmed();
        if (action == u"ack")
            c.command = Command::AlarmAck;
        else if (action == u"shelve")
            c.command = Command::AlarmShelve;
        else
            return domain::Error{QStringLiteral("alarm"), tr("expected ack or shelve")};
        if (c.subjectId.isEmpty())
            return domain::Error{QStringLiteral("alarm ") + action, tr("needs the id of the alarm (see: alarms)")};
        if (c.command == Command::AlarmShelve) {
            bool ok = false;
            c.shelveMinutes = parser.value(minutes).toInt(&ok);
            if (!ok || c.shelveMinutes < 1 || c.shelveMinutes > 1440)
                return domain::Error{QStringLiteral("--minutes"), tr("needs a whole number of minutes from 1 to 1440")};
            c.shelveReason = parser.value(reason).trimmed();
            if (c.shelveReason.isEmpty())
                return domain::Error{QStringLiteral("--reason"), tr("a shelved alarm needs a reason")};
        }
    } else if (name == u"report") {
        c.command = Command::Report;
        expected = 2;
        c.subjectId = args.value(1).trimmed();
        if (c.subjectId.isEmpty())
            return domain::Error{QStringLiteral("report"), tr("needs the id of the incident (see: list disasters)")};
        c.reportOut = parser.value(out).trimmed();
        if (c.reportOut.isEmpty())
            return domain::Error{QStringLiteral("report"), tr("needs --out FILE.pdf")};
        if (parser.isSet(lang)) {
            c.reportLanguage = parser.value(lang).trimmed();
            if (c.reportLanguage != u"ko" && c.reportLanguage != u"en")
                return domain::Error{QStringLiteral("--lang"), tr("\"%1\" is not one of: ko, en").arg(c.reportLanguage)};
        }
    } else if (name == u"history") {
        c.command = Command::History;
        if (auto range = parseHistoryRange(parser, from, to, step, c); !range.ok())
            return range.error();
    } else if (name == u"forecast") {
        c.command = Command::Forecast;
    } else if (name == u"login") {
        c.command = Command::Login;
        if (c.serverUrl.isEmpty())
            return domain::Error{QStringLiteral("login"), tr("needs --server URL")};
        if (!c.passwordFromStdin)
            return domain::Error{QStringLiteral("login"),
                                 tr("needs --user EMAIL --password-stdin (a password is never taken from the command line)")};
    } else if (name == u"logout") {
        c.command = Command::Logout;
    } else if (name == u"sun") {
        c.command = Command::Sun;
        auto sun = SunQuery::parse(parser);
        if (!sun.ok())
            return sun.error();
        c.sun = std::move(sun).value();
    } else if (name == u"dispatch") {
        const QString action = args.value(1);
        expected = action == u"accept" ? 3 : 2;
        if (action == u"suggest") {
            c.command = Command::DispatchSuggest;
        } else if (action == u"accept") {
            c.command = Command::DispatchAccept;
            c.subjectId = args.value(2).trimmed();
            if (c.subjectId.isEmpty())
                return domain::Error{QStringLiteral("dispatch accept"), tr("needs the id of the suggestion (see dispatch suggest)")};
        } else {
            return domain::Error{QStringLiteral("dispatch"), tr("expected suggest or accept")};
        }
    } else if (name == u"route") {
        c.command = Command::Route;
        auto route = RouteQuery::parse(parser.value(from), parser.value(to), parser.value(depart), parser.value(speedCap));
        if (!route.ok())
            return route.error();
        c.route = std::move(route).value();
    } else if (name == u"help") {
        return c;
    } else {
        return domain::Error{{}, tr("unknown command \"%1\"").arg(name)};
    }
    if (args.size() > expected)
        return domain::Error{name, tr("unexpected argument \"%1\"").arg(args.at(expected))};
    if (c.json && c.command != Command::List && c.command != Command::Outbox && c.command != Command::Sun && c.command != Command::History
        && c.command != Command::Forecast && c.command != Command::Route && c.command != Command::DispatchSuggest
        && c.command != Command::DisasterImportTrack && c.command != Command::DisasterCreate && c.command != Command::DisasterImpact
        && c.command != Command::Alarms && c.command != Command::CentersImport)
        return domain::Error{QStringLiteral("--json"), tr("only applies to list, outbox, sun, route, history, forecast, dispatch suggest "
                                                          "disaster create, impact and import-track, alarms and centers import")};
    if (parser.isSet(dryRun) && c.command != Command::CentersImport)
        return domain::Error{QStringLiteral("--dry-run"), tr("only applies to centers import")};
    if ((parser.isSet(out) || parser.isSet(lang)) && c.command != Command::Report)
        return domain::Error{{}, tr("--out and --lang only apply to report")};
    if ((parser.isSet(minutes) || parser.isSet(reason)) && c.command != Command::AlarmShelve)
        return domain::Error{{}, tr("--minutes and --reason only apply to alarm shelve")};
    if (parser.isSet(file) && c.command != Command::DisasterCreate && c.command != Command::DisasterUpdate)
        return domain::Error{QStringLiteral("--file"), tr("only applies to disaster create and disaster update")};
    if (SunQuery::anyGiven(parser) && c.command != Command::Sun)
        return domain::Error{{}, tr("--lat, --lon, --time, --elevation, --pressure, --temperature and --delta-t only apply to sun")};
    if ((parser.isSet(from) || parser.isSet(to)) && c.command != Command::History && c.command != Command::Route)
        return domain::Error{{}, tr("--from and --to only apply to history and route")};
    if (parser.isSet(step) && c.command != Command::History)
        return domain::Error{{}, tr("--step only applies to history")};
    if ((parser.isSet(depart) || parser.isSet(speedCap)) && c.command != Command::Route)
        return domain::Error{{}, tr("--depart and --speed-cap only apply to route")};
    const bool orderOptions = parser.isSet(truck) || parser.isSet(kind) || parser.isSet(target) || parser.isSet(kwh);
    if (orderOptions && c.command != Command::OrderCreate)
        return domain::Error{{}, tr("--truck, --kind, --target and --kwh only apply to order create")};
    return c;
}

} // namespace et::cli
