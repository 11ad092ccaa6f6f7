// SPDX-License-Identifier: MIT
#include "api/disastersapi.h"

#include "backendlogging.h"
#include "domain/disasterupdate.h"
#include "domain/hazard/incidentimpactjson.h"
#include "sim/incidentassessor.h"
#include "sim/simulation.h"
#include "store/store.h"

#include <QUuid>

namespace et::backend {

using domain::EntityKind;
using Method = QHttpServerRequest::Method;

DisastersApi::DisastersApi(Store &store, Simulation &simulation, CommandGate &gate, const IncidentAssessor &assessor)
    : m_store(store), m_simulation(simulation), m_gate(gate), m_assessor(assessor)
{
}

void DisastersApi::registerRoutes(ApiServer &server)
{
    const QString disasters = QStringLiteral("/api/v1/disasters");
    const Access manage = Access::needs(domain::Permission::ManageDisasters);
    const Access read = Access::needs(domain::Permission::ReadDisasters);
    server.route(disasters, Method::Post, manage, [this](const ApiRequest &r) { return registerDisaster(r); });
    server.route(disasters + QStringLiteral("/([^/]+)/acknowledge"), Method::Post, manage, [this](const ApiRequest &r) { return acknowledge(r); });
    server.route(disasters + QStringLiteral("/([^/]+)/update"), Method::Post, manage, [this](const ApiRequest &r) { return update(r); });
    server.route(disasters + QStringLiteral("/([^/]+)/resolve"), Method::Post, manage, [this](const ApiRequest &r) { return resolve(r); });
    server.route(disasters + QStringLiteral("/([^/]+)/impact"), Method::Get, read, [this](const ApiRequest &r) { return impact(r); });
}

std::variant<domain::Disaster, ApiResponse> DisastersApi::stored(const QString &id) const
{
    auto row = m_store.read(EntityKind::Disaster, id);
    if (!row.ok())
        return ApiResponse::internal(row.error());
    if (!row.value())
        return ApiResponse::notFound(QStringLiteral("no disaster with id \"%1\"").arg(id));
    auto d = domain::Disaster::fromJson(*row.value());
    if (!d.ok())
        return ApiResponse::internal(d.error().prefixed(QStringLiteral("stored disaster")));
    return d.value();
}

CommandOutcome DisastersApi::changed(domain::Disaster d, const char *what) const
{
    m_assessor.rate(d);
    d.updatedAt = m_simulation.simTime();
    qCInfo(lcHttp).noquote() << "disaster" << d.id << what << domain::toString(d.type) << "severity" << d.severity;
    const QJsonObject json = d.toJson();
    return {ApiResponse::ok(json), {{EntityKind::Disaster, d.id, json}}};
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
        auto count = m_store.count(EntityKind::Disaster);
        if (!count.ok())
            return {ApiResponse::internal(count.error()), {}};
        if (count.value() >= m_maxDisasters)
            return {ApiResponse::error(409, QStringLiteral("limit_reached"),
                                       QStringLiteral("the server keeps at most %1 disasters and has %2; no more can be registered")
                                           .arg(m_maxDisasters).arg(count.value())),
                    {}};
        domain::Disaster d = parsed.value();
        if (d.id.isEmpty()) {
            d.id = QStringLiteral("dis-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        } else if (!domain::Disaster::isValidClientId(d.id)) {
            return {ApiResponse::validationFailed({QStringLiteral("id"), QStringLiteral("must be \"dis-\" and 1 to 60 letters, digits or dashes")}), {}};
        } else {
            auto existing = m_store.read(EntityKind::Disaster, d.id);
            if (!existing.ok())
                return {ApiResponse::internal(existing.error()), {}};
            if (existing.value())
                return {ApiResponse::conflict(QStringLiteral("a disaster \"%1\" exists already").arg(d.id)), {}};
        }
        CommandOutcome out = changed(d, "registered");
        out.response = ApiResponse::ok(out.writes.first().data, 201);
        return out;
    });
}

ApiResponse DisastersApi::update(const ApiRequest &request)
{
    const QString id = request.captures.value(0);
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        auto body = domain::parseJsonObject(request.raw.body());
        if (!body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto current = stored(id);
        if (auto *answer = std::get_if<ApiResponse>(&current))
            return {*answer, {}};
        const domain::Disaster &d = std::get<domain::Disaster>(current);
        if (d.status == domain::DisasterStatus::Resolved)
            return {ApiResponse::conflict(QStringLiteral("disaster \"%1\" is resolved; register a new one").arg(id)), {}};
        auto updated = domain::DisasterUpdate::apply(d, body.value());
        if (!updated.ok())
            return {ApiResponse::validationFailed(updated.error()), {}};
        return changed(updated.value(), "updated");
    });
}

ApiResponse DisastersApi::commandOnStored(const ApiRequest &request, const std::function<CommandOutcome(domain::Disaster)> &act)
{
    const QString id = request.captures.value(0);
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        if (auto body = CommandGate::emptyOrObject(request.raw.body()); !body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto current = stored(id);
        if (auto *answer = std::get_if<ApiResponse>(&current))
            return {*answer, {}};
        return act(std::get<domain::Disaster>(current));
    });
}

ApiResponse DisastersApi::resolve(const ApiRequest &request)
{
    return commandOnStored(request, [this](domain::Disaster d) -> CommandOutcome {
        // Resolving twice (another console) changes nothing.
        if (d.status == domain::DisasterStatus::Resolved)
            return {ApiResponse::ok(d.toJson()), {}};
        d.status = domain::DisasterStatus::Resolved;
        const QDateTime now = m_simulation.simTime();
        if (!d.endedAt || *d.endedAt > now)
            d.endedAt = std::max(now, d.startedAt);
        return changed(d, "resolved");
    });
}

ApiResponse DisastersApi::acknowledge(const ApiRequest &request)
{
    return commandOnStored(request, [this](domain::Disaster d) -> CommandOutcome {
        // The first acknowledgement counts; a later one (another console) changes nothing.
        if (d.acknowledgedAt)
            return {ApiResponse::ok(d.toJson()), {}};
        d.acknowledgedAt = m_simulation.simTime();
        d.updatedAt = *d.acknowledgedAt;
        qCInfo(lcHttp).noquote() << "disaster" << d.id << "acknowledged";
        return {ApiResponse::ok(d.toJson()), {{EntityKind::Disaster, d.id, d.toJson()}}};
    });
}

ApiResponse DisastersApi::impact(const ApiRequest &request)
{
    auto current = stored(request.captures.value(0));
    if (auto *answer = std::get_if<ApiResponse>(&current))
        return *answer;
    const domain::Disaster &d = std::get<domain::Disaster>(current);
    // A disaster stored before incidents were assessed is assessed now (not stored: a read).
    if (d.impact.isEmpty())
        return ApiResponse::ok(domain::hazard::IncidentImpactJson::toJson(m_assessor.assess(d)));
    return ApiResponse::ok(d.impact);
}

} // namespace et::backend
