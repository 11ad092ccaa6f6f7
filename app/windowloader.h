// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class QQmlApplicationEngine;

namespace et::models {
class Appearance;
class ConsoleController;
class SignInController;
class UserPreferences;
} // namespace et::models

namespace et::app {

class MapPackSettings;
class StartProblem;

/// The C++ objects one window's QML is built on. Each window gets an engine of its own and only
/// the objects it needs; a singleton its QML asks for and was not given fails the load loudly.
struct WindowObjects
{
    models::Appearance *appearance = nullptr;
    models::UserPreferences *preferences = nullptr;
    models::ConsoleController *console = nullptr;
    models::SignInController *signIn = nullptr;
    MapPackSettings *mapPack = nullptr;
    StartProblem *startProblem = nullptr;
};

/// A new engine that hands `objects` to the QML singletons (models::EngineObjects) and finds the
/// console's modules; nothing loaded yet (a test connects to its warnings first). Linking this
/// also brings the console's static QML modules (models, console, map) into the program.
std::unique_ptr<QQmlApplicationEngine> makeWindowEngine(const WindowObjects &objects);
/// The URL of `qmlFile` ("Main.qml", "SignInWindow.qml", "StartProblemWindow.qml") in EnergyTruck.Console.
QUrl windowUrl(const QString &qmlFile);
/// makeWindowEngine() with `qmlFile` loaded; null when the window did not load (its QML errors
/// are in the log).
std::unique_ptr<QQmlApplicationEngine> loadWindow(const QString &qmlFile, const WindowObjects &objects);

} // namespace et::app
