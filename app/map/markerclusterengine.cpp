// SPDX-License-Identifier: MIT
#include "markerclusterengine.h"

#include "domain/geo/markerclusterer.h"

#include <QPromise>
#include <QThreadPool>

#include <cmath>
#include <memory>

namespace et::map {

using domain::geo::MarkerClusterer;

MarkerClusterEngine::MarkerClusterEngine(const MarkerLayer *markers, QObject *parent)
    : QObject(parent), m_markers(markers)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MarkerClusterEngine::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MarkerClusterEngine::finished);
}

MarkerClusterEngine::~MarkerClusterEngine()
{
    // The worker only reads its own copies, but never let it outlive the engine it reports to.
    m_watcher.waitForFinished();
}

void MarkerClusterEngine::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    schedule(true);
}

void MarkerClusterEngine::setThreshold(int markers)
{
    markers = std::max(markers, 2);
    if (markers == m_threshold)
        return;
    m_threshold = markers;
    schedule(true);
}

void MarkerClusterEngine::setMaxZoom(int zoom)
{
    if (zoom == m_maxZoom)
        return;
    m_maxZoom = zoom;
    schedule(true);
}

void MarkerClusterEngine::markersChanged()
{
    // Rows came or went: the clusters' row numbers no longer match the model, so draw the markers
    // one by one until the new result arrives rather than select the wrong entity on a click.
    if (m_active && m_markers->structureVersion() != m_resultStructure)
        setActive(false);
    schedule(false);
}

void MarkerClusterEngine::zoomChanged(double zoom)
{
    const int level = std::isfinite(zoom) ? int(std::floor(std::clamp(zoom, 0.0, 30.0))) : 0;
    if (level == m_zoom)
        return;
    m_zoom = level;
    schedule(true);
}

bool MarkerClusterEngine::wanted() const
{
    return m_enabled && m_zoom < m_maxZoom && m_markers->drawableCount() >= m_threshold;
}

void MarkerClusterEngine::schedule(bool urgent)
{
    if (!wanted()) {
        m_timer.stop();
        m_pending = false;
        setActive(false);
        return;
    }
    if (m_running) {
        m_pending = true;
        return;
    }
    const qint64 wait = urgent || !m_sinceStart.isValid()
        ? 0
        : std::max<qint64>(0, kMinIntervalMs - m_sinceStart.elapsed());
    if (!m_timer.isActive() || wait == 0)
        m_timer.start(int(wait));
}

void MarkerClusterEngine::start()
{
    if (!wanted() || m_running)
        return;
    m_running = true;
    m_pending = false;
    m_sinceStart.start();
    // QPromise + QThreadPool as in RegionLoader; the worker gets its own (implicitly shared) copy
    // of the markers, so the model may change meanwhile.
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, markers = m_markers->markers(), zoom = m_zoom, structure = m_markers->structureVersion()] {
            promise->addResult(run(markers, zoom, structure));
            promise->finish();
        });
}

void MarkerClusterEngine::finished()
{
    m_running = false;
    if (m_watcher.future().resultCount() > 0) {
        Outcome outcome = m_watcher.result();
        if (outcome.structureVersion == m_markers->structureVersion() && wanted()) {
            m_clusters = std::move(outcome.clusters);
            m_resultZoom = outcome.zoom;
            m_resultStructure = outcome.structureVersion;
            m_active = true;
            ++m_version;
            emit changed();
        }
    }
    const bool stale = m_resultZoom != m_zoom || m_resultStructure != m_markers->structureVersion();
    if (m_pending || (wanted() && stale))
        schedule(m_resultZoom != m_zoom);
}

void MarkerClusterEngine::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_clusters.clear();
        m_resultZoom = -1;
    }
    ++m_version;
    emit changed();
}

MarkerClusterEngine::Outcome MarkerClusterEngine::run(const QList<MapMarker> &markers, int zoom,
                                                      quint64 structureVersion)
{
    QList<QPointF> world;
    QStringList kinds;
    QList<int> rows;
    world.reserve(markers.size());
    kinds.reserve(markers.size());
    rows.reserve(markers.size());
    for (int i = 0; i < markers.size(); ++i) {
        if (!markers[i].valid)
            continue;
        world << markers[i].world;
        kinds << markers[i].kind;
        rows << i;
    }
    Outcome outcome{{}, zoom, structureVersion};
    const auto clusters = MarkerClusterer::cluster(world, kinds, zoom, kCellPixels);
    outcome.clusters.reserve(clusters.size());
    for (const auto &c : clusters) {
        MapCluster mc;
        mc.world = c.world;
        mc.countByKind = c.countByKind;
        mc.rows.reserve(c.members.size());
        for (const int member : c.members) {
            const int row = rows[member];
            mc.rows << row;
            mc.alert = mc.alert || markers[row].status == QLatin1String("emergency");
        }
        outcome.clusters << mc;
    }
    return outcome;
}

} // namespace et::map
