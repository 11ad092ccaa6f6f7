// SPDX-License-Identifier: MIT
#include "jejumap.h"

#include "maplogging.h"
#include "mappalette.h"
#include "maprootnode.h"
#include "markerdrawlist.h"
#include "regionloader.h"

#include "domain/geo/webmercator.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QStyleHints>

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

constexpr double kWheelLevelsPerNotch = 0.5;
constexpr double kKeyPanPixels = 80.0;
constexpr double kFitPadding = 32.0;
constexpr double kScaleBarMaxPixels = 120.0;

} // namespace

JejuMap::JejuMap(QQuickItem *parent)
    : QQuickItem(parent),
      m_viewport(QGeoCoordinate(33.38, 126.55), 10.0, QSizeF()),
      m_limits(jejuLimits()),
      m_markerLayer(new MarkerLayer(this)),
      m_circleLayer(new CircleLayer(this)),
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
        update();
    });
    connect(m_circleLayer, &ModelLayer::changed, this, [this] {
        ++m_circlesVersion;
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
    m_scaleBar = ScaleBar::choose(m_viewport.groundResolution(), kScaleBarMaxPixels);
    m_text.setScaleBarText(m_scaleBar.text());
    if (changed) {
        emit viewChanged();
        update();
    }
}

void JejuMap::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid() || !WebMercator::isValidCoordinate(center.latitude(), center.longitude())) {
        qCWarning(lcMap) << "ignored invalid centre" << center;
        return;
    }
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

bool JejuMap::assignColor(QColor &field, const QColor &color)
{
    if (field == color)
        return false;
    field = color;
    ++m_colorsVersion;
    emit colorsChanged();
    update();
    return true;
}

void JejuMap::setLandColor(const QColor &color)
{
    if (!assignColor(m_land, color) || m_labelColorSet)
        return;
    // Until someone chooses a label colour, keep names readable on dark land (a dark theme).
    const QColor label = color.lightnessF() < 0.5 ? MapPalette::defaultLabelColorOnDark() : MapPalette::defaultLabelColor();
    if (assignColor(m_labelColor, label))
        m_text.setLabelColor(label);
}

void JejuMap::setSeaColor(const QColor &color)
{
    assignColor(m_sea, color);
}

void JejuMap::setBoundaryColor(const QColor &color)
{
    assignColor(m_boundary, color);
}

void JejuMap::setLabelColor(const QColor &color)
{
    m_labelColorSet = true;
    if (assignColor(m_labelColor, color))
        m_text.setLabelColor(color);
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
        if (v.metaType() == QMetaType::fromType<QGeoCoordinate>()) {
            bounds.extend(v.value<QGeoCoordinate>());
        } else {
            const QVariantMap m = v.toMap();
            bool latOk = false, lonOk = false;
            const double lat = m.value(QStringLiteral("latitude")).toDouble(&latOk);
            const double lon = m.value(QStringLiteral("longitude")).toDouble(&lonOk);
            if (latOk && lonOk)
                bounds.extend(lat, lon);
            else
                bounds.extend(qQNaN(), qQNaN()); // counted as skipped
        }
    }
    if (bounds.skipped() > 0)
        qCWarning(lcMap) << "fitToCoordinates skipped" << bounds.skipped() << "invalid coordinate(s)";
    if (bounds.isEmpty())
        return;
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

int JejuMap::markerAt(const QPointF &position) const
{
    return MarkerDrawList::hit(MarkerDrawList::build(m_markerLayer->markers(), m_viewport, m_hoveredRow), position);
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
    frame.boundary = m_boundary;
    frame.mesh = m_mesh;
    frame.markers = &m_markerLayer->markers();
    const MarkerChanges markerChanges = m_markerLayer->takeChanges();
    frame.markerChanges = &markerChanges;
    frame.circles = &m_circleLayer->circles();
    frame.labels = &m_text.labels();
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

void JejuMap::mousePressEvent(QMouseEvent *event)
{
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position();
    forceActiveFocus(Qt::MouseFocusReason);
    event->accept();
}

void JejuMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF pos = event->position();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= qGuiApp->styleHints()->startDragDistance())
        m_dragging = true;
    if (m_dragging) {
        const QPointF d = pos - m_lastDragPos;
        pan(-d.x(), -d.y()); // the content follows the pointer
        m_lastDragPos = pos;
    }
    updateCursor(pos);
    event->accept();
}

void JejuMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && !m_dragging)
        clickAt(event->position());
    m_pressed = m_dragging = false;
    event->accept();
}

void JejuMap::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAround(1.0, event->position());
    event->accept();
}

void JejuMap::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (angle.y() == 0) {
        event->ignore();
        return;
    }
    zoomAround(angle.y() / 120.0 * kWheelLevelsPerNotch, event->position());
    updateCursor(event->position());
    event->accept();
}

void JejuMap::hoverMoveEvent(QHoverEvent *event)
{
    updateCursor(event->position());
}

void JejuMap::hoverLeaveEvent(QHoverEvent *)
{
    setHoveredRow(-1);
}

void JejuMap::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(1.0, middle);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAround(-1.0, middle);
        break;
    case Qt::Key_Left:
        pan(-kKeyPanPixels, 0);
        break;
    case Qt::Key_Right:
        pan(kKeyPanPixels, 0);
        break;
    case Qt::Key_Up:
        pan(0, -kKeyPanPixels);
        break;
    case Qt::Key_Down:
        pan(0, kKeyPanPixels);
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void JejuMap::touchEvent(QTouchEvent *event)
{
    QList<QPointF> positions;
    for (const QEventPoint &p : event->points())
        positions << p.position();
    const auto phase = event->type() == QEvent::TouchBegin ? TouchGesture::Phase::Begin
        : event->type() == QEvent::TouchEnd                ? TouchGesture::Phase::End
        : event->type() == QEvent::TouchCancel             ? TouchGesture::Phase::Cancel
                                                           : TouchGesture::Phase::Update;
    if (phase == TouchGesture::Phase::Begin)
        forceActiveFocus(Qt::MouseFocusReason);
    const bool fingersChanged = event->touchPointStates() & (QEventPoint::Pressed | QEventPoint::Released);
    const TouchGesture::Step step =
        m_touch.handle(phase, positions, fingersChanged, qGuiApp->styleHints()->startDragDistance());
    if (!step.pan.isNull())
        pan(step.pan.x(), step.pan.y());
    if (step.zoomDelta != 0.0)
        zoomAround(step.zoomDelta, step.anchor);
    if (step.tap)
        clickAt(step.anchor);
    event->accept();
}

void JejuMap::clickAt(const QPointF &position)
{
    const int row = markerAt(position);
    if (row >= 0)
        emit markerClicked(row);
    else
        emit mapClicked(toCoordinate(position));
}

bool JejuMap::event(QEvent *event)
{
    // Touchpad pinch (Wayland, macOS) arrives as a native gesture, not as wheel or touch events.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(std::log2(1.0 + gesture->value()), gesture->position());
            gesture->accept();
            return true;
        }
    }
    return QQuickItem::event(event);
}

void JejuMap::updateCursor(const QPointF &position)
{
    const QGeoCoordinate c = toCoordinate(position);
    if (c != m_cursorCoordinate) {
        m_cursorCoordinate = c;
        emit coordinateUnderCursorChanged();
    }
    setHoveredRow(markerAt(position));
}

void JejuMap::setHoveredRow(int row)
{
    if (row == m_hoveredRow)
        return;
    m_hoveredRow = row;
    emit hoveredRowChanged();
    update();
}

} // namespace et::map
