// SPDX-License-Identifier: MIT
#include "api/alarmsapi.h"

#include "auth/principal.h"
#include "backendlogging.h"
#include "domain/alarm/alarmlifecycle.h"
#include "sim/simulation.h"
#include "store/store.h"

namespace et::backend {

using domain::EntityKind;
using domain::alarm::Alarm;
using domain::alarm::AlarmLifecycle;
using Method = QHttpServerRequest::Method;

AlarmsApi::AlarmsApi(Store &store, Simulation &simulation, CommandGate &gate) : m_store(store), m_simulation(simulation), m_gate(gate) {}

void AlarmsApi::registerRoutes(ApiServer &server)
{
    const QString alarms = QStringLiteral("/api/v1/alarms/([^/]+)");
    const Access handle = Access::needs(domain::Permission::HandleAlarms);
    server.route(alarms + QStringLiteral("/acknowledge"), Method::Post, handle, [this](const ApiRequest &r) {
        return onStored(r, [this](const Alarm &a, const QString &who, const QJsonObject &) {
            return AlarmLifecycle::acknowledge(a, who, m_simulation.simTime());
        });
    });
    server.route(alarms + QStringLiteral("/shelve"), Method::Post, handle, [this](const ApiRequest &r) {
        return onStored(r, [this](const Alarm &a, const QString &who, const QJsonObject &body) -> domain::Result<Alarm> {
            domain::JsonFieldReader f(body);
            const int minutes = f.integer(QStringLiteral("minutes"), 1, AlarmLifecycle::kMaxShelveMinutes);
            const QString reason = f.string(QStringLiteral("reason"));
            if (!f.ok())
                return f.error();
            return AlarmLifecycle::shelve(a, minutes, reason, who, m_simulation.simTime());
        });
    });
}

ApiResponse AlarmsApi::onStored(const ApiRequest &request,
                                const std::function<domain::Result<Alarm>(const Alarm &, const QString &, const QJsonObject &)> &act)
{
    const QString id = request.captures.value(0);
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        const QByteArray raw = request.raw.body().trimmed();
        auto body = raw.isEmpty() ? domain::Result<QJsonObject>(QJsonObject()) : domain::parseJsonObject(raw);
        if (!body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto row = m_store.read(EntityKind::Alarm, id);
        if (!row.ok())
            return {ApiResponse::internal(row.error()), {}};
        if (!row.value())
            return {ApiResponse::notFound(QStringLiteral("no alarm with id \"%1\"").arg(id)), {}};
        auto stored = Alarm::fromJson(*row.value());
        if (!stored.ok())
            return {ApiResponse::internal(stored.error().prefixed(QStringLiteral("stored alarm"))), {}};
        const QString who = request.principal ? request.principal->user.email : QString();
        auto changed = act(stored.value(), who, body.value());
        if (!changed.ok()) {
            if (changed.error().code == u"conflict")
                return {ApiResponse::conflict(changed.error().message), {}};
            return {ApiResponse::validationFailed(changed.error()), {}};
        }
        qCInfo(lcHttp).noquote() << "alarm" << id << changed.value().journal.last().event << "by" << who;
        const QJsonObject json = changed.value().toJson();
        return {ApiResponse::ok(json), {{EntityKind::Alarm, id, json}}};
    });
}

} // namespace et::backend
