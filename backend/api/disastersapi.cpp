// SPDX-License-Identifier: MIT
#include "api/disastersapi.h"

#include "api/commandgate.h"
#include "backendlogging.h"
#include "sim/simulation.h"
#include "store/store.h"
#include "domain/disaster.h"

#include <QUuid>

namespace et::backend {

using domain::EntityKind;
using Method = QHttpServerRequest::Method;

DisastersApi::DisastersApi(Store &store, Simulation &simulation, CommandGate &gate)
    : m_store(store), m_simulation(simulation), m_gate(gate)
{
}

void DisastersApi::registerRoutes(ApiServer &server)
{
    const QString disasters = QStringLiteral("/api/v1/disasters");
    const Access manage = Access::needs(domain::Permission::ManageDisasters);
    server.route(disasters, Method::Post, manage, [this](const ApiRequest &r) { return registerDisaster(r); });
    server.route(disasters + QStringLiteral("/([^/]+)/acknowledge"), Method::Post, manage, [this](const ApiRequest &r) { return acknowledge(r); });
}

ApiResponse DisastersApi::registerDisaster(const ApiRequest &request)
{
    // An idempotency key lets a client resend after a lost answer without registering twice.
    return m_gate.run(request, CommandGate::Key::Optional, [&]() -> CommandOutcome {
        auto body = domain::parseJsonObject(request.raw.body());
        if (!body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto parsed = domain::Disaster::fromRegistrationJson(body.value());
        if (!parsed.ok())
            return {ApiResponse::validationFailed(parsed.error()), {}};
        auto stored = m_store.count(EntityKind::Disaster);
        if (!stored.ok())
            return {ApiResponse::internal(stored.error()), {}};
        if (stored.value() >= m_maxDisasters)
            return {ApiResponse::error(409, QStringLiteral("limit_reached"),
                                       QStringLiteral("the server keeps at most %1 disasters and has %2; no more can be registered")
                                           .arg(m_maxDisasters).arg(stored.value())),
                    {}};
        domain::Disaster d = parsed.value();
        d.id = QStringLiteral("dis-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        d.updatedAt = m_simulation.simTime();
        qCInfo(lcHttp).noquote() << "registering disaster" << d.id << domain::toString(d.type) << "severity" << d.severity;
        return {ApiResponse::ok(d.toJson(), 201), {{EntityKind::Disaster, d.id, d.toJson()}}};
    });
}

ApiResponse DisastersApi::acknowledge(const ApiRequest &request)
{
    const QString id = request.captures.value(0);
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        if (auto body = CommandGate::emptyOrObject(request.raw.body()); !body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto row = m_store.read(EntityKind::Disaster, id);
        if (!row.ok())
            return {ApiResponse::internal(row.error()), {}};
        if (!row.value())
            return {ApiResponse::notFound(QStringLiteral("no disaster with id \"%1\"").arg(id)), {}};
        auto stored = domain::Disaster::fromJson(*row.value());
        if (!stored.ok())
            return {ApiResponse::internal(stored.error().prefixed(QStringLiteral("stored disaster"))), {}};
        domain::Disaster d = stored.value();
        // The first acknowledgement counts; a later one (another console) changes nothing.
        if (d.acknowledgedAt)
            return {ApiResponse::ok(d.toJson()), {}};
        d.acknowledgedAt = m_simulation.simTime();
        d.updatedAt = *d.acknowledgedAt;
        qCInfo(lcHttp).noquote() << "disaster" << d.id << "acknowledged";
        return {ApiResponse::ok(d.toJson()), {{EntityKind::Disaster, d.id, d.toJson()}}};
    });
}

} // namespace et::backend
