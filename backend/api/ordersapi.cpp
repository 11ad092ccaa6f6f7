// SPDX-License-Identifier: MIT
#include "api/ordersapi.h"

#include "api/commandgate.h"
#include "backendlogging.h"
#include "sim/orderbook.h"
#include "sim/simulation.h"
#include "store/store.h"

#include <QJsonArray>

namespace et::backend {

using domain::EntityKind;
using Method = QHttpServerRequest::Method;

namespace {
ApiResponse refusal(const OrderRefusal &r)
{
    switch (r.kind) {
    case OrderRefusal::Kind::Invalid: return ApiResponse::validationFailed(r.error);
    case OrderRefusal::Kind::NotFound: return ApiResponse::notFound(r.error.toString());
    case OrderRefusal::Kind::Conflict: return ApiResponse::conflict(r.error.toString());
    }
    return ApiResponse::internal(r.error);
}

// The answer and the writes of a planned order command.
CommandOutcome outcomeOf(const OrderDecision &d, int status)
{
    if (d.refusal)
        return {refusal(*d.refusal), {}};
    return {ApiResponse::ok(d.order.toJson(), status), OrdersApi::writesOf(d)};
}
} // namespace

QList<EntityWrite> OrdersApi::writesOf(const OrderDecision &d)
{
    QList<EntityWrite> writes;
    if (d.refusal)
        return writes;
    if (d.changed)
        writes.append({EntityKind::Order, d.order.id, d.order.toJson()});
    if (d.truck)
        writes.append({EntityKind::Truck, d.truck->id, d.truck->toJson()});
    return writes;
}

OrdersApi::OrdersApi(Store &store, Simulation &simulation, CommandGate &gate)
    : m_store(store), m_simulation(simulation), m_gate(gate)
{
}

void OrdersApi::registerRoutes(ApiServer &server)
{
    const QString orders = QStringLiteral("/api/v1/orders");
    const Access dispatch = Access::needs(domain::Permission::Dispatch);
    server.route(orders, Method::Get, Access::needs(domain::Permission::ReadFleet), [this](const ApiRequest &) { return list(); });
    server.route(orders, Method::Post, dispatch, [this](const ApiRequest &r) { return create(r); });
    server.route(orders + QStringLiteral("/([^/]+)/cancel"), Method::Post, dispatch, [this](const ApiRequest &r) { return cancel(r); });
}

ApiResponse OrdersApi::list() const
{
    auto rows = m_store.listOrders(kFinishedListed);
    if (!rows.ok())
        return ApiResponse::internal(rows.error());
    QJsonArray items;
    for (const QJsonObject &o : rows.value())
        items.append(o);
    return ApiResponse::ok({{QStringLiteral("items"), items}, {QStringLiteral("cursor"), double(m_store.cursor())}});
}

ApiResponse OrdersApi::create(const ApiRequest &request)
{
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        auto body = domain::parseJsonObject(request.raw.body());
        if (!body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        auto order = domain::DispatchOrder::fromRequestJson(body.value());
        if (!order.ok())
            return {ApiResponse::validationFailed(order.error()), {}};
        const OrderDecision d = m_simulation.planOrder(order.value());
        if (!d.refusal && d.changed)
            qCInfo(lcOrders).noquote() << "order" << d.order.id << domain::toString(d.order.kind) << d.order.kwh << "kWh at"
                                       << d.order.targetAssetId << "for" << d.order.truckId;
        return outcomeOf(d, 201);
    });
}

ApiResponse OrdersApi::cancel(const ApiRequest &request)
{
    return m_gate.run(request, CommandGate::Key::Required, [&]() -> CommandOutcome {
        if (auto body = CommandGate::emptyOrObject(request.raw.body()); !body.ok())
            return {ApiResponse::invalidJson(body.error().toString()), {}};
        const OrderDecision d = m_simulation.planCancel(request.captures.value(0));
        if (!d.refusal)
            qCInfo(lcOrders).noquote() << "order" << d.order.id << "cancelled";
        return outcomeOf(d, 200);
    });
}

} // namespace et::backend
