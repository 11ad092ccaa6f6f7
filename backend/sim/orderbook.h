// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/dispatchorder.h"
#include "domain/result.h"
#include "domain/truck.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace et::backend {

class TruckMover;
struct TruckLedger;

/// Why an operator command on an order was refused, in the API's terms (422, 404 or 409).
struct OrderRefusal
{
    enum class Kind { Invalid, NotFound, Conflict };
    Kind kind;
    domain::Error error;
};

/// What a command does to the order book: the order as it stands afterwards and its truck when
/// that changed — or the refusal. `changed` is false when there is nothing to write (the same
/// order sent again under another key).
struct OrderDecision
{
    std::optional<OrderRefusal> refusal;
    domain::DispatchOrder order;
    std::optional<domain::Truck> truck;
    bool changed = true;
};

/// The dispatch orders the simulation runs, and the rules of docs/api.md for them. Pure values, no
/// I/O and no clock of its own, so the REST side asks it what a command would do (and commits
/// that with the command's idempotency record) and the simulation steps it deterministically:
/// a truck with an accepted order drives to the target over the roads, is `active` there, charges or
/// discharges at the power each minute's balance grants (TruckPowers) until `done_kwh` reaches
/// `kwh` or its battery is full or at its reserve, and is autonomous again afterwards; an order
/// fails when its target goes offline or its truck into maintenance. Each order keeps the times
/// of its stages (assigned, en route, charging or discharging, done).
class OrderBook
{
public:
    void load(const QList<domain::DispatchOrder> &orders);
    void put(const domain::DispatchOrder &order) { m_orders.insert(order.id, order); }
    void remove(const QString &id) { m_orders.remove(id); }
    /// Every order the store still holds, by id.
    const QMap<QString, domain::DispatchOrder> &orders() const { return m_orders; }
    int openCount() const;

    /// What `POST /orders` with `request` does.
    OrderDecision accept(const domain::DispatchOrder &request, const QList<domain::Truck> &trucks,
                         const QList<domain::Asset> &assets, const QDateTime &now) const;
    /// What `POST /orders/{id}/cancel` does.
    OrderDecision cancel(const QString &id, const QList<domain::Truck> &trucks, const QDateTime &now) const;

    /// One simulated second (`dtSec`, ending at `now`) of every open order and its truck; the
    /// energy moved goes into `ledger`.
    void step(QList<domain::Truck> &trucks, const QHash<QString, domain::AssetStatus> &assetStatus,
              TruckMover &mover, double dtSec, const QDateTime &now, TruckLedger &ledger);
    /// Forgets finished orders last changed `retentionSecs` or more before `now`.
    void expire(const QDateTime &now, qint64 retentionSecs);

private:
    void transfer(domain::DispatchOrder &o, domain::Truck &t, double dtSec, const QDateTime &now, TruckLedger &ledger);

    QMap<QString, domain::DispatchOrder> m_orders;
};

} // namespace et::backend
