// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>

namespace et::models {
class ConsoleController;
}

namespace et::app {

/// `--screenshot FILE`: waits until the current view has data in the cache and the map says it is
/// ready (or the time limit passes), lets a few frames settle, grabs the window to a PNG and
/// reports an exit code: 0 saved with data, 3 saved but the data never came, 1 not saved.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QQuickWindow *window, models::ConsoleController *console, const QString &path,
                    int timeoutMs = 20000, QObject *parent = nullptr);
    void start();
    /// Waits at least `ms` before looking at the view (to show a state that takes time to reach).
    void setMinimumWait(int ms) { m_minimumWaitMs = ms; }

signals:
    void finished(int exitCode);

private:
    bool isReady() const;
    void check();
    void grab(bool complete);

    QPointer<QQuickWindow> m_window;
    models::ConsoleController *m_console;
    QString m_path;
    int m_timeoutMs;
    QTimer m_check;
    QElapsedTimer m_elapsed;
    bool m_settling = false;
    int m_minimumWaitMs = 0;
};

} // namespace et::app
