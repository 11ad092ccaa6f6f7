// SPDX-License-Identifier: MIT
#include "trucklistmodel.h"

#include "entitynames.h"
#include "jejutime.h"
#include "client/store.h"

#include <QGeoCoordinate>
#include <QHash>

namespace et::models {

namespace {
// The board's lanes, in the order an operator reads them: the trucks at work first.
int laneOf(domain::TruckStatus s)
{
    switch (s) {
    case domain::TruckStatus::Driving: return 0;
    case domain::TruckStatus::Charging: return 1;
    case domain::TruckStatus::Discharging: return 2;
    case domain::TruckStatus::Idle: return 3;
    case domain::TruckStatus::Maintenance: return 4;
    }
    return 5;
}
} // namespace

TruckListModel::TruckListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Truck, domain::EntityKind::Asset, domain::EntityKind::Order}, parent)
{
    reload();
}

QList<QByteArray> TruckListModel::columnNames() const
{
    return {"truckId", "name", "kind", "status", "latitude", "longitude", "soc", "capacityKwh", "energyKwh",
            "headingDeg", "speedKmh", "targetAssetId", "targetName", "updatedAt", "orderId", "soh",
            "lane", "task", "etaText", "route", "routeLabel", "routeOnRoads", "powerKw"};
}

QString TruckListModel::taskText(const domain::Truck &t, const QString &target, const domain::DispatchOrder *order)
{
    if (order) {
        const QString energy = tr("%1 of %2 kWh").arg(order->doneKwh, 0, 'f', 0).arg(order->kwh, 0, 'f', 0);
        return (order->kind == domain::OrderKind::Charge ? tr("Order: charge at %1").arg(target) : tr("Order: deliver to %1").arg(target))
               + QStringLiteral(" · ") + energy;
    }
    switch (t.status) {
    case domain::TruckStatus::Driving: return tr("On its own to %1").arg(target);
    case domain::TruckStatus::Charging: return tr("Charging at %1").arg(target);
    case domain::TruckStatus::Discharging: return tr("Feeding in at %1").arg(target);
    case domain::TruckStatus::Maintenance: return tr("In maintenance");
    case domain::TruckStatus::Idle: break;
    }
    return tr("Waiting for a task");
}

QList<EntityListModel::Row> TruckListModel::readRows(const client::Store &store) const
{
    const QHash<QString, QString> assetNames = entityNames(store);
    QHash<QString, domain::DispatchOrder> orders;
    for (const domain::DispatchOrder &o : store.orders())
        orders.insert(o.id, o);
    QList<Row> rows;
    for (const domain::Truck &t : store.trucks()) {
        // An id the cache does not know yet shows as the id itself rather than as nothing.
        const QString target = t.targetAssetId.isEmpty() ? QString()
                                                         : assetNames.value(t.targetAssetId, t.targetAssetId);
        const auto order = orders.constFind(t.orderId);
        // The road still ahead, from where the truck was at its last update.
        QVariantList route;
        QString eta;
        if (!t.route.isEmpty()) {
            for (const domain::RoutePoint &p : t.route.remaining(double(t.route.departedAt.msecsTo(t.updatedAt)) / 1000.0))
                route.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
            eta = JejuTime::format(t.route.eta(), QStringLiteral("HH:mm"));
        }
        rows.append({t.id,
                     {t.id, t.name, QStringLiteral("truck"), domain::toString(t.status), t.lat, t.lon, t.soc,
                      t.capacityKwh, t.energyKwh(), t.headingDeg, t.speedKmh, t.targetAssetId, target,
                      t.updatedAt, t.orderId, t.soh, laneOf(t.status),
                      taskText(t, target, order == orders.cend() ? nullptr : &*order), eta, route,
                      eta.isEmpty() ? QString() : t.name + QStringLiteral(" · ") + eta, t.route.onRoads, t.powerKw}});
    }
    return rows;
}

} // namespace et::models
