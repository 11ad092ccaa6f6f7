// SPDX-License-Identifier: MIT
#include "regionloader.h"

#include "maplogging.h"

#include "domain/geo/geojsonreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace et::map {

using namespace domain::geo;

RegionLoader::RegionLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        const Outcome outcome = m_watcher.result();
        if (outcome.mesh)
            emit loaded(outcome.mesh);
        else
            emit failed(outcome.error);
    });
}

RegionLoader::~RegionLoader()
{
    // The worker touches no member, but wait so it never outlives the module's resources.
    m_watcher.waitForFinished();
}

void RegionLoader::load(const QString &path)
{
    // QPromise + QThreadPool (Qt Core) rather than QtConcurrent: no extra module to link. The
    // promise sits in a shared_ptr because QThreadPool::start wants a copyable callable.
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(loadFile(path));
        promise->finish();
    });
}

RegionLoader::Outcome RegionLoader::loadFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    GeoJsonReader::Stats stats;
    auto regions = GeoJsonReader::read(file.readAll(), &stats);
    if (!regions.ok())
        return {nullptr, QStringLiteral("%1: %2").arg(path, regions.error().toString())};
    auto mesh = RegionMesh::build(regions.value());
    if (!mesh.ok())
        return {nullptr, QStringLiteral("%1: %2").arg(path, mesh.error().toString())};
    qCInfo(lcMap) << "loaded" << mesh.value().regionCount << "regions," << mesh.value().triangles.size() / 3
                  << "triangles in" << timer.elapsed() << "ms;" << stats.droppedRings
                  << "rings without area dropped";
    return {std::make_shared<const RegionMesh>(std::move(mesh).value()), {}};
}

} // namespace et::map
