// SPDX-License-Identifier: MIT
#pragma once

#include "api/commandgate.h"
#include "domain/alarm/alarm.h"
#include "http/apiserver.h"

#include <functional>

namespace et::backend {

class Simulation;
class Store;

/// The operator's alarm commands (docs/api.md "Alarms"): `POST /api/v1/alarms/{id}/acknowledge`
/// and `POST /api/v1/alarms/{id}/shelve` with `{"minutes", "reason"}` (domain::alarm::
/// AlarmLifecycle's rules: 1 to 1,440 minutes, a reason). Both need `handle_alarms` and an
/// Idempotency-Key, go through the CommandGate and the change log, and are journaled in the
/// alarm (with the operator's e-mail) and in the audit trail (as every command is).
/// `GET /api/v1/alarms` lists them (RestApi).
class AlarmsApi
{
public:
    AlarmsApi(Store &store, Simulation &simulation, CommandGate &gate);
    void registerRoutes(ApiServer &server);

private:
    /// Runs `act` on stored alarm {id} as `who` at the simulated now.
    ApiResponse onStored(const ApiRequest &request,
                         const std::function<domain::Result<domain::alarm::Alarm>(const domain::alarm::Alarm &, const QString &who,
                                                                                  const QJsonObject &body)> &act);

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
};

} // namespace et::backend
