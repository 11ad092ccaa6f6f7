// SPDX-License-Identifier: MIT
#include "startproblem.h"

#include "engineobjects.h"

namespace et::app {

StartProblem::StartProblem(QObject *parent) : QObject(parent) {}

void StartProblem::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

StartProblem *StartProblem::create(QQmlEngine *engine, QJSEngine *)
{
    return models::EngineObjects::take<StartProblem>(engine);
}

} // namespace et::app
