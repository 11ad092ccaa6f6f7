// SPDX-License-Identifier: MIT
// energytruck-console: the composition root. Parses the options, installs the translation and
// hands over to ConsoleApp (sign-in, the user's cache, the backend, the windows).
#include "applogging.h"
#include "consoleapp.h"
#include "consoleoptions.h"
#include "rendererchoice.h"
#include "et/version.h"
#include "platform/signalwatcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // QApplication rather than QGuiApplication, although nothing needs widgets yet: the map
    // pack's FileDialog (QtQuick.Dialogs) is the platform's own or a Qt Quick one, never a
    // QFileDialog. It is here for the charts to come: Qt Charts' ChartView draws with the
    // Graphics View framework and so needs a QApplication.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EnergyTruck"));
    QCoreApplication::setApplicationName(QStringLiteral("energytruck-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ET_VERSION));
    // The installed desktop entry's id: Wayland compositors and docks match the window to it
    // (packaging/linux), for its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("kr.energytruck.Console"));
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

    // Before the first window: the scene graph cannot change once one exists.
    QElapsedTimer probe;
    probe.start();
    const QString renderer = et::app::RendererChoice::apply(options.renderer);
    qCInfo(lcApp).noquote() << "drawing with" << renderer << QStringLiteral("(chosen in %1 ms)").arg(probe.elapsed());

    // The language (and its translation) is ConsoleApp's: the saved setting may choose it, and
    // the settings page switches it while the console runs.

    // SIGTERM (a logout, a service manager) quits as the window's close does: the bundled server
    // is stopped and the cache closed on the way out.
    et::platform::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &et::platform::SignalWatcher::terminationRequested, &app, [] { QCoreApplication::quit(); });
    et::app::ConsoleApp console(options);
    QObject::connect(&console, &et::app::ConsoleApp::exitRequested, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &console, &et::app::ConsoleApp::shutdown);
    if (const auto started = console.start(); !started.ok()) {
        err << "energytruck-console: " << started.error().toString() << "\n";
        return 1;
    }
    return app.exec();
}
