// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>

namespace et::models {
class ConsoleController;
}

namespace et::app {

/// `--state-log FILE` (or `-` for stdout): what the screen says, as JSON lines, for the start-up
/// tests, the start-up benchmark and a field engineer's bug report. Two kinds of line, each with
/// `t`, the milliseconds since the log was opened (early in main):
/// - `{"event":"state", "window":…, "view":…, "hasData":…, "online":…, "texts":{objectName: text}}`
///   whenever it changes (looked at every 100 ms, a local check): the texts are those of every
///   visible item with an objectName and a non-empty `text` — the status bar, the banners, the
///   sign-in window's messages, the start problem;
/// - `{"event":"first-frame" | "first-data-frame" | "first-live-frame", …}` once each: the first
///   frame shown, the first shown with the view's data, the first shown with data while online.
class ScreenStateLog : public QObject
{
    Q_OBJECT
public:
    explicit ScreenStateLog(QObject *parent = nullptr);

    /// Opens `path` for writing ("-" = stdout); false with errorString() when it cannot.
    bool open(const QString &path);
    QString errorString() const { return m_file.errorString(); }

    /// Follows `window` (and `console`, null for windows without one) from now on.
    void watch(QQuickWindow *window, models::ConsoleController *console);

private:
    QJsonObject snapshot() const;
    void check();
    void onFrame();
    void write(const QString &event, QJsonObject fields);

    QFile m_file;
    QElapsedTimer m_clock;
    QPointer<QQuickWindow> m_window;
    QPointer<models::ConsoleController> m_console;
    QTimer m_check;
    QJsonObject m_last;
    bool m_firstFrame = false;
    bool m_firstDataFrame = false;
    bool m_firstLiveFrame = false;
};

} // namespace et::app
