// SPDX-License-Identifier: MIT
#include "energybalancemodel.h"

namespace et::models {

EnergyBalanceModel::EnergyBalanceModel(EnergyInstant *instant, QObject *parent) : QObject(parent), m_instant(instant)
{
    connect(instant, &EnergyInstant::changed, this, &EnergyBalanceModel::reload);
    reload();
}

void EnergyBalanceModel::reload()
{
    if (m_instant->balance() == m_balance)
        return;
    m_balance = m_instant->balance();
    emit changed();
}

} // namespace et::models
