// SPDX-License-Identifier: MIT
#include "restapi.h"

#include "backendlogging.h"
#include "centerquery.h"
#include "changesquery.h"
#include "domain/disaster.h"
#include "simulation.h"
#include "store.h"

#include <QJsonArray>
#include <QUuid>

namespace et::backend {

using domain::EntityKind;
using Method = QHttpServerRequest::Method;

const QString RestApi::kWebSocketPath = QStringLiteral("/api/v1/ws");

namespace {
const QString kVersion = QStringLiteral("0.1.0");

QJsonObject withCursor(QJsonObject o, qint64 cursor)
{
    o.insert(QStringLiteral("cursor"), double(cursor));
    return o;
}
} // namespace

RestApi::RestApi(Store &store, Simulation &simulation) : m_store(store), m_simulation(simulation) {}

void RestApi::registerRoutes(ApiServer &server)
{
    const QString v1 = QStringLiteral("/api/v1");
    server.route(v1 + QStringLiteral("/health"), Method::Get, [this](const ApiRequest &) { return health(); });
    server.route(v1 + QStringLiteral("/assets"), Method::Get, [this](const ApiRequest &) { return listOf(EntityKind::Asset); });
    server.route(v1 + QStringLiteral("/assets/([^/]+)"), Method::Get, [this](const ApiRequest &r) { return asset(r.captures.value(0)); });
    server.route(v1 + QStringLiteral("/energy/balance"), Method::Get, [this](const ApiRequest &) { return balance(); });
    server.route(v1 + QStringLiteral("/trucks"), Method::Get, [this](const ApiRequest &) { return listOf(EntityKind::Truck); });
    server.route(v1 + QStringLiteral("/disasters"), Method::Get, [this](const ApiRequest &) { return listOf(EntityKind::Disaster); });
    server.route(v1 + QStringLiteral("/disasters"), Method::Post, [this](const ApiRequest &r) { return registerDisaster(r); });
    server.route(v1 + QStringLiteral("/centers"), Method::Get, [this](const ApiRequest &r) { return centers(r); });
    server.route(v1 + QStringLiteral("/sync/changes"), Method::Get, [this](const ApiRequest &r) { return changes(r); });
    // Reached only without an Upgrade header: the upgrade itself never gets here.
    server.route(kWebSocketPath, Method::Get, [](const ApiRequest &) {
        return ApiResponse::badRequest(QStringLiteral("this is the WebSocket endpoint; connect with a WebSocket client"));
    });
    server.setWebSocketPath(kWebSocketPath);
}

ApiResponse RestApi::health() const
{
    return ApiResponse::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("version"), kVersion},
                            {QStringLiteral("time"), domain::toIsoUtc(QDateTime::currentDateTimeUtc())},
                            {QStringLiteral("sim_time"), domain::toIsoUtc(m_simulation.simTime())},
                            {QStringLiteral("cursor"), double(m_store.cursor())}});
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

ApiResponse RestApi::registerDisaster(const ApiRequest &request)
{
    // An idempotency key lets a client resend after a lost answer without registering twice.
    const QString key = QString::fromUtf8(request.raw.value("idempotency-key").trimmed()).left(200);
    const QString metaKey = QStringLiteral("idempotency:disasters:") + key;
    if (!key.isEmpty()) {
        if (const auto id = m_store.meta(metaKey)) {
            auto row = m_store.read(EntityKind::Disaster, *id);
            if (row.ok() && row.value()) {
                ApiResponse replay = ApiResponse::ok(*row.value(), 201);
                replay.headers.append({QByteArrayLiteral("Idempotent-Replay"), QByteArrayLiteral("true")});
                return replay;
            }
        }
    }
    auto body = domain::parseJsonObject(request.raw.body());
    if (!body.ok())
        return ApiResponse::invalidJson(body.error().toString());
    auto parsed = domain::Disaster::fromRegistrationJson(body.value());
    if (!parsed.ok())
        return ApiResponse::validationFailed(parsed.error());
    auto stored = m_store.count(EntityKind::Disaster);
    if (!stored.ok())
        return ApiResponse::internal(stored.error());
    if (stored.value() >= m_maxDisasters)
        return ApiResponse::error(409, QStringLiteral("limit_reached"),
                                  QStringLiteral("the server keeps at most %1 disasters and has %2; no more can be registered")
                                      .arg(m_maxDisasters).arg(stored.value()));
    domain::Disaster d = parsed.value();
    d.id = QStringLiteral("dis-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    d.updatedAt = m_simulation.simTime();
    QMap<QString, QString> meta;
    if (!key.isEmpty())
        meta.insert(metaKey, d.id);
    auto written = m_store.write({{EntityKind::Disaster, d.id, d.toJson()}}, meta);
    if (!written.ok())
        return ApiResponse::internal(written.error());
    qCInfo(lcHttp).noquote() << "registered disaster" << d.id << domain::toString(d.type) << "severity" << d.severity;
    return ApiResponse::ok(d.toJson(), 201);
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
    auto batch = m_store.changesSince(query.value().since, query.value().limit);
    if (!batch.ok())
        return ApiResponse::internal(batch.error());
    return ApiResponse::ok(batch.value().toJson());
}

} // namespace et::backend
