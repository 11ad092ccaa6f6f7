// SPDX-License-Identifier: MIT
#pragma once

#include "appearance.h"
#include "domain/result.h"
#include "rendererchoice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace et::app {

/// The console's command line, parsed and checked. A bad option is an Error whose message says
/// what was wrong; the caller prints it and exits with status 2.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    enum class Source { BundledServer, RemoteServer, CacheOnly };

    Source source = Source::BundledServer;
    QUrl serverUrl;          ///< for RemoteServer
    QString dataDir;         ///< holds cache.sqlite (and server.sqlite for the bundled server)
    QString language;        ///< "ko" or "en": --lang, else the system's (the saved setting comes between)
    bool languageFromFlag = false; ///< --lang was given: it overrides the saved setting for this run
    QString view;            ///< --view: a ViewRegistry id; empty = the first view
    QString selectId;        ///< --select: an entity of the view to select once it is in the cache
    bool showAlarms = false; ///< --show-alarms: open the alarm list, shelved ones too
    QVariantMap whatIfBody;  ///< --what-if: a disaster drafted as a what-if at start
    QString page;            ///< --page: the page the view opens on (the Centers view's self-check, an information page)
    QString nmeaSource;      ///< --nmea: an NMEA log file or serial:PORT for the center search's GPS
    /// --at: the Energy view opens at this instant of the cached history (`at`), or this long
    /// before the newest data (`atSecondsBeforeNewest`, when `at` is invalid); -1: live.
    QDateTime at;
    qint64 atSecondsBeforeNewest = -1;
    QString screenshotPath;  ///< empty = run interactively
    int screenshotAfterMs = 0; ///< --screenshot-after: wait at least this long before the screenshot
    QString stateLogPath;    ///< --state-log: what the screen says, as JSON lines ("-" = stdout)
    /// --theme light|dark|high-contrast, overriding the saved setting for this run; none: the saved one.
    std::optional<models::Appearance::Theme> theme;
    RendererChoice::Renderer renderer = RendererChoice::Renderer::Auto; ///< --renderer
    QString tilesFile;       ///< --tiles: an MBTiles map pack for this run (checked when the map opens it)
    QString tileUrl;         ///< --tile-url: an XYZ tile server template, {z}/{x}/{y}
    QString user;            ///< --user: sign in as (with --password-stdin) or open the cache of
    bool passwordFromStdin = false; ///< --password-stdin: the password is stdin's first line
    QString caCertFile;      ///< --ca-cert: the only CA trusted for https://
    bool noKeychain = false; ///< --no-keychain: keep secrets in memory for this run only
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    /// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    /// `defaultDataDir` and `systemLanguage` are the fall-backs (injected so tests can pin them).
    static domain::Result<ConsoleOptions> parse(const QStringList &arguments, const QString &defaultDataDir,
                                                const QString &systemLanguage);
};

} // namespace et::app
