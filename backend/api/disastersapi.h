// SPDX-License-Identifier: MIT
#pragma once

#include "api/commandgate.h"
#include "domain/disaster.h"
#include "http/apiserver.h"

#include <functional>
#include <variant>

namespace et::backend {

class IncidentAssessor;
class Simulation;
class Store;

/// The incident commands and reads (docs/api.md "Disasters"):
/// - `POST /api/v1/disasters` registers one (Disaster::fromRegistrationJson; it may name its own
///   id; an Idempotency-Key is optional);
/// - `POST /api/v1/disasters/{id}/update` changes it (DisasterUpdate) and
///   `POST /api/v1/disasters/{id}/resolve` resolves it (ended now unless it ended already);
/// - `POST /api/v1/disasters/{id}/acknowledge` records that an operator has seen it;
/// - `GET /api/v1/disasters/{id}/impact` serves its assessment (hazard::IncidentImpactJson).
/// Every change needs `manage_disasters`, goes through the CommandGate (a key is required but on
/// registration) and the store's change log, and is assessed again (IncidentAssessor), so the
/// impact travels with the disaster to every console.
class DisastersApi
{
public:
    DisastersApi(Store &store, Simulation &simulation, CommandGate &gate, const IncidentAssessor &assessor);
    /// Disasters the server keeps. Registration is the only way a client grows a list, so it is
    /// bounded: past this, POST /disasters answers 409 `limit_reached`.
    void setMaxDisasters(int count) { m_maxDisasters = count; }
    void registerRoutes(ApiServer &server);

private:
    ApiResponse registerDisaster(const ApiRequest &request);
    ApiResponse acknowledge(const ApiRequest &request);
    ApiResponse update(const ApiRequest &request);
    ApiResponse resolve(const ApiRequest &request);
    ApiResponse impact(const ApiRequest &request);
    /// The stored disaster `id`, or the answer to give when there is none (or it is unreadable).
    std::variant<domain::Disaster, ApiResponse> stored(const QString &id) const;
    /// A keyed command with no body on stored disaster {id}: `act` decides on it (404 when there
    /// is none).
    ApiResponse commandOnStored(const ApiRequest &request, const std::function<CommandOutcome(domain::Disaster)> &act);
    /// The answer and the write of a changed disaster, assessed again.
    CommandOutcome changed(domain::Disaster d, const char *what) const;

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
    const IncidentAssessor &m_assessor;
    int m_maxDisasters = 1000;
};

} // namespace et::backend
