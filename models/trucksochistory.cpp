// SPDX-License-Identifier: MIT
#include "trucksochistory.h"

#include "client/store.h"

namespace et::models {

TruckSocHistory::TruckSocHistory(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Truck)
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
        const auto recent = m_store->truckSocHistory(m_truckId, {});
        if (!recent.isEmpty()) {
            const QDateTime newest = recent.last().first;
            for (const auto &[at, soc] : recent) {
                const double hours = double(newest.secsTo(at)) / 3600.0;
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
