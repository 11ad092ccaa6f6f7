// SPDX-License-Identifier: MIT
#pragma once

#include <QJSEngine>
#include <QQmlEngine>

#include <functional>

namespace et::models {

/// Registers `name` in the QML module `uri` as a singleton that every engine gets from `current`
/// (the object C++ keeps, never owned by an engine). The console opens one engine per window —
/// the sign-in window, then each user's console — and qmlRegisterSingletonInstance() serves only
/// the first engine that asks (Qt 6.4 answers null to the others).
template<typename T>
void registerSharedSingleton(const char *uri, const char *name, std::function<T *()> current)
{
    qmlRegisterSingletonType<T>(uri, 1, 0, name, [current](QQmlEngine *, QJSEngine *) -> QObject * {
        T *object = current();
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    });
}

} // namespace et::models
