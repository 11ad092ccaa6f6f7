// SPDX-License-Identifier: MIT
#include "centerlistmodel.h"

#include "client/store.h"

namespace et::models {

namespace {
QString hoursText(const domain::Center &c)
{
    if (!c.opensAt.isValid() || !c.closesAt.isValid())
        return {};
    return c.opensAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + c.closesAt.toString(QStringLiteral("HH:mm"));
}
} // namespace

CenterListModel::CenterListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Center}, parent)
{
    reload();
}

QList<QByteArray> CenterListModel::columnNames() const
{
    // distanceKm has no value here: CenterFilterModel fills it relative to the chosen point.
    // status stays "unknown": whether a center is open needs holidays and closures, not hours alone.
    return {"centerId", "name", "kind", "status", "category", "address", "roadAddress", "lotAddress", "latitude",
            "longitude", "phone", "hours", "closedDays", "services", "operatorName", "distanceKm"};
}

QList<EntityListModel::Row> CenterListModel::readRows(const client::Store &store) const
{
    QList<Row> rows;
    for (const domain::Center &c : store.centers()) {
        const QString address = c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress;
        rows.append({c.id,
                     {c.id, c.name, QStringLiteral("center"), QStringLiteral("unknown"), c.category, address,
                      c.roadAddress, c.lotAddress, c.lat, c.lon, c.phone, hoursText(c), c.closedDays, c.services,
                      c.operatorName, QVariant()}});
    }
    return rows;
}

} // namespace et::models
