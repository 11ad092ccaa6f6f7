// SPDX-License-Identifier: MIT
#include "assetlistmodel.h"


namespace et::models {

AssetListModel::AssetListModel(EnergyInstant *instant, QObject *parent)
    : EntityListModel(instant->store(), {}, parent), m_instant(instant)
{
    connect(instant, &EnergyInstant::changed, this, &AssetListModel::reload);
    reload();
}

QList<QByteArray> AssetListModel::columnNames() const
{
    return {"assetId", "name", "nameEn", "kind", "status", "latitude", "longitude", "capacityMw",
            "outputMw", "loadFactor", "approximate", "region", "updatedAt"};
}

QList<EntityListModel::Row> AssetListModel::readRows(const client::Store &) const
{
    QList<Row> rows;
    for (const domain::Asset &a : m_instant->assets()) {
        // Share of capacity in use; HVDC converters can run negative (export), so keep the sign.
        const double loadFactor = a.capacityMw > 0.0 ? a.outputMw / a.capacityMw : 0.0;
        rows.append({a.id,
                     {a.id, a.name, a.nameEn, domain::toString(a.kind), domain::toString(a.status), a.lat, a.lon,
                      a.capacityMw, a.outputMw, loadFactor, a.approximate, a.region, a.updatedAt}});
    }
    return rows;
}

} // namespace et::models
