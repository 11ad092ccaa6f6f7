// SPDX-License-Identifier: MIT
#include "truckdaykpis.h"

#include "client/store.h"

namespace et::models {

TruckDayKpis::TruckDayKpis(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Balance)
            reload();
    });
    reload();
}

QString TruckDayKpis::day() const
{
    return m_totals ? m_totals->day.toString(Qt::ISODate) : QString();
}

void TruckDayKpis::reload()
{
    const auto balance = m_store->balance();
    const std::optional<domain::TruckDayTotals> totals = balance ? balance->truckDay : std::nullopt;
    if (totals == m_totals)
        return;
    m_totals = totals;
    emit changed();
}

} // namespace et::models
