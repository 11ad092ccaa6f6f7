// SPDX-License-Identifier: MIT
#pragma once

#include "apiserver.h"

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
    void registerRoutes(ApiServer &server);

private:
    ApiResponse registerDisaster(const ApiRequest &request);
    ApiResponse acknowledge(const ApiRequest &request);

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
};

} // namespace et::backend
