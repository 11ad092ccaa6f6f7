// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiserver.h"
#include "store/store.h"

namespace et::backend {

class CommandGate;
class Simulation;
class Store;
struct OrderDecision;

/// The dispatch-order endpoints (docs/api.md): `GET /api/v1/orders`, `POST /api/v1/orders` and
/// `POST /api/v1/orders/{id}/cancel`. The simulation's order book says what a command does; the
/// CommandGate commits that effect (the order and its truck) with the command's idempotency
/// record, and the change log announces it on the `orders` and `trucks` channels.
class OrdersApi
{
public:
    /// Finished orders GET /orders lists besides the open ones.
    static constexpr int kFinishedListed = 500;

    OrdersApi(Store &store, Simulation &simulation, CommandGate &gate);
    void registerRoutes(ApiServer &server);
    /// What committing an accepted decision writes: the order (when it changed) and its truck.
    static QList<EntityWrite> writesOf(const OrderDecision &decision);

private:
    ApiResponse list() const;
    ApiResponse create(const ApiRequest &request);
    ApiResponse cancel(const ApiRequest &request);

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
};

} // namespace et::backend
