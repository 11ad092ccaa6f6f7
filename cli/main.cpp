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

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
