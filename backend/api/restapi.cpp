// SPDX-License-Identifier: MIT
#include "api/restapi.h"

#include "api/centerquery.h"
#include "api/changesquery.h"
#include "backendlogging.h"
#include "sim/simulation.h"
#include "store/store.h"
#include "domain/permissions.h"
#include "domain/streamevent.h"
#include "et/version.h"
#include "domain/errorcode.h"

#include <QJsonArray>

namespace et::backend {

using domain::EntityKind;
using domain::Permission;
using Method = QHttpServerRequest::Method;

const QString RestApi::kWebSocketPath = QStringLiteral("/api/v1/ws");

namespace {
QJsonObject withCursor(QJsonObject o, qint64 cursor)
{
    o.insert(QStringLiteral("cursor"), double(cursor));
    return o;
}
} // namespace

RestApi::RestApi(Store &store, Simulation &simulation) : m_store(store), m_simulation(simulation)
{
    // The search reads the centers once; an import that changes them makes it read them again.
    m_centersChanged = QObject::connect(&m_store, &Store::committed, &m_store, [this](const QList<domain::Change> &changes) {
        if (std::any_of(changes.cbegin(), changes.cend(), [](const domain::Change &c) { return c.entity == EntityKind::Center; }))
            m_centers.reset();
    });
}

RestApi::~RestApi()
{
    QObject::disconnect(m_centersChanged);
}

void RestApi::registerRoutes(ApiServer &server)
{
    const QString v1 = QStringLiteral("/api/v1");
    const Access grid = Access::needs(Permission::ReadGrid);
    server.route(v1 + QStringLiteral("/health"), Method::Get, Access::open(), [this](const ApiRequest &) { return health(); });
    server.route(v1 + QStringLiteral("/ready"), Method::Get, Access::open(), [this](const ApiRequest &) { return ready(); });
    server.route(v1 + QStringLiteral("/assets"), Method::Get, grid, [this](const ApiRequest &) { return listOf(EntityKind::Asset); });
    server.route(v1 + QStringLiteral("/assets/([^/]+)"), Method::Get, grid, [this](const ApiRequest &r) { return asset(r.captures.value(0)); });
    server.route(v1 + QStringLiteral("/energy/balance"), Method::Get, grid, [this](const ApiRequest &) { return balance(); });
    server.route(v1 + QStringLiteral("/energy/forecast"), Method::Get, grid, [this](const ApiRequest &) { return forecast(); });
    server.route(v1 + QStringLiteral("/trucks"), Method::Get, Access::needs(Permission::ReadFleet), [this](const ApiRequest &) { return listOf(EntityKind::Truck); });
    server.route(v1 + QStringLiteral("/dispatch/suggestions"), Method::Get, Access::needs(Permission::ReadFleet),
                 [this](const ApiRequest &) { return single(EntityKind::DispatchPlan, QStringLiteral("no dispatch plan has been computed yet")); });
    server.route(v1 + QStringLiteral("/disasters"), Method::Get, Access::needs(Permission::ReadDisasters), [this](const ApiRequest &) { return listOf(EntityKind::Disaster); });
    server.route(v1 + QStringLiteral("/alarms"), Method::Get, Access::needs(Permission::ReadDisasters), [this](const ApiRequest &) { return listOf(EntityKind::Alarm); });
    server.route(v1 + QStringLiteral("/centers"), Method::Get, grid, [this](const ApiRequest &r) { return centers(r); });
    server.route(v1 + QStringLiteral("/sync/changes"), Method::Get, Access::signedIn(), [this](const ApiRequest &r) { return changes(r); });
    // Reached only without an Upgrade header: the upgrade itself never gets here.
    server.route(kWebSocketPath, Method::Get, Access::open(), [](const ApiRequest &) {
        return ApiResponse::badRequest(QStringLiteral("this is the WebSocket endpoint; connect with a WebSocket client"));
    });
    server.setWebSocketPath(kWebSocketPath);
}

ApiResponse RestApi::health() const
{
    return ApiResponse::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("version"), QStringLiteral(ET_VERSION)},
                            {QStringLiteral("time"), domain::toIsoUtc(QDateTime::currentDateTimeUtc())},
                            {QStringLiteral("sim_time"), domain::toIsoUtc(m_simulation.simTime())},
                            {QStringLiteral("cursor"), double(m_store.cursor())}});
}

ApiResponse RestApi::ready() const
{
    // Liveness is /health; this says whether the server can do its work right now.
    auto notReady = [](const QString &why) { return ApiResponse::error(503, domain::errorcode::notReady, why); };
    if (!m_simulation.isRunning())
        return notReady(QStringLiteral("the simulation is not running"));
    if (m_simulation.lastTickFailed())
        return notReady(QStringLiteral("the last simulation tick could not be written; see the server log"));
    if (auto s = m_store.ping(); !s.ok()) {
        qCWarning(lcStore).noquote() << "not ready:" << s.error().toString();
        return notReady(QStringLiteral("the database does not answer; see the server log"));
    }
    return ApiResponse::ok({{QStringLiteral("status"), QStringLiteral("ready")}});
}

ApiResponse RestApi::listOf(EntityKind kind) const
{
    auto rows = m_store.readAll(kind);
    if (!rows.ok())
        return ApiResponse::internal(rows.error());
    QJsonArray items;
    for (const QJsonObject &o : rows.value())
        items.append(o);
    return ApiResponse::ok(withCursor({{QStringLiteral("items"), items}}, m_store.cursor()));
}

ApiResponse RestApi::asset(const QString &id) const
{
    auto row = m_store.read(EntityKind::Asset, id);
    if (!row.ok())
        return ApiResponse::internal(row.error());
    if (!row.value())
        return ApiResponse::notFound(QStringLiteral("no asset with id \"%1\"").arg(id));
    return ApiResponse::ok(*row.value());
}

ApiResponse RestApi::balance() const
{
    auto row = m_store.read(EntityKind::Balance, QStringLiteral("current"));
    if (!row.ok())
        return ApiResponse::internal(row.error());
    if (!row.value())
        return ApiResponse::notFound(QStringLiteral("no energy balance has been computed yet"));
    return ApiResponse::ok(withCursor(*row.value(), m_store.cursor()));
}

ApiResponse RestApi::forecast() const
{
    return single(EntityKind::Forecast, QStringLiteral("no energy forecast has been issued yet"));
}

ApiResponse RestApi::single(EntityKind kind, const QString &none) const
{
    auto row = m_store.read(kind, QStringLiteral("current"));
    if (!row.ok())
        return ApiResponse::internal(row.error());
    if (!row.value())
        return ApiResponse::notFound(none);
    return ApiResponse::ok(withCursor(*row.value(), m_store.cursor()));
}

ApiResponse RestApi::centers(const ApiRequest &request)
{
    auto query = CenterQuery::parse(request.raw.query());
    if (!query.ok())
        return ApiResponse::badRequest(query.error().toString());
    if (!m_centers) {
        auto rows = m_store.readAll(EntityKind::Center);
        if (!rows.ok())
            return ApiResponse::internal(rows.error());
        QList<domain::Center> list;
        for (const QJsonObject &o : rows.value()) {
            auto c = domain::Center::fromJson(o);
            if (!c.ok())
                return ApiResponse::internal(c.error().prefixed(QStringLiteral("stored center")));
            list << c.value();
        }
        m_centers = list;
    }
    const QList<domain::Center> found = query.value().apply(*m_centers);
    QJsonArray items;
    for (const auto &c : found)
        items.append(c.toJson());
    return ApiResponse::ok(withCursor({{QStringLiteral("items"), items}, {QStringLiteral("total"), int(found.size())}}, m_store.cursor()));
}

ApiResponse RestApi::changes(const ApiRequest &request) const
{
    auto query = ChangesQuery::parse(request.raw.query());
    if (!query.ok())
        return ApiResponse::badRequest(query.error().toString());
    const qint64 since = query.value().since;
    // A client that could have missed a purged delete, or one that knows a log this server never
    // wrote, must start over from a snapshot (since=0 is always answered).
    const qint64 horizon = m_store.horizon();
    auto gone = [horizon](const QString &code, const QString &message) {
        ApiResponse r = ApiResponse::error(410, code, message);
        QJsonObject error = r.body.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("horizon"), double(horizon));
        r.body.insert(QStringLiteral("error"), error);
        return r;
    };
    if (since > m_store.cursor())
        return gone(domain::errorcode::cursorUnknown, QStringLiteral("since %1 is newer than the server's cursor %2; take a snapshot (since=0)")
                                                          .arg(since).arg(m_store.cursor()));
    if (since > 0 && since < horizon)
        return gone(domain::errorcode::cursorExpired, QStringLiteral("since %1 is older than the log's horizon %2; take a snapshot (since=0)")
                                                          .arg(since).arg(horizon));
    // Only what the user may read: a partner's log has no trucks or orders.
    QList<EntityKind> hidden;
    for (const EntityKind kind : {EntityKind::Asset, EntityKind::Truck, EntityKind::Disaster, EntityKind::Balance, EntityKind::Center,
                                  EntityKind::Order, EntityKind::Forecast, EntityKind::DispatchPlan, EntityKind::Alarm,
                                  EntityKind::CenterNotice, EntityKind::CenterReview}) {
        const auto needed = domain::permissionForChannel(domain::channel::forEntity(kind)).value_or(Permission::ReadGrid);
        if (!domain::allows(request.principal->user.role, needed))
            hidden << kind;
    }
    auto batch = m_store.changesSince(since, query.value().limit, hidden);
    if (!batch.ok())
        return ApiResponse::internal(batch.error());
    return ApiResponse::ok(batch.value().toJson());
}

} // namespace et::backend
