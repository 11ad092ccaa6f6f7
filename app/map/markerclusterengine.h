// SPDX-License-Identifier: MIT
#pragma once

#include "mapcluster.h"
#include "markerlayer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace et::map {

/// Keeps the map's marker clusters current without ever clustering on the GUI thread: clustering
/// 10,000 points takes ~10 ms, too much for a frame, so it runs on the thread pool (the geometry is
/// domain::geo::MarkerClusterer: world-anchored cells, so panning never regroups anything) and the
/// map draws the newest finished result. At most one run is in flight; model changes while it runs
/// start one more afterwards, at most every kMinIntervalMs (1,000 trucks moving every frame would
/// otherwise keep a core busy); a new zoom level starts at once.
///
/// Clustering applies only below `maxZoom` and from `threshold` drawable markers up: a console
/// with sixty markers stays readable without it, and an operator never has to open a bubble to
/// find one of them.
class MarkerClusterEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultThreshold = 300;
    static constexpr int kDefaultMaxZoom = 13;
    static constexpr double kCellPixels = 60.0;
    static constexpr int kMinIntervalMs = 100;

    explicit MarkerClusterEngine(const MarkerLayer *markers, QObject *parent = nullptr);
    ~MarkerClusterEngine() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setThreshold(int markers);
    int threshold() const { return m_threshold; }
    void setMaxZoom(int zoom);
    int maxZoom() const { return m_maxZoom; }

    /// The markers changed (the layer's structure version tells rows moving from data changing).
    void markersChanged();
    /// The view's zoom changed; only a new integer level re-clusters.
    void zoomChanged(double zoom);

    /// Whether the map should draw clusters now: wanted at this zoom and marker count, and a
    /// result exists for the current rows (until then the markers are drawn one by one).
    bool isActive() const { return m_active; }
    const QList<MapCluster> &clusters() const { return m_clusters; }
    /// Grows with every new result, for the renderer's change tracking.
    quint64 version() const { return m_version; }
    /// The integer zoom the current clusters were made for.
    int clusterZoom() const { return m_resultZoom; }

signals:
    /// New clusters, or clustering switched on or off.
    void changed();

private:
    struct Outcome
    {
        QList<MapCluster> clusters;
        int zoom = 0;
        quint64 structureVersion = 0;
    };

    bool wanted() const;
    void schedule(bool urgent);
    void start();
    void finished();
    void setActive(bool active);
    static Outcome run(const QList<MapMarker> &markers, int zoom, quint64 structureVersion);

    const MarkerLayer *m_markers;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    bool m_enabled = true;
    int m_threshold = kDefaultThreshold;
    int m_maxZoom = kDefaultMaxZoom;
    int m_zoom = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_active = false;
    QList<MapCluster> m_clusters;
    int m_resultZoom = -1;
    quint64 m_resultStructure = 0;
    quint64 m_version = 0;
};

} // namespace et::map
