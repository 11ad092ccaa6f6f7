// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::app {

/// Which raster tiles the map draws, for QML as the `MapPack` singleton of EnergyTruck.Console: the offline MBTiles pack
/// the operator opened (remembered in QSettings under `map/tilesFile` and reopened at the next
/// start), unless `--tiles` names one for this run; the tile server (`--tile-url` for this run,
/// else the one chosen on the Settings page, `map/tileUrl`); and the folder its
/// tiles are kept in for offline use (`<data-dir>/tiles`). Whether a pack opens is the map's
/// business (JejuMap.tileError): a pack that is gone still starts the console on the vector map.
class MapPackSettings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MapPack)
    QML_SINGLETON
    Q_PROPERTY(QString tilesFile READ tilesFile NOTIFY tilesFileChanged)
    Q_PROPERTY(QString tileUrlTemplate READ tileUrlTemplate NOTIFY tileUrlTemplateChanged)
    Q_PROPERTY(QString tileCacheDirectory READ tileCacheDirectory CONSTANT)

public:
    static constexpr auto kSettingsKey = "map/tilesFile";
    static constexpr auto kTileUrlKey = "map/tileUrl";

    /// `tilesFile` (--tiles) and `tileUrl` (--tile-url) may be empty; tiles from a server are
    /// kept under `dataDir`.
    MapPackSettings(const QString &tilesFile, const QString &tileUrl, const QString &dataDir, QObject *parent = nullptr);

    QString tilesFile() const { return m_file; }
    QString tileUrlTemplate() const { return m_urlTemplate; }
    QString tileCacheDirectory() const { return m_cacheDirectory; }

    /// The operator chose a pack (a file: URL from the file dialog, or a path): show and remember it.
    Q_INVOKABLE void open(const QUrl &file);
    /// Back to the vector map (or the tile server); the next start opens no pack either.
    Q_INVOKABLE void close();
    /// Draws tiles from `urlTemplate` (http(s) with {z}, {x} and {y}; "" for none) from now on and
    /// at later starts; "" when taken, else why not (and nothing changes).
    Q_INVOKABLE QString setTileServer(const QString &urlTemplate);

    /// The window's settings (models::EngineObjects).
    static MapPackSettings *create(QQmlEngine *engine, QJSEngine *);

signals:
    void tilesFileChanged();
    void tileUrlTemplateChanged();

private:
    void setFile(const QString &path);

    QString m_file;
    QString m_urlTemplate;
    QString m_cacheDirectory;
};

} // namespace et::app
