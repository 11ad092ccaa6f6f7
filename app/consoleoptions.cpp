// SPDX-License-Identifier: MIT
#include "consoleoptions.h"

#include "viewregistry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QRegularExpression>

namespace et::app {

namespace {
const QStringList kLanguages{QStringLiteral("ko"), QStringLiteral("en")};

/// --at TIME into `o`: an instant with its offset, or a span before the newest data.
domain::Status parseAt(const QString &text, ConsoleOptions &o)
{
    static const QRegularExpression span(QStringLiteral("^-?(\\d{1,5})([mhd])$"));
    if (const auto m = span.match(text.trimmed()); m.hasMatch()) {
        const qint64 unit = m.captured(2) == u"m" ? 60 : (m.captured(2) == u"h" ? 3600 : 86400);
        o.atSecondsBeforeNewest = m.captured(1).toLongLong() * unit;
        if (o.atSecondsBeforeNewest > 7 * 86400)
            return domain::Error{QStringLiteral("--at"), ConsoleOptions::tr("\"%1\" is more than the 7 days the cache keeps").arg(text)};
        return domain::Ok{};
    }
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return domain::Error{QStringLiteral("--at"), ConsoleOptions::tr("\"%1\" is neither a time with its offset (2026-08-14T09:30+09:00) "
                                                                        "nor a span such as 90m, 6h or 2d").arg(text)};
    o.at = time.toUTC();
    return domain::Ok{};
}
} // namespace

domain::Result<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments, const QString &defaultDataDir,
                                                     const QString &systemLanguage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operator console for Jeju's energy system: energy flows, energy "
                                        "trucks, disasters and public health centers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server({QStringLiteral("server")},
                                    tr("Use the backend at URL instead of starting the bundled one."),
                                    QStringLiteral("URL"));
    const QCommandLineOption offline({QStringLiteral("offline")},
                                     tr("Show the cached data only; start and contact no server."));
    const QCommandLineOption dataDir({QStringLiteral("data-dir")},
                                     tr("Folder for the offline cache (default: %1).").arg(defaultDataDir),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang({QStringLiteral("lang")}, tr("User interface language: ko or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption view({QStringLiteral("view")},
                                  tr("View to open: %1.").arg(models::ViewRegistry::ids().join(QStringLiteral(", "))),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption select({QStringLiteral("select")},
                                    tr("Select the entity ID of the view (e.g. truck-03) once it is in the cache."),
                                    QStringLiteral("ID"));
    const QCommandLineOption showAlarms({QStringLiteral("show-alarms")}, tr("Open the alarm list, shelved alarms included."));
    const QCommandLineOption whatIf({QStringLiteral("what-if")},
                                    tr("Draft FILE (a disaster as POST /disasters takes it, JSON) as a what-if: assessed on this "
                                       "console, never sent."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption page({QStringLiteral("page")},
                                  tr("Open the view on PAGE: for centers, selfCheck, info:crisis or info:mental-health."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption nmea({QStringLiteral("nmea")},
                                  tr("Use a GPS for the center search's position: an NMEA log FILE (replayed) or serial:PORT "
                                     "(a receiver, e.g. serial:/dev/ttyUSB0)."),
                                  QStringLiteral("SOURCE"));
    const QCommandLineOption at({QStringLiteral("at")},
                                tr("Open the Energy view at TIME of the cached history: ISO 8601 with its offset "
                                   "(2026-08-14T09:30+09:00) or how long before the newest data (90m, 6h, 2d)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption screenshot({QStringLiteral("screenshot")},
                                        tr("Render the first frame with data to FILE (PNG) and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshotAfter({QStringLiteral("screenshot-after")},
                                             tr("Take the screenshot no sooner than SECONDS after start (0-600)."),
                                             QStringLiteral("SECONDS"));
    const QCommandLineOption stateLog({QStringLiteral("state-log")},
                                      tr("Write what the screen says (window, connection, messages, first frames) to FILE "
                                         "as JSON lines; - for stdout."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption theme({QStringLiteral("theme")}, tr("Colour theme for this run: light, dark (the control room's greys) or high-contrast."), QStringLiteral("THEME"));
    const QCommandLineOption renderer({QStringLiteral("renderer")},
                                      tr("Scene graph: auto (software when OpenGL would be a software rasterizer), opengl or software."),
                                      QStringLiteral("RENDERER"));
    const QCommandLineOption tiles({QStringLiteral("tiles")},
                                   tr("Draw the raster tiles of the MBTiles map pack FILE under the map (offline)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption tileUrl({QStringLiteral("tile-url")},
                                     tr("Draw raster tiles from an XYZ tile server, e.g. "
                                        "https://tile.example.org/{z}/{x}/{y}.png (kept in DIR/tiles for offline use)."),
                                     QStringLiteral("TEMPLATE"));
    const QCommandLineOption user({QStringLiteral("user")},
                                  tr("Sign in to --server as EMAIL (with --password-stdin), or open EMAIL's cache."),
                                  QStringLiteral("EMAIL"));
    const QCommandLineOption passwordStdin({QStringLiteral("password-stdin")},
                                           tr("Read the password of --user from the first line of stdin."));
    const QCommandLineOption caCert({QStringLiteral("ca-cert")},
                                    tr("Trust only the CA in FILE (PEM or DER) for an https:// server."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption noKeychain({QStringLiteral("no-keychain")},
                                        tr("Do not use the system keychain: keep the login in memory for this run only "
                                           "(for sessions where nobody can answer its password prompt)."));
    parser.addOptions({server, offline, dataDir, lang, view, select, showAlarms, whatIf, page, nmea, at, screenshot, screenshotAfter, stateLog, theme, renderer, tiles,
                       tileUrl, user, passwordStdin, caCert, noKeychain});

    if (!parser.parse(arguments))
        return domain::Error{{}, parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return domain::Error{{}, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())};

    ConsoleOptions o;
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    o.helpText = parser.helpText();

    o.user = parser.value(user).trimmed();
    if (parser.isSet(user) && o.user.isEmpty())
        return domain::Error{QStringLiteral("--user"), tr("must not be empty")};
    o.passwordFromStdin = parser.isSet(passwordStdin);
    o.noKeychain = parser.isSet(noKeychain);
    if (o.passwordFromStdin && (o.user.isEmpty() || !parser.isSet(server)))
        return domain::Error{QStringLiteral("--password-stdin"), tr("needs --server URL and --user EMAIL")};
    o.caCertFile = parser.value(caCert);
    if (parser.isSet(caCert) && o.caCertFile.isEmpty())
        return domain::Error{QStringLiteral("--ca-cert"), tr("must not be empty")};

    if (parser.isSet(server) && parser.isSet(offline))
        return domain::Error{QStringLiteral("--offline"), tr("cannot be combined with --server")};
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return domain::Error{QStringLiteral("--server"),
                                 tr("\"%1\" is not an http:// or https:// URL with a host").arg(parser.value(server))};
        o.source = Source::RemoteServer;
        o.serverUrl = url;
    } else if (parser.isSet(offline)) {
        o.source = Source::CacheOnly;
    }

    o.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir;
    if (o.dataDir.isEmpty())
        return domain::Error{QStringLiteral("--data-dir"), tr("must not be empty")};

    o.language = parser.isSet(lang) ? parser.value(lang) : (systemLanguage.startsWith(u"ko") ? QStringLiteral("ko")
                                                                                             : QStringLiteral("en"));
    o.languageFromFlag = parser.isSet(lang);
    if (!kLanguages.contains(o.language))
        return domain::Error{QStringLiteral("--lang"), tr("\"%1\" is not one of: ko, en").arg(o.language)};

    if (parser.isSet(view)) {
        o.view = parser.value(view);
        const QStringList views = models::ViewRegistry::ids();
        if (!views.contains(o.view))
            return domain::Error{QStringLiteral("--view"), tr("\"%1\" is not one of: %2").arg(o.view, views.join(QStringLiteral(", ")))};
    }
    o.showAlarms = parser.isSet(showAlarms);
    if (parser.isSet(whatIf)) {
        const QString path = parser.value(whatIf);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return domain::Error{QStringLiteral("--what-if"), tr("cannot read %1: %2").arg(path, f.errorString())};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return domain::Error{QStringLiteral("--what-if"),
                                 tr("%1 is not a JSON object: %2").arg(path, error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))};
        o.whatIfBody = doc.object().toVariantMap();
    }
    o.page = parser.value(page).trimmed();
    if (parser.isSet(nmea)) {
        o.nmeaSource = parser.value(nmea).trimmed();
        if (!o.nmeaSource.startsWith(QLatin1String("serial:")) && !QFileInfo(o.nmeaSource).isReadable())
            return domain::Error{QStringLiteral("--nmea"), tr("cannot read %1").arg(o.nmeaSource)};
    }
    if (parser.isSet(select)) {
        o.selectId = parser.value(select).trimmed();
        if (o.selectId.isEmpty())
            return domain::Error{QStringLiteral("--select"), tr("must not be empty")};
    }
    if (parser.isSet(at)) {
        if (auto parsed = parseAt(parser.value(at), o); !parsed.ok())
            return parsed.error();
        if (!o.view.isEmpty() && o.view != models::ViewRegistry::idOf(models::ViewRegistry::View::Energy))
            return domain::Error{QStringLiteral("--at"), tr("only the Energy view has a time slider")};
    }
    if (parser.isSet(theme)) {
        const QString name = parser.value(theme);
        o.theme = models::Appearance::themeNamed(name);
        if (!o.theme)
            return domain::Error{QStringLiteral("--theme"), tr("\"%1\" is not one of: light, dark, high-contrast").arg(name)};
    }
    if (parser.isSet(renderer) && !RendererChoice::fromString(parser.value(renderer), &o.renderer))
        return domain::Error{QStringLiteral("--renderer"), tr("\"%1\" is not one of: auto, opengl, software").arg(parser.value(renderer))};
    if (parser.isSet(tiles)) {
        o.tilesFile = parser.value(tiles);
        if (o.tilesFile.isEmpty())
            return domain::Error{QStringLiteral("--tiles"), tr("must not be empty")};
    }
    if (parser.isSet(tileUrl)) {
        o.tileUrl = parser.value(tileUrl);
        const QUrl url(o.tileUrl);
        const bool placeholders = o.tileUrl.contains(QLatin1String("{z}")) && o.tileUrl.contains(QLatin1String("{x}"))
            && o.tileUrl.contains(QLatin1String("{y}"));
        if (!placeholders || (url.scheme() != u"http" && url.scheme() != u"https"))
            return domain::Error{QStringLiteral("--tile-url"),
                                 tr("\"%1\" is not an http(s) URL with {z}, {x} and {y}").arg(o.tileUrl)};
    }
    if (parser.isSet(screenshot)) {
        o.screenshotPath = parser.value(screenshot);
        if (!o.screenshotPath.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            return domain::Error{QStringLiteral("--screenshot"), tr("the file name must end in .png")};
    }
    if (parser.isSet(stateLog)) {
        o.stateLogPath = parser.value(stateLog);
        if (o.stateLogPath.isEmpty())
            return domain::Error{QStringLiteral("--state-log"), tr("must not be empty")};
    }
    if (parser.isSet(screenshotAfter)) {
        bool ok = false;
        const int seconds = parser.value(screenshotAfter).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 600)
            return domain::Error{QStringLiteral("--screenshot-after"), tr("\"%1\" is not a whole number of seconds 0-600").arg(parser.value(screenshotAfter))};
        if (o.screenshotPath.isEmpty())
            return domain::Error{QStringLiteral("--screenshot-after"), tr("needs --screenshot")};
        o.screenshotAfterMs = seconds * 1000;
    }
    return o;
}

} // namespace et::app
