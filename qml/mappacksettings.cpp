// SPDX-License-Identifier: MIT
#include "mappacksettings.h"
#include "sharedsingleton.h"

#include "applogging.h"
#include "consoleoptions.h"

#include <QDir>
#include <QQmlEngine>
#include <QSettings>

namespace et::app {

MapPackSettings::MapPackSettings(const ConsoleOptions &options, QObject *parent)
    : QObject(parent),
      m_urlTemplate(options.tileUrl),
      m_cacheDirectory(QDir(options.dataDir).filePath(QStringLiteral("tiles")))
{
    // A pack named on the command line is for this run only; the remembered choice stays.
    m_file = options.tilesFile.isEmpty() ? QSettings().value(QLatin1String(kSettingsKey)).toString()
                                         : QDir::cleanPath(QDir::current().absoluteFilePath(options.tilesFile));
}

void MapPackSettings::open(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kSettingsKey), path);
    qCInfo(lcApp) << "map pack chosen:" << path;
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

void MapPackSettings::registerQml(MapPackSettings *instance)
{
    models::registerSharedSingleton<MapPackSettings>("EnergyTruck.Models", "MapPack", [instance] { return instance; });
}

} // namespace et::app
