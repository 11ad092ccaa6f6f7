// SPDX-License-Identifier: MIT
// The trucks' charge over time in the offline cache (class Store, see store.h): one sample a truck
// and simulated minute, written in the same transaction as the truck change it comes from.
#include "store.h"

#include "clientlogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

bool Store::recordTruckSoc(QSqlQuery &q, const QString &truckId, const QJsonObject &truck)
{
    // The change was decoded before the transaction (CacheRow), so these are a Truck's own fields.
    const QDateTime at = QDateTime::fromString(truck.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return true; // nothing to place in time; the truck itself is cached
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO truck_soc (truck_id, minute, soc) VALUES (?, ?, ?)"));
    q.addBindValue(truckId);
    q.addBindValue(at.toSecsSinceEpoch() / 60);
    q.addBindValue(truck.value(QStringLiteral("soc")).toDouble());
    return q.exec();
}

bool Store::pruneTruckSoc(QSqlQuery &q)
{
    return q.exec(QStringLiteral("DELETE FROM truck_soc WHERE minute < (SELECT MAX(minute) FROM truck_soc) - %1").arg(kTruckSocHours * 60));
}

QList<QPair<QDateTime, double>> Store::truckSocHistory(const QString &truckId, const QDateTime &from) const
{
    QList<QPair<QDateTime, double>> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT minute, soc FROM truck_soc WHERE truck_id = ? AND minute >= ? ORDER BY minute"));
    q.addBindValue(truckId);
    q.addBindValue(from.isValid() ? from.toSecsSinceEpoch() / 60 : 0);
    if (!q.exec()) {
        qCWarning(lcClientStore) << "cannot read the SoC history of" << truckId << ":" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong() * 60, Qt::UTC), q.value(1).toDouble()});
    return out;
}

} // namespace et::client
