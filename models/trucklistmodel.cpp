// SPDX-License-Identifier: MIT
#include "trucklistmodel.h"

#include "entitynames.h"
#include "client/store.h"

#include <QHash>

namespace et::models {

TruckListModel::TruckListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Truck, domain::EntityKind::Asset}, parent)
{
    reload();
}

QList<QByteArray> TruckListModel::columnNames() const
{
    return {"truckId", "name", "kind", "status", "latitude", "longitude", "soc", "capacityKwh", "energyKwh",
            "headingDeg", "speedKmh", "targetAssetId", "targetName", "updatedAt", "orderId", "soh"};
}

QList<EntityListModel::Row> TruckListModel::readRows(const client::Store &store) const
{
    const QHash<QString, QString> assetNames = entityNames(store);
    QList<Row> rows;
    for (const domain::Truck &t : store.trucks()) {
        // An id the cache does not know yet shows as the id itself rather than as nothing.
        const QString target = t.targetAssetId.isEmpty() ? QString()
                                                         : assetNames.value(t.targetAssetId, t.targetAssetId);
        rows.append({t.id,
                     {t.id, t.name, QStringLiteral("truck"), domain::toString(t.status), t.lat, t.lon, t.soc,
                      t.capacityKwh, t.energyKwh(), t.headingDeg, t.speedKmh, t.targetAssetId, target,
                      t.updatedAt, t.orderId, t.soh}});
    }
    return rows;
}

} // namespace et::models
