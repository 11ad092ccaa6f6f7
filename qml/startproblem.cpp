// SPDX-License-Identifier: MIT
#include "startproblem.h"

#include "sharedsingleton.h"

namespace et::app {

StartProblem::StartProblem(QObject *parent) : QObject(parent) {}

void StartProblem::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void StartProblem::registerQml(StartProblem *instance)
{
    models::registerSharedSingleton<StartProblem>("EnergyTruck.Models", "StartProblem", [instance] { return instance; });
}

} // namespace et::app
