// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiserver.h"

namespace et::backend {

class CommandGate;
class Simulation;
class Store;

/// The disaster commands (docs/api.md): `POST /api/v1/disasters` registers one (decoded with
/// Disaster::fromRegistrationJson; an Idempotency-Key is optional) and
/// `POST /api/v1/disasters/{id}/acknowledge` records that an operator has seen it (key
/// required). Both go through the CommandGate and the store's change log like every change.
class DisastersApi
{
public:
    DisastersApi(Store &store, Simulation &simulation, CommandGate &gate);
    /// Disasters the server keeps. Registration is the only way a client grows a list, so it is
    /// bounded: past this, POST /disasters answers 409 `limit_reached`.
    void setMaxDisasters(int count) { m_maxDisasters = count; }
    void registerRoutes(ApiServer &server);

private:
    ApiResponse registerDisaster(const ApiRequest &request);
    ApiResponse acknowledge(const ApiRequest &request);

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
    int m_maxDisasters = 1000;
};

} // namespace et::backend
