// SPDX-License-Identifier: MIT
#pragma once

#include "asset.h"
#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

/// What an order asks a truck to do at its target: soak up (curtailed) power at a wind or solar
/// site, or hand energy over at a substation or facility.
enum class OrderKind { Charge, Deliver };

/// Where an order stands. `Pending` and `Cancelling` exist only in a console's cache: the order
/// (or its cancellation) is queued in the outbox and the server has not confirmed it yet. The
/// server uses the others: `Accepted` (the truck is on its way), `Active` (charging or
/// discharging at the target), and the three final states.
enum class OrderStatus { Pending, Accepted, Active, Completed, Cancelled, Failed, Cancelling };

/// A step of an order's life on the server: assigned to its truck, en route to the target,
/// charging or discharging there, and done (or failed, or cancelled).
enum class OrderStage { Assigned, EnRoute, Charging, Discharging, Done, Failed, Cancelled };

/// When an order reached a stage, in the server's (simulated) time.
struct OrderEvent
{
    OrderStage stage = OrderStage::Assigned;
    QDateTime at;
    bool operator==(const OrderEvent &) const = default;
};

/// An operator's dispatch order for one energy truck. The console picks the id (`ord-` and 8 to 40
/// lower-case letters, digits or dashes) so the order exists in its cache, and can be cancelled,
/// before the server has heard of it; the server keeps that id.
struct DispatchOrder
{
    QString id;
    QString truckId;
    OrderKind kind = OrderKind::Charge;
    QString targetAssetId;
    double kwh = 0.0;         ///< energy to charge or deliver, (0, 100000]
    OrderStatus status = OrderStatus::Pending;
    double doneKwh = 0.0;     ///< charged or delivered so far
    QString reason;           ///< why it failed or was cancelled; empty otherwise
    QDateTime createdAt;      ///< when the operator issued it
    QDateTime updatedAt;      ///< the server's (simulated) time of its last change; createdAt while pending
    QList<OrderEvent> timeline; ///< the stages reached so far, in order (empty while pending)

    /// An order as the server stores and sends it (every field).
    static Result<DispatchOrder> fromJson(const QJsonValue &value);
    /// A creation request: id, truck_id, kind, target_asset_id, kwh, created_at.
    static Result<DispatchOrder> fromRequestJson(const QJsonValue &value);
    QJsonObject toJson() const;
    QJsonObject toRequestJson() const;
    bool operator==(const DispatchOrder &) const = default;

    /// Completed, cancelled or failed: nothing will happen to it any more.
    bool isFinal() const;
    /// Records that the order reached `stage` at `at` (and makes that its last change).
    void mark(OrderStage stage, const QDateTime &at);
    /// When it reached `stage`; invalid if it has not.
    QDateTime reached(OrderStage stage) const;
    /// True for a well-formed client-chosen order id.
    static bool isValidId(const QString &id);
};

/// Whether a truck can charge at an asset of `kind`: the power it soaks up is curtailed wind and
/// solar output, so only those sites qualify.
bool isChargeSite(AssetKind kind);
/// Whether an order of `order` kind may go to an asset of `asset` kind: charge at a charge site,
/// deliver anywhere else (a substation, a plant's bus, an HVDC converter station). The server
/// refuses any other order; the console offers only these.
bool mayTarget(OrderKind order, AssetKind asset);

QString toString(OrderKind kind);
QString toString(OrderStatus status);
QString toString(OrderStage stage);
std::optional<OrderKind> orderKindFromString(QStringView text);
std::optional<OrderStatus> orderStatusFromString(QStringView text);

} // namespace et::domain
