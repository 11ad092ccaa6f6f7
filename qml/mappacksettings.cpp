// SPDX-License-Identifier: MIT
#include "mappacksettings.h"

#include "consoleqmllogging.h"
#include "engineobjects.h"

#include <QDir>
#include <QQmlEngine>
#include <QSettings>

namespace et::app {

MapPackSettings::MapPackSettings(const QString &tilesFile, const QString &tileUrl, const QString &dataDir, QObject *parent)
    : QObject(parent),
      m_urlTemplate(tileUrl),
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

void MapPackSettings::setFile(const QString &path)
{
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
