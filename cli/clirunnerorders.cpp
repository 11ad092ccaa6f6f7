// SPDX-License-Identifier: MIT
// The order commands of energytruck-cli (class CliRunner, see clirunner.h): order create and
// cancel, and accepting a dispatch suggestion — each checked against the cache, then queued
// through the outbox and sent when the server can be reached.
#include "clirunner.h"

#include "dispatchreport.h"

#include "client/dataage.h"
#include "client/store.h"
#include "domain/dispatch/suggestionorder.h"
#include "domain/operatorcommand.h"

#include <QDateTime>
#include <QUuid>

namespace et::cli {

void CliRunner::orderCreate()
{
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    domain::DispatchOrder order;
    order.id = newOrderId();
    order.truckId = m_command.truckId;
    order.kind = m_command.orderKind == u"deliver" ? domain::OrderKind::Deliver : domain::OrderKind::Charge;
    order.targetAssetId = m_command.targetAssetId;
    order.kwh = m_command.kwh;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.updatedAt = order.createdAt;
    queueOrder(store, order);
}

void CliRunner::dispatchAccept()
{
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    const auto plan = store->dispatchPlan();
    const auto found = plan ? DispatchReport::find(*plan, m_command.subjectId) : std::nullopt;
    if (!found) {
        m_err << tr("no suggestion \"%1\" in the cached dispatch plan (%2); see them with: dispatch suggest")
                     .arg(m_command.subjectId, plan ? tr("computed %1").arg(domain::toIsoUtc(plan->computedAt)) : tr("none cached"))
              << '\n';
        finish(1);
        return;
    }
    // An ordinary order through the outbox: applied once, offline too, like one made by hand.
    queueOrder(store, domain::dispatch::orderForSuggestion(*found, newOrderId(), QDateTime::currentDateTimeUtc()));
}

QString CliRunner::newOrderId()
{
    return QStringLiteral("ord-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

void CliRunner::queueOrder(client::Store *store, const domain::DispatchOrder &order)
{
    // The cache knows the fleet once synced; an id that is not in it is a typo, not news.
    const QList<domain::Truck> trucks = store->trucks();
    if (!trucks.isEmpty() && std::none_of(trucks.cbegin(), trucks.cend(), [&order](const auto &t) { return t.id == order.truckId; })) {
        m_err << tr("no truck \"%1\" in the cache (%2); check the id with: list trucks")
                     .arg(order.truckId, client::DataAge::describe(store->lastSyncedAt()))
              << '\n';
        finish(1);
        return;
    }
    submit(store, domain::OperatorCommand::createOrder(order, domain::OperatorCommand::newKey()),
           tr("order %1 (%2 %3 kWh at %4 for %5)")
               .arg(order.id, domain::toString(order.kind))
               .arg(order.kwh)
               .arg(order.targetAssetId, order.truckId));
}

void CliRunner::orderCancel()
{
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    const QList<domain::DispatchOrder> orders = store->orders();
    if (std::none_of(orders.cbegin(), orders.cend(), [this](const auto &o) { return o.id == m_command.subjectId; })) {
        m_err << tr("no order \"%1\" in the cache; check the id with: list orders").arg(m_command.subjectId) << '\n';
        finish(1);
        return;
    }
    submit(store,
           domain::OperatorCommand::cancelOrder(m_command.subjectId, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()),
           tr("cancellation of %1").arg(m_command.subjectId));
}

} // namespace et::cli
