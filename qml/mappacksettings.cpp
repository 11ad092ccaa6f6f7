// SPDX-License-Identifier: MIT
#include "mappacksettings.h"

#include "consoleqmllogging.h"
#include "engineobjects.h"

#include <QDir>
#include <QQmlEngine>
#include <QSettings>
#include <QUrl>

namespace et::app {

MapPackSettings::MapPackSettings(const QString &tilesFile, const QString &tileUrl, const QString &dataDir, QObject *parent)
    : QObject(parent),
      m_urlTemplate(tileUrl.isEmpty() ? QSettings().value(QLatin1String(kTileUrlKey)).toString() : tileUrl),
      m_cacheDirectory(QDir(dataDir).filePath(QStringLiteral("tiles")))
{
    // A pack named on the command line is for this run only; the remembered choice stays.
    m_file = tilesFile.isEmpty() ? QSettings().value(QLatin1String(kSettingsKey)).toString()
                                 : QDir::cleanPath(QDir::current().absoluteFilePath(tilesFile));
}

void MapPackSettings::open(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kSettingsKey), path);
    qCInfo(lcConsoleQml) << "map pack chosen:" << path;
    setFile(path);
}

void MapPackSettings::close()
{
    QSettings().remove(QLatin1String(kSettingsKey));
    setFile(QString());
}

QString MapPackSettings::setTileServer(const QString &urlTemplate)
{
    const QString text = urlTemplate.trimmed();
    const QUrl url(text);
    const bool usable = text.isEmpty()
        || (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
            && text.contains(u"{z}") && text.contains(u"{x}") && text.contains(u"{y}"));
    if (!usable)
        return tr("\"%1\" is not a tile server: use an http:// or https:// address with {z}, {x} and {y}, or leave it "
                  "empty for none.")
            .arg(text);
    QSettings().setValue(QLatin1String(kTileUrlKey), text);
    if (text != m_urlTemplate) {
        m_urlTemplate = text;
        qCInfo(lcConsoleQml) << "tile server chosen:" << (text.isEmpty() ? QStringLiteral("none") : text);
        emit tileUrlTemplateChanged();
    }
    return {};
}

void MapPackSettings::setFile(const QString &path)
{
    if (path == m_file && !path.isEmpty()) {
        // Chosen again, the same file is opened again (the USB stick may be in now): the map only
        // opens a file it is given anew, so it is taken away for a moment.
        m_file.clear();
        emit tilesFileChanged();
    }
    if (path == m_file)
        return;
    m_file = path;
    emit tilesFileChanged();
}

MapPackSettings *MapPackSettings::create(QQmlEngine *engine, QJSEngine *)
{
    return models::EngineObjects::take<MapPackSettings>(engine);
}

} // namespace et::app
