// SPDX-License-Identifier: MIT
#pragma once
// The real console window for the disaster benchmarks: a copy of a console's offline cache (so
// the bench never writes the user's), the real ConsoleController over it (no server), and the
// real Main.qml with the real map, at 1440×900, an operator signed in. Frames are timed as the
// map benchmarks time them, from the scene graph's sync to the end of the swap.

#include "appearance.h"
#include "client/store.h"
#include "consolecontroller.h"
#include "mappacksettings.h"
#include "userpreferences.h"
#include "windowloader.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace et::bench {

class ConsoleWindow
{
public:
    /// Opens a copy of `cachePath`, loads the window on `view`; false with a message on stderr.
    bool open(const QString &cachePath, const QString &view)
    {
        const QString copy = m_dir.filePath(QStringLiteral("cache.sqlite"));
        if (!QFile::copy(cachePath, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(cachePath));
            return false;
        }
        if (const auto opened = m_store.open(copy); !opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return false;
        }
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_console = std::make_unique<models::ConsoleController>(&m_store, nullptr);
        m_console->setUser(domain::UserAccount{QStringLiteral("usr-bench"), QStringLiteral("bench@bench.invalid"), domain::UserRole::Operator});
        m_console->setCurrentView(view);
        m_mapPack = std::make_unique<app::MapPackSettings>(QString(), QString(), m_dir.path());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_engine = app::loadWindow(QStringLiteral("Main.qml"), {.appearance = &m_appearance, .preferences = &m_preferences, .console = m_console.get(), .mapPack = m_mapPack.get()});
        m_window = m_engine && !m_engine->rootObjects().isEmpty() ? qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst()) : nullptr;
        if (!m_window) {
            std::fprintf(stderr, "Main.qml did not load\n");
            return false;
        }
        m_window->show();
        return waitFor([this] { return m_window->isExposed() && m_window->property("mapReady").toBool(); }, 20000);
    }

    /// Turns the event loop until `done` or `timeoutMs`.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QEventLoop loop;
            QTimer::singleShot(2, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }

    client::Store &store() { return m_store; }
    models::ConsoleController &console() { return *m_console; }
    QQuickWindow *window() const { return m_window; }
    QQmlEngine *engine() const { return m_engine.get(); }

private:
    QTemporaryDir m_dir;
    client::Store m_store;
    models::Appearance m_appearance{nullptr};
    models::UserPreferences m_preferences{&m_appearance, {}};
    std::unique_ptr<models::ConsoleController> m_console;
    std::unique_ptr<app::MapPackSettings> m_mapPack;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

/// Median, 95th percentile and maximum of `values` (sorted in place).
inline std::tuple<double, double, double> spread(QList<double> &values)
{
    if (values.isEmpty())
        return {0.0, 0.0, 0.0};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95))], values.last()};
}

} // namespace et::bench
