// SPDX-License-Identifier: MIT
#pragma once
// Frame timing shared by the map benchmarks: a frame is timed from the scene graph's sync
// (beforeSynchronizing) to the end of the swap (frameSwapped), both on the render thread, so it is
// "scene-graph update + render"; the scene is changed between frames.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QMutex>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <tuple>
#include <utility>

namespace et::bench {

struct Stats
{
    double median = 0, p95 = 0;
    /// From one frame's end of swap to the next: the whole cycle, GUI-thread work (the scene
    /// change, polish) included, so render loops that move work out of sync-to-swap compare fairly.
    double intervalMedian = 0, intervalP95 = 0;
    int frames = 0;
};

/// Median and 95th percentile of `values` (sorted in place); zeros when empty.
inline std::pair<double, double> medianAndP95(QList<double> &values)
{
    if (values.isEmpty())
        return {0.0, 0.0};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95))]};
}

/// Lets the window render `frames` frames as fast as it can, calling `mutate` between frames, and
/// returns the sync-to-swap times (the first few frames, which upload everything, are dropped).
inline Stats measure(QQuickWindow *window, int frames, const std::function<void(int)> &mutate)
{
    constexpr int kWarmUp = 5;
    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    qint64 syncStart = 0;
    qint64 lastSwap = -1;
    QList<double> times;
    QList<double> intervals;
    auto onSync = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [&] {
        QMutexLocker lock(&mutex);
        syncStart = clock.nsecsElapsed();
    }, Qt::DirectConnection);
    auto onSwap = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        QMutexLocker lock(&mutex);
        const qint64 now = clock.nsecsElapsed();
        times << double(now - syncStart) / 1e6;
        intervals << (lastSwap < 0 ? 0.0 : double(now - lastSwap) / 1e6);
        lastSwap = now;
    }, Qt::DirectConnection);
    // Woken from the render thread on every swap (queued to this thread), and every 100 ms in case
    // a frame never comes.
    QEventLoop wake;
    auto onSwapQueued = QObject::connect(window, &QQuickWindow::frameSwapped, &wake, &QEventLoop::quit,
                                         Qt::QueuedConnection);
    QTimer guard;
    guard.setInterval(100);
    QObject::connect(&guard, &QTimer::timeout, &wake, &QEventLoop::quit);
    guard.start();
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
        // Wait for this frame before changing the scene again, asleep in the event loop as the
        // console's GUI thread is: polling here kept one of the two cores busy and starved the
        // software rasterizer's threads, which made every frame slower than in the console.
        const qsizetype before = done;
        while (limit.elapsed() < 120000) {
            {
                QMutexLocker lock(&mutex);
                if (times.size() > before)
                    break;
            }
            wake.exec();
        }
    }
    QObject::disconnect(onSwapQueued);
    QObject::disconnect(onSync);
    QObject::disconnect(onSwap);
    QMutexLocker lock(&mutex);
    times = times.mid(std::min<qsizetype>(kWarmUp, times.size()));
    intervals = intervals.mid(std::min<qsizetype>(kWarmUp, intervals.size()));
    // ET_BENCH_FRAME_LOG=1 prints every frame's time in order, to see whether slow frames recur.
    if (qEnvironmentVariableIsSet("ET_BENCH_FRAME_LOG")) {
        for (qsizetype i = 0; i < times.size(); ++i)
            std::fprintf(stderr, "frame %lld %.2f ms\n", static_cast<long long>(i), times[i]);
    }
    Stats s;
    s.frames = int(times.size());
    std::tie(s.median, s.p95) = medianAndP95(times);
    std::tie(s.intervalMedian, s.intervalP95) = medianAndP95(intervals);
    return s;
}


inline void print(const char *what, const Stats &s)
{
    std::printf("%-34s median %8.2f ms   p95 %8.2f ms   (%d frames; frame to frame: median %.2f, p95 %.2f ms)\n",
                what, s.median, s.p95, s.frames, s.intervalMedian, s.intervalP95);
}

} // namespace et::bench
