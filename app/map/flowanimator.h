// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace et::map {

/// Drives the flow arrows of a map item: while it runs it advances the arrow phase and asks the
/// item for a new frame, at most ~30 times a second on a hardware renderer and ~10 on the software
/// one (which repaints the whole item each frame). It runs only when animation is enabled, some
/// flow has a nonzero mw, the item is visible and its window is shown; it skips frames while the
/// window is not exposed. Otherwise no timer runs, so an idle map schedules no frames at all.
class FlowAnimator : public QObject
{
    Q_OBJECT
public:
    explicit FlowAnimator(QQuickItem *item);

    static constexpr int kHardwareIntervalMs = 33;
    static constexpr int kSoftwareIntervalMs = 100;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /// Whether there is something to animate (a valid flow with mw != 0).
    void setHasMovingFlows(bool moving);
    /// The arrow phase for the next frame (0..1); frozen while stopped.
    double phase() const { return m_phase; }
    bool isRunning() const { return m_timer.isActive(); }
    /// Re-checks the item's visibility and window (JejuMap calls it on item changes).
    void reconsider();

private:
    void tick();
    int intervalMs() const;
    void followWindow(QQuickWindow *window);

    QQuickItem *m_item;
    QPointer<QQuickWindow> m_window;
    QMetaObject::Connection m_windowConnection;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_elapsedBeforeMs = 0; ///< animation time of earlier runs, so a restart does not jump
    double m_phase = 0.0;
    bool m_enabled = true;
    bool m_moving = false;
};

} // namespace et::map
