// SPDX-License-Identifier: MIT
#include "sim/orderbook.h"

#include "sim/truckmover.h"

#include <cmath>

namespace et::backend {

using domain::DispatchOrder;
using domain::Error;
using domain::OrderKind;
using domain::OrderStatus;
using domain::Truck;
using domain::TruckStatus;

namespace {
const QString kCancelled = QStringLiteral("cancelled by an operator");

OrderDecision refuse(OrderRefusal::Kind kind, const QString &field, const QString &message)
{
    OrderDecision d;
    d.refusal = OrderRefusal{kind, Error{field, message}};
    return d;
}

bool sameRequest(const DispatchOrder &a, const DispatchOrder &b)
{
    return a.truckId == b.truckId && a.kind == b.kind && a.targetAssetId == b.targetAssetId && a.kwh == b.kwh
           && a.createdAt == b.createdAt;
}

// The truck is on its own again, standing where it is.
void release(Truck &t, const QDateTime &now)
{
    t.orderId.clear();
    t.targetAssetId.clear();
    t.speedKmh = 0.0;
    t.powerKw = 0.0;
    t.route = {};
    if (t.status != TruckStatus::Maintenance)
        t.status = TruckStatus::Idle;
    t.updatedAt = now;
}

void finish(DispatchOrder &o, OrderStatus status, const QString &reason, const QDateTime &now)
{
    o.status = status;
    o.reason = reason;
    o.mark(status == OrderStatus::Completed ? domain::OrderStage::Done
           : status == OrderStatus::Failed  ? domain::OrderStage::Failed
                                            : domain::OrderStage::Cancelled,
           now);
}
} // namespace

void OrderBook::load(const QList<DispatchOrder> &orders)
{
    m_orders.clear();
    for (const auto &o : orders)
        m_orders.insert(o.id, o);
}

int OrderBook::openCount() const
{
    int n = 0;
    for (const auto &o : m_orders)
        n += !o.isFinal();
    return n;
}

OrderDecision OrderBook::accept(const DispatchOrder &request, const QList<Truck> &trucks, const QList<domain::Asset> &assets,
                                const QDateTime &now) const
{
    using Kind = OrderRefusal::Kind;
    if (const auto existing = m_orders.constFind(request.id); existing != m_orders.cend()) {
        if (!sameRequest(*existing, request))
            return refuse(Kind::Conflict, QStringLiteral("id"), QStringLiteral("\"%1\" is already taken by another order").arg(request.id));
        OrderDecision same;
        same.order = *existing;
        same.changed = false;
        return same;
    }
    const auto truck = std::find_if(trucks.cbegin(), trucks.cend(), [&](const Truck &t) { return t.id == request.truckId; });
    if (truck == trucks.cend())
        return refuse(Kind::NotFound, QStringLiteral("truck_id"), QStringLiteral("no truck with id \"%1\"").arg(request.truckId));
    const auto target = std::find_if(assets.cbegin(), assets.cend(), [&](const domain::Asset &a) { return a.id == request.targetAssetId; });
    if (target == assets.cend())
        return refuse(Kind::NotFound, QStringLiteral("target_asset_id"), QStringLiteral("no asset with id \"%1\"").arg(request.targetAssetId));
    if (request.kind == OrderKind::Charge && !domain::mayTarget(request.kind, target->kind))
        return refuse(Kind::Invalid, QStringLiteral("target_asset_id"),
                      QStringLiteral("\"%1\" is a %2 asset; a charge order needs a wind or solar asset").arg(target->id, domain::toString(target->kind)));
    if (request.kind == OrderKind::Deliver && !domain::mayTarget(request.kind, target->kind))
        return refuse(Kind::Invalid, QStringLiteral("target_asset_id"),
                      QStringLiteral("\"%1\" is a %2 asset; a deliver order needs an asset that is not wind or solar").arg(target->id, domain::toString(target->kind)));
    if (request.kwh > truck->capacityKwh)
        return refuse(Kind::Invalid, QStringLiteral("kwh"),
                      QStringLiteral("%1 is more than the capacity of %2 (%3 kWh)").arg(request.kwh).arg(truck->id).arg(truck->capacityKwh));
    if (truck->status == TruckStatus::Maintenance)
        return refuse(Kind::Conflict, {}, QStringLiteral("%1 is in maintenance").arg(truck->id));
    QString busyWith = truck->orderId;
    for (const auto &o : m_orders) {
        if (!o.isFinal() && o.truckId == truck->id)
            busyWith = o.id;
    }
    if (!busyWith.isEmpty())
        return refuse(Kind::Conflict, {}, QStringLiteral("%1 already works on order %2").arg(truck->id, busyWith));

    OrderDecision d;
    d.order = request;
    d.order.status = OrderStatus::Accepted;
    d.order.doneKwh = 0.0;
    d.order.reason.clear();
    d.order.timeline.clear();
    // The truck leaves at once: its trip is planned on its first step (TruckMover::drive).
    d.order.mark(domain::OrderStage::Assigned, now);
    d.order.mark(domain::OrderStage::EnRoute, now);
    Truck t = *truck;
    t.orderId = request.id;
    t.targetAssetId = request.targetAssetId;
    t.status = TruckStatus::Driving;
    t.powerKw = 0.0;
    t.route = {};
    t.updatedAt = now;
    d.truck = t;
    return d;
}

OrderDecision OrderBook::cancel(const QString &id, const QList<Truck> &trucks, const QDateTime &now) const
{
    const auto it = m_orders.constFind(id);
    if (it == m_orders.cend())
        return refuse(OrderRefusal::Kind::NotFound, {}, QStringLiteral("no order with id \"%1\"").arg(id));
    if (it->isFinal())
        return refuse(OrderRefusal::Kind::Conflict, {}, QStringLiteral("order %1 is already %2").arg(id, domain::toString(it->status)));
    OrderDecision d;
    d.order = *it;
    finish(d.order, OrderStatus::Cancelled, kCancelled, now);
    for (const Truck &t : trucks) {
        if (t.orderId == id) {
            Truck stopped = t;
            release(stopped, now);
            d.truck = stopped;
        }
    }
    return d;
}

void OrderBook::step(QList<Truck> &trucks, const QHash<QString, domain::AssetStatus> &assetStatus, TruckMover &mover,
                     double dtSec, const QDateTime &now, TruckLedger &ledger)
{
    for (Truck &t : trucks) {
        if (t.orderId.isEmpty())
            continue;
        const auto it = m_orders.find(t.orderId);
        if (it == m_orders.end() || it->isFinal()) {
            release(t, now); // nothing left to do for it (e.g. a store edited by hand)
            continue;
        }
        DispatchOrder &o = *it;
        if (t.status == TruckStatus::Maintenance) {
            finish(o, OrderStatus::Failed, QStringLiteral("truck %1 went into maintenance").arg(t.id), now);
            release(t, now);
        } else if (assetStatus.value(o.targetAssetId) == domain::AssetStatus::Offline) {
            finish(o, OrderStatus::Failed, QStringLiteral("target %1 went offline").arg(o.targetAssetId), now);
            release(t, now);
        } else if (o.status == OrderStatus::Accepted) {
            t.updatedAt = now;
            const auto drove = mover.drive(t, now, ledger);
            if (drove == TruckMover::Drive::Arrived) {
                // It charges or discharges from the next minute on, at the power that minute's balance sets.
                o.status = OrderStatus::Active;
                o.mark(o.kind == OrderKind::Charge ? domain::OrderStage::Charging : domain::OrderStage::Discharging, now);
                t.status = o.kind == OrderKind::Charge ? TruckStatus::Charging : TruckStatus::Discharging;
                t.powerKw = 0.0;
            } else if (drove == TruckMover::Drive::NoTarget) {
                finish(o, OrderStatus::Failed, QStringLiteral("target %1 is unknown").arg(o.targetAssetId), now);
                release(t, now);
            }
        } else {
            transfer(o, t, dtSec, now, ledger);
        }
    }
}

void OrderBook::transfer(DispatchOrder &o, Truck &t, double dtSec, const QDateTime &now, TruckLedger &ledger)
{
    if (t.powerKw <= 0.0)
        return; // arrived within this minute: it starts at the next
    // Within this much of the end the order is done: the minute's power was set to reach it
    // exactly, and what is left is a rounding error.
    constexpr double kNothingKwh = 1e-9;
    const bool charge = o.kind == OrderKind::Charge;
    const double stepKwh = t.powerKw * dtSec / 3600.0;
    const double remaining = o.kwh - o.doneKwh;
    // What the battery can still take (charge) or give (deliver) before it is full or at its reserve.
    const double room = std::max(0.0, (charge ? TruckMover::kFullSoc - t.soc : t.soc - TruckMover::kReserveSoc) * t.capacityKwh);
    const double sign = charge ? 1.0 : -1.0;
    const double moved = std::min({stepKwh, remaining, room});
    (charge ? ledger.chargedKwh : ledger.deliveredKwh) += moved;
    o.updatedAt = now;
    t.updatedAt = now;
    if (remaining - moved <= kNothingKwh) {
        // Exactly the ordered energy, not a rounding error more or less.
        t.soc += sign * moved / t.capacityKwh;
        o.doneKwh = o.kwh;
        finish(o, OrderStatus::Completed, {}, now);
        release(t, now);
    } else if (room - moved <= kNothingKwh) {
        t.soc = charge ? TruckMover::kFullSoc : TruckMover::kReserveSoc;
        o.doneKwh += moved;
        finish(o, OrderStatus::Completed, charge ? QStringLiteral("battery full") : QStringLiteral("battery at its reserve"), now);
        release(t, now);
    } else {
        t.soc += sign * moved / t.capacityKwh;
        o.doneKwh += moved;
    }
}

void OrderBook::expire(const QDateTime &now, qint64 retentionSecs)
{
    for (auto it = m_orders.begin(); it != m_orders.end();) {
        if (it->isFinal() && it->updatedAt.secsTo(now) >= retentionSecs)
            it = m_orders.erase(it);
        else
            ++it;
    }
}

} // namespace et::backend
