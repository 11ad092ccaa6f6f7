// SPDX-License-Identifier: MIT
#include "flowanimator.h"

#include "flowgeometry.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace et::map {

FlowAnimator::FlowAnimator(QQuickItem *item) : QObject(item), m_item(item)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FlowAnimator::tick);
    connect(item, &QQuickItem::visibleChanged, this, &FlowAnimator::reconsider);
    connect(item, &QQuickItem::windowChanged, this, &FlowAnimator::followWindow);
    followWindow(item->window());
}

void FlowAnimator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    reconsider();
}

void FlowAnimator::setHasMovingFlows(bool moving)
{
    m_moving = moving;
    reconsider();
}

void FlowAnimator::followWindow(QQuickWindow *window)
{
    disconnect(m_windowConnection);
    m_window = window;
    if (window)
        m_windowConnection = connect(window, &QWindow::visibilityChanged, this, &FlowAnimator::reconsider);
    reconsider();
}

void FlowAnimator::reconsider()
{
    const bool shown = m_window && m_window->isVisible() && m_window->visibility() != QWindow::Minimized;
    const bool run = m_enabled && m_moving && m_item->isVisible() && shown;
    if (run == m_timer.isActive())
        return;
    if (run) {
        m_timer.start(intervalMs());
        m_clock.start();
    } else {
        m_timer.stop();
        m_elapsedBeforeMs += m_clock.isValid() ? m_clock.elapsed() : 0;
        m_clock.invalidate();
    }
}

int FlowAnimator::intervalMs() const
{
    // The software renderer repaints the whole item for every frame: keep it to a low rate. Before
    // the scene graph starts the backend is not known yet; tick() corrects the rate then.
    const QSGRendererInterface *renderer = m_window ? m_window->rendererInterface() : nullptr;
    const bool software = renderer && renderer->graphicsApi() == QSGRendererInterface::Software;
    return software ? kSoftwareIntervalMs : kHardwareIntervalMs;
}

void FlowAnimator::tick()
{
    if (m_timer.interval() != intervalMs())
        m_timer.setInterval(intervalMs());
    if (!m_window || !m_window->isExposed())
        return; // nothing on screen to move: do not render
    m_phase = FlowGeometry::phaseAt(m_elapsedBeforeMs + m_clock.elapsed());
    m_item->update();
}

} // namespace et::map
