// SPDX-License-Identifier: MIT
// energytruck-console: the composition root. Parses the options, opens the cache, starts the
// backend connection and loads the QML window (or takes one screenshot and exits).
#include "applogging.h"
#include "consolecontroller.h"
#include "consoleoptions.h"
#include "consolesession.h"
#include "mappacksettings.h"
#include "screenshottaker.h"

#include <QApplication>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(EnergyTruck_ConsolePlugin)
#ifdef ET_HAVE_MAP
Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)
#endif

int main(int argc, char *argv[])
{
    // QApplication rather than QGuiApplication: Qt Charts' ChartView needs the widgets stack.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EnergyTruck"));
    QCoreApplication::setApplicationName(QStringLiteral("energytruck-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ET_VERSION));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK KR")));
    // Basic is the one style whose controls take our Theme's backgrounds on every platform.
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QTextStream err(stderr);
    const auto parsed = et::app::ConsoleOptions::parse(
        QCoreApplication::arguments(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QLocale::system().name());
    if (!parsed.ok()) {
        err << "energytruck-console: " << parsed.error().toString() << "\n"
            << "Try 'energytruck-console --help'.\n";
        return 2;
    }
    const et::app::ConsoleOptions &options = parsed.value();
    if (options.showHelp) {
        QTextStream(stdout) << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        QTextStream(stdout) << "energytruck-console " << ET_VERSION << "\n";
        return 0;
    }

    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/energytruck_%1.qm").arg(options.language)))
        QCoreApplication::installTranslator(&translator);
    else
        qCWarning(lcApp) << "no translation for" << options.language << "- showing the source strings";
    QLocale::setDefault(QLocale(options.language == u"ko" ? QLocale::Korean : QLocale::English,
                                options.language == u"ko" ? QLocale::SouthKorea : QLocale::UnitedStates));

    et::app::ConsoleSession session;
    const auto opened = session.open(options);
    if (!opened.ok()) {
        err << "energytruck-console: cannot open the offline cache: " << opened.error().toString() << "\n";
        return 1;
    }
    et::models::ConsoleController::registerQml(session.controller());
    et::app::MapPackSettings mapPack(options);
    et::app::MapPackSettings::registerQml(&mapPack);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/EnergyTruck/Console/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        err << "energytruck-console: the user interface failed to load (see the messages above)\n";
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    session.start();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &session, &et::app::ConsoleSession::shutdown);

    std::unique_ptr<et::app::ScreenshotTaker> shot;
    if (!options.screenshotPath.isEmpty()) {
        if (!window) {
            err << "energytruck-console: the root object is not a window; cannot take a screenshot\n";
            return 1;
        }
        shot = std::make_unique<et::app::ScreenshotTaker>(window, session.controller(), options.screenshotPath);
        shot->setMinimumWait(options.screenshotAfterMs);
        QObject::connect(shot.get(), &et::app::ScreenshotTaker::finished, &app, [](int code) {
            if (code == 3)
                QTextStream(stderr) << "energytruck-console: the view had no data within the time limit; "
                                       "the screenshot shows what was there\n";
            QCoreApplication::exit(code);
        });
        shot->start();
    }
    return app.exec();
}
