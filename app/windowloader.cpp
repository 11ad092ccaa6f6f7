// SPDX-License-Identifier: MIT
#include "windowloader.h"

#include "appearance.h"
#include "consolecontroller.h"
#include "engineobjects.h"
#include "mappacksettings.h"
#include "signincontroller.h"
#include "startproblem.h"
#include "userpreferences.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(EnergyTruck_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(EnergyTruck_ConsolePlugin)
Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

namespace et::app {

namespace {
template<typename T>
void offer(QQmlEngine *engine, T *object)
{
    if (object)
        models::EngineObjects::put(engine, object);
}
} // namespace

std::unique_ptr<QQmlApplicationEngine> makeWindowEngine(const WindowObjects &objects)
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    offer(engine.get(), objects.appearance);
    offer(engine.get(), objects.preferences);
    offer(engine.get(), objects.console);
    offer(engine.get(), objects.signIn);
    offer(engine.get(), objects.mapPack);
    offer(engine.get(), objects.startProblem);
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    return engine;
}

QUrl windowUrl(const QString &qmlFile)
{
    return QUrl(QStringLiteral("qrc:/qt/qml/EnergyTruck/Console/") + qmlFile);
}

std::unique_ptr<QQmlApplicationEngine> loadWindow(const QString &qmlFile, const WindowObjects &objects)
{
    auto engine = makeWindowEngine(objects);
    engine->load(windowUrl(qmlFile));
    if (engine->rootObjects().isEmpty())
        return nullptr;
    return engine;
}

} // namespace et::app
