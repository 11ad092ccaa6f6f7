// SPDX-License-Identifier: MIT
#include "energybalancemodel.h"

#include <QVariantMap>
#include <cmath>

namespace et::models {

EnergyBalanceModel::EnergyBalanceModel(EnergyInstant *instant, QObject *parent) : QObject(parent), m_instant(instant)
{
    connect(instant, &EnergyInstant::changed, this, &EnergyBalanceModel::reload);
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
    if (m_instant->balance() == m_balance)
        return;
    m_balance = m_instant->balance();
    emit changed();
}

} // namespace et::models
