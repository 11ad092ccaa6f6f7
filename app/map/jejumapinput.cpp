// SPDX-License-Identifier: MIT
// JejuMap's input: mouse, wheel, hover, keys, touch and native gestures, and the fling glide.
// The view and layer logic is in jejumap.cpp; everything here ends in pan(), zoomAround(),
// clickAt() or the hover state.
#include "jejumap.h"

#include <QGuiApplication>
#include <QStyleHints>

#include <cmath>

namespace et::map {

namespace {
constexpr double kWheelLevelsPerNotch = 0.5;
constexpr double kKeyPanPixels = 80.0;
} // namespace

void JejuMap::stopFling()
{
    m_fling.stop();
    if (m_flingTimer.isActive()) {
        m_flingTimer.stop();
        emit flingingChanged();
    }
}

void JejuMap::flingStep()
{
    const qint64 now = m_clock.elapsed();
    const QPointF moved = m_fling.step(double(now - m_lastFlingStepMs));
    m_lastFlingStepMs = now;
    pan(-moved.x(), -moved.y()); // the content keeps following the pointer's throw
    if (!m_fling.isActive())
        stopFling();
}

void JejuMap::mousePressEvent(QMouseEvent *event)
{
    stopFling();
    m_fling.press(event->position(), double(m_clock.elapsed()));
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
        m_fling.move(pos, double(m_clock.elapsed()));
    }
    updateCursor(pos);
    event->accept();
}

void JejuMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && !m_dragging) {
        clickAt(event->position());
    } else if (m_dragging && m_fling.release(event->position(), double(m_clock.elapsed()))) {
        m_lastFlingStepMs = m_clock.elapsed();
        m_flingTimer.start();
        emit flingingChanged();
    }
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
    stopFling();
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
    if (m_hoveredCluster >= 0) {
        m_hoveredCluster = -1;
        emit hoveredClusterChanged();
        updateHoveredPoint();
    }
}

void JejuMap::keyPressEvent(QKeyEvent *event)
{
    stopFling();
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
    if (phase == TouchGesture::Phase::Begin) {
        stopFling();
        forceActiveFocus(Qt::MouseFocusReason);
    }
    // One finger swiped and lifted while moving flings like a mouse drag; a pinch never does.
    const double now = double(m_clock.elapsed());
    if (phase == TouchGesture::Phase::Begin && positions.size() == 1)
        m_fling.press(positions.first(), now);
    else if (positions.size() != 1 || phase == TouchGesture::Phase::Cancel)
        m_fling.cancel();
    else if (phase == TouchGesture::Phase::Update)
        m_fling.move(positions.first(), now);
    const bool fingersChanged = event->touchPointStates() & (QEventPoint::Pressed | QEventPoint::Released);
    const TouchGesture::Step step =
        m_touch.handle(phase, positions, fingersChanged, qGuiApp->styleHints()->startDragDistance());
    if (!step.pan.isNull())
        pan(step.pan.x(), step.pan.y());
    if (step.zoomDelta != 0.0)
        zoomAround(step.zoomDelta, step.anchor);
    if (step.tap)
        clickAt(step.anchor);
    else if (phase == TouchGesture::Phase::End && positions.size() == 1 && m_fling.release(positions.first(), now)) {
        m_lastFlingStepMs = m_clock.elapsed();
        m_flingTimer.start();
        emit flingingChanged();
    }
    event->accept();
}

void JejuMap::clickAt(const QPointF &position)
{
    const int row = markerAt(position);
    if (row >= 0) {
        emit markerClicked(row);
        return;
    }
    const int cluster = clusterIndexAt(position);
    if (cluster >= 0)
        openCluster(cluster);
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
    const int cluster = m_hoveredRow >= 0 ? -1 : clusterIndexAt(position);
    if (cluster != m_hoveredCluster) {
        m_hoveredCluster = cluster;
        emit hoveredClusterChanged();
        updateHoveredPoint();
    }
}

void JejuMap::updateHoveredPoint()
{
    QPointF p(qQNaN(), qQNaN());
    const auto &markers = m_markerLayer->markers();
    const auto &clusters = m_clusters->clusters();
    if (m_hoveredRow >= 0 && m_hoveredRow < markers.size() && markers[m_hoveredRow].valid)
        p = m_viewport.worldToScreen(markers[m_hoveredRow].world);
    else if (m_hoveredCluster >= 0 && m_hoveredCluster < clusters.size())
        p = m_viewport.worldToScreen(clusters[m_hoveredCluster].world);
    // NaN != NaN: compare the "nothing hovered" state explicitly.
    const bool same = (std::isnan(p.x()) && std::isnan(m_hoveredPoint.x())) || p == m_hoveredPoint;
    if (!same) {
        m_hoveredPoint = p;
        emit hoveredPointChanged();
    }
}

void JejuMap::setHoveredRow(int row)
{
    if (row == m_hoveredRow)
        return;
    m_hoveredRow = row;
    emit hoveredRowChanged();
    updateHoveredPoint();
    update();
}

} // namespace et::map
