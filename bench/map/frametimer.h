// SPDX-License-Identifier: MIT
#pragma once
// Frame timing shared by the map benchmarks: a frame is timed from the scene graph's sync
// (beforeSynchronizing) to the end of the swap (frameSwapped), both on the render thread, so it is
// "scene-graph update + render"; the scene is changed between frames.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace et::bench {

struct Stats
{
    double median = 0, p95 = 0;
    int frames = 0;
};

/// Lets the window render `frames` frames as fast as it can, calling `mutate` between frames, and
/// returns the sync-to-swap times (the first few frames, which upload everything, are dropped).
inline Stats measure(QQuickWindow *window, int frames, const std::function<void(int)> &mutate)
{
    constexpr int kWarmUp = 5;
    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    qint64 syncStart = 0;
    QList<double> times;
    auto onSync = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [&] {
        QMutexLocker lock(&mutex);
        syncStart = clock.nsecsElapsed();
    }, Qt::DirectConnection);
    auto onSwap = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        QMutexLocker lock(&mutex);
        times << double(clock.nsecsElapsed() - syncStart) / 1e6;
    }, Qt::DirectConnection);
    int done = 0;
    QElapsedTimer limit;
    limit.start();
    while (done < frames + kWarmUp && limit.elapsed() < 120000) {
        {
            QMutexLocker lock(&mutex);
            done = int(times.size());
        }
        mutate(done);
        window->update();
        // Wait for this frame before changing the scene again.
        const qsizetype before = done;
        while (limit.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QMutexLocker lock(&mutex);
            if (times.size() > before)
                break;
        }
    }
    QObject::disconnect(onSync);
    QObject::disconnect(onSwap);
    QMutexLocker lock(&mutex);
    times = times.mid(std::min<qsizetype>(kWarmUp, times.size()));
    std::sort(times.begin(), times.end());
    Stats s;
    s.frames = int(times.size());
    if (!times.isEmpty()) {
        s.median = times[times.size() / 2];
        s.p95 = times[std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))];
    }
    return s;
}


inline void print(const char *what, const Stats &s)
{
    std::printf("%-34s median %8.2f ms   p95 %8.2f ms   (%d frames)\n", what, s.median, s.p95, s.frames);
}

} // namespace et::bench
