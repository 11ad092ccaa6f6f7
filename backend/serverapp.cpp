// SPDX-License-Identifier: MIT
#include "serverapp.h"

#include "api/alarmsapi.h"
#include "api/centersapi.h"
#include "api/commandgate.h"
#include "api/disastersapi.h"
#include "api/energyhistoryapi.h"
#include "api/eventhub.h"
#include "api/ordersapi.h"
#include "api/restapi.h"
#include "auth/accountstore.h"
#include "auth/authapi.h"
#include "auth/authservice.h"
#include "auth/hostcommands.h"
#include "backendlogging.h"
#include "http/apiserver.h"
#include "http/metricsreport.h"
#include "http/tlsserver.h"
#include "serveroptions.h"
#include "sim/alarmmonitor.h"
#include "sim/fleetgenerator.h"
#include "sim/incidentassessor.h"
#include "sim/kpxseriesfolder.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/auditlog.h"
#include "store/energyhistorystore.h"
#include "store/store.h"

#include "et/version.h"
#include "platform/signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace et::backend {

using domain::EntityKind;
using domain::Status;

namespace {
constexpr int kFleetSize = 20;
// Which source a database's history came from: "sim" (also when absent, as before replays) or "kpx".
const QString kHistorySourceKey = QStringLiteral("history_source");

// A database keeps the history of one source: a replay of KPX's series is not continued by the
// model's minutes, nor the reverse.
Status checkHistorySource(const Store &store, const QString &source)
{
    if (!store.isSeeded() || store.meta(kHistorySourceKey).value_or(QStringLiteral("sim")) == source)
        return domain::Ok{};
    if (source == u"kpx")
        return domain::Error{QStringLiteral("--history-source"), QStringLiteral("this database holds the simulation's history: a replay of KPX's series needs a new --db")};
    return domain::Error{QStringLiteral("--history-source"), QStringLiteral("this database holds a replay of KPX's series: start it with --history-source kpx DIR, or use another --db")};
}

void printError(const QString &message)
{
    std::fprintf(stderr, "energytruck-server: %s\n", qPrintable(message));
    std::fflush(stderr);
}

// First start: writes the seed (centers, assets, trucks) through the change log, so that
// `sync/changes?since=0` returns everything.
Status seedStore(Store &store, const SeedData &seed, quint64 rngSeed, const QDateTime &start, const QString &historySource)
{
    QList<EntityWrite> writes;
    for (const auto &c : seed.centers)
        writes.append({EntityKind::Center, c.id, c.toJson()});
    for (const auto &a : seed.assets)
        writes.append({EntityKind::Asset, a.id, a.toJson()});
    for (const auto &t : FleetGenerator::generate(rngSeed, seed.depots, kFleetSize, start))
        writes.append({EntityKind::Truck, t.id, t.toJson()});
    auto r = store.write(writes, {{QStringLiteral("seed"), QString::number(rngSeed)},
                                  {QStringLiteral("seeded_at"), domain::toIsoUtc(QDateTime::currentDateTimeUtc())},
                                  {kHistorySourceKey, historySource}});
    if (!r.ok())
        return r.error();
    for (const QString &w : seed.centerWarnings)
        qCWarning(lcStore).noquote() << "health-center data:" << w;
    qCInfo(lcStore).noquote() << "seeded" << seed.centers.size() << "centers," << seed.assets.size() << "assets," << kFleetSize << "trucks";
    return domain::Ok{};
}
// A database seeded before the centers carried their staff counts gets them once from the bundled
// data, through the change log so every console's cache catches up by its next delta. Centers an
// operator imported since keep what they hold.
Status backfillCenterStaff(Store &store, const SeedData &seed)
{
    const QString done = QStringLiteral("centers_staff_backfilled");
    if (store.meta(done))
        return domain::Ok{};
    QList<EntityWrite> writes;
    for (const auto &c : seed.centers) {
        auto row = store.read(EntityKind::Center, c.id);
        if (!row.ok())
            return row.error();
        if (!row.value() || row.value()->contains(QStringLiteral("staff")) || !c.hasStaff())
            continue;
        auto stored = domain::Center::fromJson(*row.value());
        if (!stored.ok())
            return stored.error().prefixed(QStringLiteral("stored center"));
        domain::Center updated = stored.value();
        updated.doctors = c.doctors;
        updated.nurses = c.nurses;
        updated.socialWorkers = c.socialWorkers;
        updated.nutritionists = c.nutritionists;
        updated.otherStaff = c.otherStaff;
        writes.append({EntityKind::Center, c.id, updated.toJson()});
    }
    auto r = store.write(writes, {{done, domain::toIsoUtc(QDateTime::currentDateTimeUtc())}});
    if (!r.ok())
        return r.error();
    if (!writes.isEmpty())
        qCInfo(lcStore).noquote() << "added staff counts to" << writes.size() << "centers";
    return domain::Ok{};
}
} // namespace

int ServerApp::run(const QStringList &arguments)
{
    auto parsed = ServerOptions::parse(arguments);
    if (!parsed.ok()) {
        if (parsed.error().field == u"help") {
            std::fputs(qPrintable(parsed.error().message), stdout);
            return 0;
        }
        printError(parsed.error().toString() + QStringLiteral(" (see --help)"));
        return 2;
    }
    const ServerOptions options = parsed.value();
    if (options.showVersion) {
        std::fputs("energytruck-server " ET_VERSION "\n", stdout);
        return 0;
    }
    if (options.hostCommand != ServerOptions::HostCommand::None)
        return HostCommands::run(options);
    // Before the database: a certificate that cannot be served stops the start with nothing touched.
    std::optional<QSslConfiguration> tlsConfiguration;
    if (!options.tlsCertFile.isEmpty()) {
        auto loaded = tls::loadServerConfiguration(options.tlsCertFile, options.tlsKeyFile);
        if (!loaded.ok()) {
            printError(loaded.error().toString());
            return 1;
        }
        tlsConfiguration = loaded.value();
    }
    // Installed first: a SIGTERM during start-up waits in the pipe until the event loop runs,
    // instead of killing the process half way through seeding.
    platform::SignalWatcher watcher;
    const QDateTime start = options.start.value_or(QDateTime::currentDateTimeUtc());
    // KPX's series are read whole before the database is touched: a broken file stops the start.
    std::shared_ptr<const domain::energy::KpxIslandSeries> replay;
    if (options.historySource == ServerOptions::HistorySource::Kpx) {
        auto loaded = KpxSeriesFolder::load(options.kpxDir);
        if (!loaded.ok()) {
            printError(QStringLiteral("KPX's series: ") + loaded.error().toString());
            return 1;
        }
        replay = std::make_shared<const domain::energy::KpxIslandSeries>(std::move(loaded).value());
        qCInfo(lcSim).noquote() << "replaying KPX's series from" << options.kpxDir << "covering" << replay->rangeText();
    }
    const QString historySource = replay ? QStringLiteral("kpx") : QStringLiteral("sim");

    Store store;
    if (auto s = store.open(options.dbPath); !s.ok()) {
        printError(s.error().toString());
        return 1;
    }
    if (auto s = checkHistorySource(store, historySource); !s.ok()) {
        printError(s.error().toString());
        return 1;
    }
    // A fresh replay must start inside the series before anything is written.
    if (replay && !store.isSeeded()) {
        if (auto s = Simulation::replayMayStartAt(*replay, start); !s.ok()) {
            printError(s.error().toString());
            return 1;
        }
    }
    auto seed = SeedData::loadBundled(start);
    if (!seed.ok()) {
        printError(QStringLiteral("bundled seed data is broken: ") + seed.error().toString());
        return 1;
    }
    quint64 rngSeed = options.seed;
    if (!store.isSeeded()) {
        if (auto s = seedStore(store, seed.value(), rngSeed, start, historySource); !s.ok()) {
            printError(QStringLiteral("seeding the database failed: ") + s.error().toString());
            return 1;
        }
    } else if (const auto stored = store.meta(QStringLiteral("seed"))) {
        // The database carries its world: its own seed wins over the command line.
        if (stored->toULongLong() != rngSeed)
            qCWarning(lcSim).noquote() << "database was created with seed" << *stored << "; using it instead of" << rngSeed;
        rngSeed = stored->toULongLong();
    }
    if (auto s = backfillCenterStaff(store, seed.value()); !s.ok()) {
        printError(QStringLiteral("adding the centers' staff counts failed: ") + s.error().toString());
        return 1;
    }

    EnergyHistoryStore history(store);
    history.setRetention(options.historyMinuteDays, options.historyHourDays);
    if (auto s = history.open(); !s.ok()) {
        printError(QStringLiteral("reading the energy history failed: ") + s.error().toString());
        return 1;
    }
    Simulation simulation(store, seed.value(), rngSeed);
    simulation.setRetention(options.orderRetentionSecs, options.tombstoneRetentionSecs);
    simulation.setReplay(replay);
    QObject::connect(&simulation, &Simulation::minuteComputed, &history, &EnergyHistoryStore::record);
    if (auto s = simulation.initialize(start); !s.ok()) {
        printError(QStringLiteral("starting the simulation failed: ") + s.error().toString());
        return 1;
    }

    AccountStore accounts(store);
    auto signingKey = accounts.signingKey();
    if (!signingKey.ok()) {
        printError(QStringLiteral("the access-token key: ") + signingKey.error().toString());
        return 1;
    }
    AuthService auth(accounts, signingKey.value(), options.accessTokenTtlSecs, options.refreshTokenTtlSecs);
    AuditLog auditLog(store);

    ApiServer server;
    server.setRateLimit(options.rateLimit);
    server.setAuthenticator([&auth](const QHttpServerRequest &r) { return auth.authenticate(r); });
    server.setAuditLog(&auditLog);
    AuthApi authApi(accounts, auth);
    authApi.registerRoutes(server);
    auditLog.registerRoutes(server);
    RestApi api(store, simulation);
    api.registerRoutes(server);
    EnergyHistoryApi historyApi(history);
    historyApi.registerRoutes(server);
    CommandGate gate(store);
    OrdersApi orders(store, simulation, gate);
    orders.registerRoutes(server);
    IncidentAssessor assessor(simulation, seed.value());
    DisastersApi disasters(store, simulation, gate, assessor);
    disasters.setMaxDisasters(options.maxDisasters);
    disasters.registerRoutes(server);
    AlarmsApi alarms(store, simulation, gate);
    alarms.registerRoutes(server);
    CentersApi centers(store, simulation, gate);
    centers.registerRoutes(server);
    AlarmMonitor alarmMonitor(store, simulation, auditLog);
    if (auto s = alarmMonitor.load(); !s.ok()) {
        printError(QStringLiteral("reading the alarms failed: ") + s.error().toString());
        return 1;
    }
    EventHub hub(store, RestApi::kWebSocketPath);
    hub.setMaxBacklog(qint64(options.wsMaxBacklogKib) * 1024);
    hub.setAuthenticator([&auth](const QByteArray &token) { return auth.authenticateToken(token); });
    hub.setAuthTimeout(options.wsAuthTimeoutMs);
    QObject::connect(&accounts, &AccountStore::loginsRevoked, &hub, &EventHub::closeLogins);
    QObject::connect(&accounts, &AccountStore::roleChanged, &hub, &EventHub::closeUser);
    hub.attach(server);
    // Outside /api/v1, where Prometheus scrapers look by default.
    server.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, Access::open(), [&](const ApiRequest &) {
        const auto &b = simulation.balance();
        const MetricsSnapshot m{server.statusCounts(), server.latency(), gate.replays(), hub.clientCount(), hub.eventsSent(),
                                hub.eventsDropped(), hub.resyncsSent(), simulation.openOrders(), store.cursor(), simulation.simTime(),
                                b.demandMw, b.curtailmentMw, b.smpKrwPerKwh, b.renewableShare};
        return ApiResponse::text(MetricsReport::render(m), QByteArrayLiteral("text/plain; version=0.0.4"));
    });
    quint16 port = 0;
    if (tlsConfiguration) {
        QSslServer *tlsServer = tls::makeServer(*tlsConfiguration);
        if (tlsServer->listen(options.host, options.port)) {
            server.bind(tlsServer); // parents it to the server
            port = tlsServer->serverPort();
        } else {
            delete tlsServer;
        }
    } else {
        port = server.listen(options.host, options.port);
    }
    if (port == 0) {
        printError(QStringLiteral("cannot listen on %1:%2").arg(options.host.toString()).arg(options.port));
        return 1;
    }
    const QString host = options.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options.host.toString())
                             : options.host.toString();
    // The contract's first stdout line; tests and the console wait for it.
    std::printf("listening on %s://%s:%u\n", tlsConfiguration ? "https" : "http", qPrintable(host), unsigned(port));
    std::fflush(stdout);
    qCInfo(lcServer).noquote() << "listening on port" << port << "speed" << options.speed << "db" << options.dbPath;

    simulation.start(options.speed, options.tickMs);
    QObject::connect(&watcher, &platform::SignalWatcher::terminationRequested, qApp, [&](int number) {
        qCInfo(lcServer).noquote() << "signal" << number << "received; stopping";
        simulation.stop();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    store.close();
    qCInfo(lcServer).noquote() << "stopped cleanly";
    return code;
}

} // namespace et::backend
