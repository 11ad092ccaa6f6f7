// SPDX-License-Identifier: MIT
#include "appearance.h"

#include "engineobjects.h"

namespace et::models {

Appearance::Appearance(QObject *parent) : QObject(parent) {}

void Appearance::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit darkChanged();
}

Appearance *Appearance::create(QQmlEngine *engine, QJSEngine *)
{
    return EngineObjects::take<Appearance>(engine);
}

} // namespace et::models
