// SPDX-License-Identifier: MIT
#pragma once

#include <QJSEngine>
#include <QObject>
#include <QQmlEngine>
#include <QVariant>

namespace et::models {

/// The C++ objects one window's QML is built on, handed to that window's engine. The console
/// opens an engine per window — the sign-in window, each user's console, the start problem —
/// and each must get its own objects, never another window's: the application puts them on the
/// engine before it loads the window (put()), and each singleton's `create()` takes its own from
/// there (take()). No process-wide instance, so two engines never share a user's data by mistake.
namespace EngineObjects {

/// Gives `engine` the window's `T` (filed under T's class name: one of each type per window).
template<typename T>
void put(QQmlEngine *engine, T *object)
{
    engine->setProperty(T::staticMetaObject.className(), QVariant::fromValue(static_cast<QObject *>(object)));
}

/// The window's `T`, owned by C++ (the engine must not delete it); null when the window was
/// loaded without one — a QML file that needs it then fails to load, loudly.
template<typename T>
T *take(QQmlEngine *engine)
{
    T *object = qobject_cast<T *>(qvariant_cast<QObject *>(engine->property(T::staticMetaObject.className())));
    if (object)
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

} // namespace EngineObjects

} // namespace et::models
