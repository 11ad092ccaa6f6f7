// SPDX-License-Identifier: MIT
#include "jejumap.h"

#include "coordinatevariant.h"
#include "flowanimator.h"
#include "maplogging.h"
#include "mappalette.h"
#include "maprootnode.h"
#include "markerdrawlist.h"
#include "regionloader.h"

#include "domain/geo/webmercator.h"

#include <QGeoRectangle>
#include <QGuiApplication>
#include <QQuickWindow>

#include <cmath>

namespace et::map {

using namespace domain::geo;

namespace {

// Where the centre may go: Jeju with Chuja (north-west) and Udo (east) plus some sea, so the
// operator cannot lose the island by panning.
GeoBounds jejuLimits()
{
    GeoBounds b;
    b.extend(32.9, 125.9);
    b.extend(34.25, 127.2);
    return b;
}

// The main island with Udo and Marado (from the bundled boundaries). The Chuja islands, 45 km
// north, are left out: with them the main island would fill only a third of the view.
GeoBounds jejuMainIsland()
{
    GeoBounds b;
    b.extend(33.112, 126.143);
    b.extend(33.568, 126.973);
    return b;
}

constexpr double kFitPadding = 32.0;
constexpr double kScaleBarMaxPixels = 120.0;

} // namespace

JejuMap::JejuMap(QQuickItem *parent)
    : QQuickItem(parent),
      m_viewport(QGeoCoordinate(33.38, 126.55), 10.0, QSizeF()),
      m_limits(jejuLimits()),
      m_markerLayer(new MarkerLayer(this)),
      m_circleLayer(new CircleLayer(this)),
      m_polygonLayer(new PolygonLayer(this)),
      m_clusters(new MarkerClusterEngine(m_markerLayer, this)),
      m_flowLayer(new FlowLayer(this)),
      m_flowAnimator(new FlowAnimator(this)),
      m_loader(new RegionLoader(this)),
      m_land(MapPalette::defaultLandColor()),
      m_sea(MapPalette::defaultSeaColor()),
      m_boundary(MapPalette::defaultBoundaryColor()),
      m_labelColor(MapPalette::defaultLabelColor())
{
    setFlag(ItemHasContents);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setClip(true);
    connect(m_markerLayer, &ModelLayer::changed, this, [this] {
        ++m_markersVersion;
        m_clusters->markersChanged();
        updateHoveredPoint();
        update();
    });
    connect(m_polygonLayer, &ModelLayer::changed, this, [this] {
        ++m_polygonsVersion;
        update();
    });
    connect(m_clusters, &MarkerClusterEngine::changed, this, [this] {
        if (m_hoveredCluster >= 0) {
            m_hoveredCluster = -1;
            emit hoveredClusterChanged();
            updateHoveredPoint();
        }
        emit clustersChanged();
        update();
    });
    connect(m_circleLayer, &ModelLayer::changed, this, [this] {
        ++m_circlesVersion;
        update();
    });
    connect(m_flowLayer, &ModelLayer::changed, this, [this] {
        ++m_flowsVersion;
        m_flowAnimator->setHasMovingFlows(FlowGeometry::anyMoving(m_flowLayer->flows()));
        update();
    });
    connect(m_loader, &RegionLoader::loaded, this, &JejuMap::onMeshLoaded);
    connect(m_loader, &RegionLoader::failed, this, [this](const QString &message) {
        qCWarning(lcMap) << "base map not loaded:" << message;
        m_error = message;
        emit errorStringChanged();
    });
    m_tiles = new TileLayer(this);
    connect(m_tiles, &TileLayer::changed, this, &QQuickItem::update);
    connect(m_tiles, &TileLayer::stateChanged, this, [this] {
        emit tilesChanged();
        update();
    });
    connect(this, &JejuMap::viewChanged, m_tiles, [this] { m_tiles->setViewport(m_viewport); });
    m_text.setLabelColor(m_labelColor);
    m_text.setDevicePixelRatio(qGuiApp->devicePixelRatio());
    m_clock.start();
    m_flingTimer.setInterval(16);
    connect(&m_flingTimer, &QTimer::timeout, this, &JejuMap::flingStep);
    m_loader->load(RegionLoader::bundledJejuPath());
    applyViewport(m_viewport, false);
}

JejuMap::~JejuMap() = default;

int JejuMap::regionCount() const
{
    return m_mesh ? m_mesh->regionCount : 0;
}

void JejuMap::applyViewport(MapViewport viewport, bool byUser)
{
    if (!std::isfinite(viewport.zoom()) || !std::isfinite(viewport.centerWorld().x())
        || !std::isfinite(viewport.centerWorld().y())) {
        qCWarning(lcMap) << "ignored a non-finite centre or zoom";
        return;
    }
    m_viewTouched = m_viewTouched || byUser;
    viewport = viewport.withZoom(std::clamp(viewport.zoom(), m_minZoom, m_maxZoom)).clampedCenter(m_limits);
    const bool changed = viewport.zoom() != m_viewport.zoom() || viewport.centerWorld() != m_viewport.centerWorld()
        || viewport.size() != m_viewport.size();
    m_viewport = viewport;
    m_clusters->zoomChanged(m_viewport.zoom());
    m_scaleBar = ScaleBar::choose(m_viewport.groundResolution(), kScaleBarMaxPixels);
    m_text.setScaleBarText(m_scaleBar.text());
    if (changed) {
        emit viewChanged();
        updateHoveredPoint();
        update();
    }
}

void JejuMap::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid() || !WebMercator::isValidCoordinate(center.latitude(), center.longitude())) {
        qCWarning(lcMap) << "ignored invalid centre" << center;
        return;
    }
    stopFling(); // a centre set on purpose (a list click, "show on map") must stay put
    applyViewport(m_viewport.withCenter(center));
}

void JejuMap::setZoomLevel(qreal zoom)
{
    applyViewport(m_viewport.withZoom(zoom));
}

void JejuMap::setMinimumZoomLevel(qreal zoom)
{
    if (!std::isfinite(zoom) || zoom == m_minZoom || zoom > m_maxZoom)
        return;
    m_minZoom = zoom;
    emit zoomLimitsChanged();
    applyViewport(m_viewport, false);
}

void JejuMap::setMaximumZoomLevel(qreal zoom)
{
    if (!std::isfinite(zoom) || zoom == m_maxZoom || zoom < m_minZoom)
        return;
    m_maxZoom = zoom;
    emit zoomLimitsChanged();
    applyViewport(m_viewport, false);
}

void JejuMap::setMarkers(QAbstractItemModel *model)
{
    if (m_markerLayer->model() == model)
        return;
    m_markerLayer->setModel(model);
    setHoveredRow(-1);
    emit markersChanged();
}

void JejuMap::setCircles(QAbstractItemModel *model)
{
    if (m_circleLayer->model() == model)
        return;
    m_circleLayer->setModel(model);
    emit circlesChanged();
}

void JejuMap::setPolygons(QAbstractItemModel *model)
{
    if (m_polygonLayer->model() == model)
        return;
    m_polygonLayer->setModel(model);
    emit polygonsChanged();
}

void JejuMap::setClusteringEnabled(bool enabled)
{
    if (enabled == m_clusters->isEnabled())
        return;
    m_clusters->setEnabled(enabled);
    emit clusteringChanged();
}

void JejuMap::setClusterThreshold(int markers)
{
    const int before = m_clusters->threshold();
    m_clusters->setThreshold(markers);
    if (m_clusters->threshold() != before)
        emit clusteringChanged();
}

void JejuMap::setClusterMaximumZoomLevel(int zoom)
{
    if (zoom == m_clusters->maxZoom())
        return;
    m_clusters->setMaxZoom(zoom);
    emit clusteringChanged();
}

int JejuMap::clusterCount() const
{
    if (!m_clusters->isActive())
        return 0;
    const auto &clusters = m_clusters->clusters();
    return int(std::count_if(clusters.cbegin(), clusters.cend(), [](const MapCluster &c) { return c.count() > 1; }));
}

void JejuMap::setFlows(QAbstractItemModel *model)
{
    if (m_flowLayer->model() == model)
        return;
    m_flowLayer->setModel(model);
    emit flowsChanged();
}

bool JejuMap::flowAnimation() const
{
    return m_flowAnimator->isEnabled();
}

void JejuMap::setFlowAnimation(bool animate)
{
    if (animate == m_flowAnimator->isEnabled())
        return;
    m_flowAnimator->setEnabled(animate);
    emit flowAnimationChanged();
}

bool JejuMap::isFlowAnimationRunning() const
{
    return m_flowAnimator->isRunning();
}

void JejuMap::setLabelsVisible(bool visible)
{
    if (visible != m_showLabels) {
        m_showLabels = visible;
        emit labelsVisibleChanged();
        update();
    }
}

void JejuMap::setScaleBarVisible(bool visible)
{
    if (visible != m_showScaleBar) {
        m_showScaleBar = visible;
        emit scaleBarVisibleChanged();
        update();
    }
}

QPointF JejuMap::fromCoordinate(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid() || !WebMercator::isValidCoordinate(coordinate.latitude(), coordinate.longitude()))
        return QPointF(qQNaN(), qQNaN());
    return m_viewport.toScreen(coordinate);
}

QGeoCoordinate JejuMap::toCoordinate(const QPointF &position) const
{
    if (!std::isfinite(position.x()) || !std::isfinite(position.y()))
        return {};
    return m_viewport.toCoordinate(position);
}

void JejuMap::fitToCoordinates(const QVariantList &coordinates)
{
    GeoBounds bounds;
    for (const QVariant &v : coordinates) {
        const QGeoCoordinate c = CoordinateVariant::toCoordinate(v);
        if (c.isValid())
            bounds.extend(c);
        else
            bounds.extend(qQNaN(), qQNaN()); // counted as skipped
    }
    if (bounds.skipped() > 0)
        qCWarning(lcMap) << "fitToCoordinates skipped" << bounds.skipped() << "invalid coordinate(s)";
    if (bounds.isEmpty())
        return;
    applyViewport(m_viewport.fitted(bounds, kFitPadding, m_minZoom, m_maxZoom));
}

void JejuMap::fitViewportToGeoShape(const QGeoShape &shape, qreal margins)
{
    if (!shape.isValid() || shape.isEmpty())
        return;
    const QGeoRectangle box = shape.boundingGeoRectangle();
    GeoBounds bounds;
    bounds.extend(box.topLeft());
    bounds.extend(box.bottomRight());
    const double padding = margins >= 0.0 && std::isfinite(margins) ? margins : kFitPadding;
    applyViewport(m_viewport.fitted(bounds, padding, m_minZoom, m_maxZoom));
}

void JejuMap::fitViewportToMarkers(const QList<int> &rows)
{
    const auto &markers = m_markerLayer->markers();
    GeoBounds bounds;
    auto add = [&](int row) {
        if (row >= 0 && row < markers.size() && markers[row].valid)
            bounds.extend(WebMercator::unproject(markers[row].world));
    };
    if (rows.isEmpty()) {
        for (int r = 0; r < markers.size(); ++r)
            add(r);
    } else {
        for (const int r : rows)
            add(r);
    }
    if (!bounds.isEmpty())
        applyViewport(m_viewport.fitted(bounds, kFitPadding, m_minZoom, m_maxZoom));
}

void JejuMap::fitJeju()
{
    applyViewport(m_viewport.fitted(jejuMainIsland(), kFitPadding, m_minZoom, m_maxZoom));
}

void JejuMap::pan(qreal dx, qreal dy)
{
    applyViewport(m_viewport.panned(dx, dy));
}

void JejuMap::zoomAround(qreal delta, const QPointF &screenPoint)
{
    if (!std::isfinite(delta) || !std::isfinite(screenPoint.x()) || !std::isfinite(screenPoint.y()))
        return;
    const double target = std::clamp(m_viewport.zoom() + delta, m_minZoom, m_maxZoom);
    applyViewport(m_viewport.zoomedAround(target, screenPoint));
}

QList<int> JejuMap::topRows() const
{
    QList<int> rows = m_markerLayer->selectedRows();
    if (m_hoveredRow >= 0 && !rows.contains(m_hoveredRow))
        rows << m_hoveredRow;
    return rows;
}

MarkerDrawing JejuMap::markerDrawing() const
{
    if (m_clusters->isActive()) {
        return MarkerDrawList::buildClustered(m_markerLayer->markers(), m_clusters->clusters(), topRows(), m_viewport,
                                              m_hoveredRow);
    }
    return {MarkerDrawList::build(m_markerLayer->markers(), m_viewport, m_hoveredRow), {}};
}

int JejuMap::markerAt(const QPointF &position) const
{
    if (!std::isfinite(position.x()) || !std::isfinite(position.y()))
        return -1;
    if (m_clusters->isActive()) // a few hundred badges and dots: the draw list is the truth
        return MarkerDrawList::hit(markerDrawing().dots, position);
    // Selected and hovered markers are drawn larger and on top: they win where they are drawn.
    QList<MarkerDot> top;
    const auto &markers = m_markerLayer->markers();
    for (const int row : topRows()) {
        const MapMarker &m = markers.at(row);
        if (m.valid)
            top << MarkerDot{row, m_viewport.worldToScreen(m.world), MarkerStyle::radius(m.selected, row == m_hoveredRow), {}, {}};
    }
    const int onTop = MarkerDrawList::hit(top, position);
    if (onTop >= 0)
        return onTop;
    // Everything else through the spatial index: O(1) instead of a pass over 10,000 markers.
    const double reachPx = MarkerStyle::kRadius + MarkerStyle::kRingWidth + MarkerStyle::kHitSlack;
    return m_markerLayer->nearest(m_viewport.screenToWorld(position), reachPx / m_viewport.scale());
}

int JejuMap::clusterIndexAt(const QPointF &position) const
{
    if (!m_clusters->isActive() || !std::isfinite(position.x()) || !std::isfinite(position.y()))
        return -1;
    return MarkerDrawList::hitBadge(markerDrawing().badges, position);
}

QVariantMap JejuMap::clusterAt(const QPointF &position) const
{
    return clusterInfo(clusterIndexAt(position));
}

QVariantMap JejuMap::clusterInfo(int index) const
{
    const auto &clusters = m_clusters->clusters();
    if (index < 0 || index >= clusters.size())
        return {};
    const MapCluster &c = clusters[index];
    QVariantList rows;
    for (const int r : c.rows)
        rows << r;
    QVariantMap kinds;
    for (auto it = c.countByKind.cbegin(); it != c.countByKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    const QGeoCoordinate where = WebMercator::unproject(c.world);
    return {{QStringLiteral("count"), c.count()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("alert"), c.alert},
            {QStringLiteral("latitude"), where.latitude()},
            {QStringLiteral("longitude"), where.longitude()}};
}

void JejuMap::openCluster(int index)
{
    const auto &clusters = m_clusters->clusters();
    if (index < 0 || index >= clusters.size())
        return;
    const MapCluster &c = clusters[index];
    GeoBounds bounds;
    for (const int row : c.rows)
        bounds.extend(WebMercator::unproject(m_markerLayer->markers().at(row).world));
    // (Not fitViewportToMarkers: a cluster must open by at least a level even when it fits.)
    // Members sharing one spot would fit at any zoom: go at least one level in, around the badge.
    MapViewport fitted = m_viewport.fitted(bounds, kFitPadding, m_minZoom, m_maxZoom);
    if (fitted.zoom() < m_viewport.zoom() + 1.0) {
        fitted = m_viewport.withCenter(WebMercator::unproject(c.world))
                     .withZoom(std::min(m_maxZoom, std::floor(m_viewport.zoom()) + 1.0));
    }
    applyViewport(fitted);
}

void JejuMap::onMeshLoaded(std::shared_ptr<const RegionMesh> mesh)
{
    m_mesh = std::move(mesh);
    ++m_meshVersion;
    m_text.setRegionLabels(m_mesh->labels);
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorStringChanged();
    }
    emit loadedChanged();
    update();
}

void JejuMap::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    // Text images are made for one pixel density; a move to another screen or window needs new ones.
    if (change == ItemDevicePixelRatioHasChanged || (change == ItemSceneChange && value.window)) {
        m_text.setDevicePixelRatio(window() ? window()->effectiveDevicePixelRatio() : 1.0);
        update();
    }
}

void JejuMap::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    const bool firstSize = m_viewport.size().isEmpty() && !newGeometry.size().isEmpty();
    MapViewport v = m_viewport.withSize(newGeometry.size());
    if (firstSize && !m_viewTouched)
        v = v.fitted(jejuMainIsland(), kFitPadding, m_minZoom, m_maxZoom);
    applyViewport(v, false);
}

QSGNode *JejuMap::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (width() <= 0 || height() <= 0) {
        delete oldNode;
        return nullptr;
    }
    auto *root = static_cast<MapRootNode *>(oldNode);
    if (!root)
        root = new MapRootNode(window());
    MapFrame frame;
    frame.viewport = m_viewport;
    frame.land = m_land;
    frame.sea = m_sea;
    frame.drawSea = m_drawSea;
    frame.boundary = m_boundary;
    frame.mesh = m_mesh;
    frame.markers = &m_markerLayer->markers();
    MarkerChanges markerChanges = m_markerLayer->takeChanges();
    if (std::exchange(m_paletteChanged, false))
        markerChanges.structure = true;
    frame.markerChanges = &markerChanges;
    frame.palette = m_palette;
    frame.labelColor = m_labelColor;
    if (m_clusters->isActive()) {
        frame.clusters = &m_clusters->clusters();
        frame.topRows = topRows();
    }
    frame.circles = &m_circleLayer->circles();
    frame.polygons = &m_polygonLayer->polygons();
    frame.polygonsVersion = m_polygonsVersion;
    frame.labels = &m_text.labels();
    frame.flows = &m_flowLayer->flows();
    frame.flowsVersion = m_flowsVersion;
    frame.flowPhase = m_flowAnimator->phase();
    const QList<TileDraw> tiles = m_tiles->drawList(m_viewport);
    frame.tiles = &tiles;
    if (!tiles.isEmpty())
        frame.land = Qt::transparent; // the tiles show the land; boundaries, labels and markers stay
    if (std::exchange(m_tilesDrawn, !tiles.isEmpty()) != !tiles.isEmpty())
        ++m_colorsVersion; // the GPU layers take the land colour only when this changes
    frame.meshVersion = m_meshVersion;
    frame.markersVersion = m_markersVersion;
    frame.circlesVersion = m_circlesVersion;
    frame.labelsVersion = m_text.labelsVersion();
    frame.colorsVersion = m_colorsVersion;
    frame.scaleBarVersion = m_text.scaleBarVersion();
    frame.hoveredRow = m_hoveredRow;
    frame.showLabels = m_showLabels;
    frame.showScaleBar = m_showScaleBar;
    frame.scaleBar = m_scaleBar;
    frame.scaleBarText = m_text.scaleBarImage();
    root->update(frame);
    return root;
}

} // namespace et::map
