// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/regionmesh.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace et::map {

/// Reads a GeoJSON boundary file and builds the map's base-layer mesh on a worker thread
/// (QThreadPool): parsing and triangulating ~3,000 vertices takes tens of milliseconds, longer
/// than a frame. The result comes back to the owner's thread through a queued signal.
class RegionLoader : public QObject
{
    Q_OBJECT
public:
    /// The bundled Jeju boundaries (KOSTAT 2018), compiled into the module's resources.
    static QString bundledJejuPath() { return QStringLiteral(":/et/map/jeju-emd-2018.geojson"); }

    explicit RegionLoader(QObject *parent = nullptr);
    ~RegionLoader() override;

    /// Starts loading `path` (a file or a Qt resource); a load still running is abandoned.
    void load(const QString &path);

signals:
    void loaded(std::shared_ptr<const et::domain::geo::RegionMesh> mesh);
    void failed(const QString &message);

private:
    struct Outcome
    {
        std::shared_ptr<const domain::geo::RegionMesh> mesh;
        QString error;
    };
    static Outcome loadFile(const QString &path);

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace et::map
