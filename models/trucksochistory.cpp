// SPDX-License-Identifier: MIT
#include "trucksochistory.h"

#include "client/store.h"

namespace et::models {

TruckSocHistory::TruckSocHistory(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Truck || kind == domain::EntityKind::Balance)
            reload();
    });
}

void TruckSocHistory::setTruckId(const QString &id)
{
    if (id == m_truckId)
        return;
    m_truckId = id;
    reload();
}

void TruckSocHistory::reload()
{
    QList<QPointF> points;
    if (!m_truckId.isEmpty()) {
        // The cache keeps 48 hours (at most 2,880 rows, one indexed read); the last kHours of
        // them, counted back from the truck's newest sample, are shown.
        auto recent = m_store->truckSocHistory(m_truckId, {});
        if (!recent.isEmpty()) {
            // Counted back from the cache's latest minute: a truck standing idle sends no updates,
            // and its charge is the same until now.
            const auto balance = m_store->balance();
            const QDateTime now = balance && balance->timestamp > recent.last().first ? balance->timestamp : recent.last().first;
            if (now > recent.last().first)
                recent.append({now, recent.last().second});
            for (const auto &[at, soc] : recent) {
                const double hours = double(now.secsTo(at)) / 3600.0;
                if (hours >= -kHours)
                    points.append({hours, soc * 100.0});
            }
        }
    }
    if (points == m_points)
        return;
    m_points = std::move(points);
    emit changed();
}

} // namespace et::models
