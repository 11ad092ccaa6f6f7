// SPDX-License-Identifier: MIT
#include "energybalancemodel.h"

#include "client/store.h"

#include <QVariantMap>
#include <cmath>

namespace et::models {

EnergyBalanceModel::EnergyBalanceModel(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Balance)
            reload();
    });
    reload();
}

QVariantList EnergyBalanceModel::hvdcLinks() const
{
    QVariantList out;
    if (!m_balance)
        return out;
    for (const domain::HvdcLinkFlow &l : m_balance->hvdcLinks) {
        out.append(QVariantMap{
            {QStringLiteral("linkId"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("mainlandTerminal"), l.mainlandTerminal},
            {QStringLiteral("flowMw"), l.flowMw},
            {QStringLiteral("capacityMw"), l.capacityMw},
            {QStringLiteral("reversible"), l.reversible},
            {QStringLiteral("utilisation"), l.capacityMw > 0.0 ? std::abs(l.flowMw) / l.capacityMw : 0.0},
        });
    }
    return out;
}

void EnergyBalanceModel::reload()
{
    if (!m_store->isOpen())
        return;
    auto fresh = m_store->balance();
    if (fresh == m_balance)
        return;
    m_balance = std::move(fresh);
    emit changed();
}

} // namespace et::models
