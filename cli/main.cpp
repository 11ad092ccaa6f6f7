// SPDX-License-Identifier: MIT
// energytruck-cli: a headless client over core/client — sync the offline cache, list from it,
// and report status. Proves the core needs no GUI and lets scripts and tests drive it.
#include "clirunner.h"
#include "commandline.h"
#include "et/version.h"
#include "sunreport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#ifdef ET_CLI_REPORT
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>

namespace {

/// True when the command line asks for `report`: it draws a PDF, which needs a QGuiApplication
/// (fonts), on the offscreen platform so it runs with no display. Every other command stays a
/// plain QCoreApplication.
bool wantsReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
#ifdef ET_CLI_REPORT
    if (wantsReport(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#else
    Q_UNUSED(wantsReport)
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Same names as the console, so both use one default data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("EnergyTruck"));
    QCoreApplication::setApplicationName(QStringLiteral("energytruck-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ET_VERSION));

    // Progress logging is for diagnosis (QT_LOGGING_RULES="et.*=true" brings it back); by
    // default only warnings reach stderr so output stays readable in scripts.
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.debug=false\net.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = et::cli::CommandLine::parse(QCoreApplication::arguments(),
                                                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!parsed.ok()) {
        err << "energytruck-cli: " << parsed.error().toString() << "\n\n" << et::cli::CommandLine::usage();
        return 2;
    }
    // sun is arithmetic on this machine: no runner, so neither the data folder nor the keychain
    // is touched.
    if (parsed.value().command == et::cli::CommandLine::Command::Sun)
        return et::cli::SunReport::print(parsed.value().sun, parsed.value().json, out, err);
    // The report speaks the console's languages (its translations are bundled here too).
    QTranslator translator;
    if (parsed.value().command == et::cli::CommandLine::Command::Report
        && translator.load(QStringLiteral(":/i18n/energytruck_%1.qm").arg(parsed.value().reportLanguage)))
        QCoreApplication::installTranslator(&translator);
    et::cli::CliRunner runner(parsed.value(), out, err);
    int exitCode = 1;
    // Started from the event loop, so a command that finishes at once can still quit it.
    QTimer::singleShot(0, &runner, [&] {
        runner.run([&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    });
    app.exec();
    return exitCode;
}
