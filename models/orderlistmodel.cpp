// SPDX-License-Identifier: MIT
#include "orderlistmodel.h"

#include "entitynames.h"
#include "client/store.h"

#include <QHash>

namespace et::models {

OrderListModel::OrderListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Order, domain::EntityKind::Truck, domain::EntityKind::Asset}, parent)
{
    // The outbox decides `waiting` and what pending orders look like.
    connect(store, &client::Store::outboxChanged, this, &OrderListModel::reload);
    reload();
}

QList<QByteArray> OrderListModel::columnNames() const
{
    return {"orderId", "truckId", "truckName", "kind", "targetAssetId", "targetName", "kwh", "doneKwh", "progress",
            "status", "reason", "createdAt", "updatedAt", "waiting", "finished"};
}

QList<EntityListModel::Row> OrderListModel::readRows(const client::Store &store) const
{
    const QHash<QString, QString> names = entityNames(store);
    QSet<QString> waiting;
    for (const client::QueuedCommand &q : store.outbox())
        waiting.insert(q.command.targetId);
    QList<Row> rows;
    for (const domain::DispatchOrder &o : store.orders()) {
        rows.append({o.id,
                     {o.id, o.truckId, names.value(o.truckId, o.truckId), domain::toString(o.kind), o.targetAssetId,
                      names.value(o.targetAssetId, o.targetAssetId), o.kwh, o.doneKwh,
                      o.kwh > 0.0 ? std::clamp(o.doneKwh / o.kwh, 0.0, 1.0) : 0.0, domain::toString(o.status), o.reason,
                      o.createdAt, o.updatedAt, waiting.contains(o.id), o.isFinal()}});
    }
    return rows;
}

} // namespace et::models
