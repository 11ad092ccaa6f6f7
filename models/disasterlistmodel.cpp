// SPDX-License-Identifier: MIT
#include "disasterlistmodel.h"

#include "client/store.h"

namespace et::models {

DisasterListModel::DisasterListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Disaster}, parent)
{
    reload();
}

QList<QByteArray> DisasterListModel::columnNames() const
{
    return {"disasterId", "name", "kind", "type", "status", "severity", "latitude", "longitude", "radiusKm",
            "startedAt", "endedAt", "description", "updatedAt", "acknowledged", "acknowledgedAt", "hasTrack", "assessed", "reservedTruckIds"};
}

QList<EntityListModel::Row> DisasterListModel::readRows(const client::Store &store) const
{
    QList<Row> rows;
    for (const domain::Disaster &d : store.disasters()) {
        rows.append({d.id,
                     {d.id, d.title, QStringLiteral("disaster"), domain::toString(d.type), domain::toString(d.status),
                      d.severity, d.lat, d.lon, d.radiusKm, d.startedAt, d.endedAt ? QVariant(*d.endedAt) : QVariant(),
                      d.description, d.updatedAt, d.acknowledgedAt.has_value(),
                      d.acknowledgedAt ? QVariant(*d.acknowledgedAt) : QVariant(), d.hazard.track.has_value(), !d.impact.isEmpty(), d.reservedTruckIds}});
    }
    return rows;
}

} // namespace et::models
