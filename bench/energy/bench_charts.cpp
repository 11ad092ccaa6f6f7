// SPDX-License-Identifier: MIT
// Frame time of the Energy view's chart (qml/EnergyChart.qml, a Qt Charts ChartView) holding a
// week of minutes: 7 days × 1,440 points in each of 6 series (thermal, HVDC import, wind and solar
// stacked, demand, SMP), the whole week visible and panned by an hour every frame, once with the
// feeder's min/max-per-pixel decimation (EnergyChartFeeder.decimating, what the console does) and
// once drawing every point, in the same run, at the size it has in the Energy panel (364 × 156) and at a wide one.
//
// A frame is timed from the change of range to the swap of the first frame that shows the
// redrawn chart: the feeder's refill and Qt Charts' layout (GUI thread), ChartView painting its
// QGraphicsScene into an image (GUI thread, after the scene's `changed` signal), and the upload
// and swap. The next change waits for that swap, so frames never overlap; swap interval 0. The
// process's CPU time per frame (all threads) is given too: on a shared machine the wall time
// includes waiting for a core, the CPU time does not.
//
// Run: xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/bench_charts [frames [panel|wide]]
//          (the second argument runs one size only). It draws as the console does
//          (app::RendererChoice: under Xvfb, whose OpenGL is llvmpipe, the software scene graph);
//          ET_BENCH_RENDERER=opengl draws with llvmpipe instead.
//      QT_QPA_PLATFORM=offscreen build/bin/bench_charts [frames]   (the software scene graph)
// Goal: p95 < 16 ms with decimation at the panel's size.
#include "appearance.h"
#include "benchrenderer.h"
#include "client/store.h"
#include "consolecontroller.h"
#include "energychartdata.h"
#include "mappacksettings.h"
#include "windowloader.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsScene>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>
#include <QXYSeries>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace et;
using models::EnergyChartData;

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kMinutes = 7 * 1440;

/// A plausible week of Jeju minutes, deterministic: daily cycles, slow weather, minute noise.
EnergyChartData::SeriesPoints week(qint64 startMs)
{
    EnergyChartData::SeriesPoints s;
    quint32 noise = 12345;
    const auto jitter = [&noise] {
        noise = noise * 1664525u + 1013904223u;
        return double(noise >> 8) / double(1u << 24) - 0.5;
    };
    for (int i = 0; i < kMinutes; ++i) {
        const double x = double(startMs + i * kMinuteMs);
        const double day = 2.0 * M_PI * (i % 1440) / 1440.0;
        const double solar = std::max(0.0, 420.0 * std::sin(day - 0.4 * M_PI)) * (0.7 + 0.3 * std::sin(i / 2000.0));
        const double wind = 150.0 + 110.0 * std::sin(i / 900.0) + 12.0 * jitter();
        const double demand = 700.0 + 140.0 * std::sin(day - 0.6 * M_PI) + 8.0 * jitter();
        const double hvdc = std::clamp(demand - solar - wind - 220.0, -100.0, 600.0);
        s[EnergyChartData::Thermal] << QPointF(x, 220.0 + 5.0 * jitter());
        s[EnergyChartData::HvdcImport] << QPointF(x, hvdc);
        s[EnergyChartData::Wind] << QPointF(x, wind);
        s[EnergyChartData::Solar] << QPointF(x, solar);
        s[EnergyChartData::Demand] << QPointF(x, demand);
        s[EnergyChartData::Smp] << QPointF(x, 110.0 - 0.15 * solar + 6.0 * jitter());
    }
    return s;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
    double cpuMedian = 0, cpuP95 = 0; ///< the process's CPU time per frame (all its threads)
    int frames = 0;
};

/// CPU time this process has used, all threads, in ms: unlike the wall clock, not stretched when
/// other programs share the cores.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Median and 95th percentile of `values` (sorted here).
std::pair<double, double> medianAndP95(QList<double> &values)
{
    if (values.isEmpty())
        return {0.0, 0.0};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95))]};
}

/// Times `frames` range changes of `data` as drawn in `window` (see the header comment). `scene`
/// is the chart's QGraphicsScene: ChartView paints it into its image after its `changed` signal,
/// in a zero-time timer; a zero-time timer started here after that signal runs after that paint.
Stats measure(QQuickWindow *window, QGraphicsScene *scene, EnergyChartData &data, int frames, double spanFrom, double spanTo)
{
    constexpr int kWarmUp = 5;
    std::atomic<bool> painted{false};
    std::atomic<bool> swappedAfterPaint{false};
    QEventLoop wake;
    auto onChanged = QObject::connect(scene, &QGraphicsScene::changed, &wake, [&] {
        QTimer::singleShot(0, &wake, [&] {
            painted = true;
            window->update();
        });
    });
    auto onSwap = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (painted)
            swappedAfterPaint = true;
    }, Qt::DirectConnection);
    auto onSwapQueued = QObject::connect(window, &QQuickWindow::frameSwapped, &wake, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer guard;
    guard.setInterval(50);
    QObject::connect(&guard, &QTimer::timeout, &wake, &QEventLoop::quit);
    guard.start();

    QList<double> times, cpu;
    QElapsedTimer clock;
    for (int f = 0; f < frames + kWarmUp; ++f) {
        painted = false;
        swappedAfterPaint = false;
        clock.start();
        const double cpuStart = processCpuMs();
        const double shift = (f % 2 ? -1.0 : 1.0) * 3600.0 * 1000.0; // an hour right, then back
        data.setVisibleRange(spanFrom + (f % 2 ? 0.0 : shift), spanTo + (f % 2 ? 0.0 : shift));
        while (!swappedAfterPaint && clock.elapsed() < 30000)
            wake.exec();
        if (f >= kWarmUp) {
            times << double(clock.nsecsElapsed()) / 1e6;
            cpu << processCpuMs() - cpuStart;
        }
    }
    QObject::disconnect(onChanged);
    QObject::disconnect(onSwap);
    QObject::disconnect(onSwapQueued);
    Stats s;
    s.frames = int(times.size());
    std::tie(s.median, s.p95) = medianAndP95(times);
    s.max = times.isEmpty() ? 0.0 : times.constLast();
    std::tie(s.cpuMedian, s.cpuP95) = medianAndP95(cpu);
    return s;
}

/// The first three numbers of /proc/loadavg: how busy the machine was (the frame times are wall
/// time and include waiting for a core).
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

/// The ChartView's series `name` (a chart's series are not the view's QObject children).
QAbstractSeries *seriesNamed(QQuickItem *view, const QString &name)
{
    for (int i = 0; view && i < view->property("count").toInt(); ++i) {
        QAbstractSeries *s = nullptr;
        QMetaObject::invokeMethod(view, "series", Q_RETURN_ARG(QAbstractSeries *, s), Q_ARG(int, i));
        if (s && s->objectName() == name)
            return s;
    }
    return nullptr;
}

QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item || item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}
} // namespace

int main(int argc, char **argv)
{
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0); // time the work, not the display's refresh
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv); // Qt Charts draws with the Graphics View framework
    const std::optional<QString> renderer = bench::applyConsoleRenderer();
    if (!renderer)
        return 2;
    const int frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 120;
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString(); // "panel" or "wide"

    QTemporaryDir dir;
    client::Store store;
    if (auto opened = store.open(dir.filePath(QStringLiteral("cache.sqlite"))); !opened.ok()) {
        std::fprintf(stderr, "cannot open a cache: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    models::ConsoleController console(&store, nullptr);
    // The history loader's first read (of an empty cache) must not land on the week set below.
    QElapsedTimer wait;
    wait.start();
    while (console.historyChart()->reading() && wait.elapsed() < 10000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);

    EnergyChartData &data = *console.energyChart();
    const qint64 start = QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    if (auto set = data.setMeasured(week(start)); !set.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(set.error().toString()));
        return 1;
    }
    data.setNow(QDateTime::fromMSecsSinceEpoch(start + (kMinutes - 1) * kMinuteMs, Qt::UTC));
    const double from = double(start), to = double(start + (kMinutes - 1) * kMinuteMs);

    models::Appearance appearance(nullptr);
    QTemporaryDir config;
    app::MapPackSettings mapPack(QString(), QString(), config.path());
    auto engine = app::makeWindowEngine({.appearance = &appearance, .console = &console, .mapPack = &mapPack});
    std::printf("bench_charts: %d series x %d minutes (7 days), whole week visible, panned an hour each frame; "
                "platform %s, %s, %d frames per case; load average %s\n",
                6, kMinutes, qPrintable(QGuiApplication::platformName()), qPrintable(*renderer), frames, qPrintable(loadAverage()));
    struct Size
    {
        const char *name;
        int width, height;
    };
    for (const Size size : {Size{"panel 364x156", 364, 156}, Size{"wide 1280x420", 1280, 420}}) {
        if (!only.isEmpty() && !QLatin1String(size.name).startsWith(only))
            continue;
        engine->loadData(QStringLiteral("import QtQuick\nimport EnergyTruck.Models\nimport EnergyTruck.Console\n"
                                        "Window { width: %1; height: %2; visible: true; color: Theme.surface\n"
                                        "  EnergyChart { objectName: \"chart\"; anchors.fill: parent; chartData: Console.energyChart } }")
                             .arg(size.width)
                             .arg(size.height)
                             .toUtf8());
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constLast());
        QQuickItem *chart = window ? findItem(window->contentItem(), QStringLiteral("chart")) : nullptr;
        QObject *feeder = chart ? chart->property("feeder").value<QObject *>() : nullptr;
        auto *demand = qobject_cast<QXYSeries *>(seriesNamed(chart ? findItem(chart, QStringLiteral("energyChartView")) : nullptr,
                                                              QStringLiteral("demandLine")));
        if (!feeder || !demand || !demand->chart() || !demand->chart()->scene()) {
            std::fprintf(stderr, "the chart did not load\n");
            return 1;
        }
        data.setVisibleRange(from, to);
        for (const bool decimating : {true, false}) {
            feeder->setProperty("decimating", decimating);
            const Stats s = measure(window, demand->chart()->scene(), data, frames, from, to);
            std::printf("%-15s %-18s %6lld points a series   frame median %7.2f ms  p95 %7.2f ms  max %7.2f ms"
                        "   CPU median %7.2f ms  p95 %7.2f ms   (%d frames)\n",
                        size.name, decimating ? "min/max per pixel" : "every point", static_cast<long long>(demand->count()),
                        s.median, s.p95, s.max, s.cpuMedian, s.cpuP95, s.frames);
        }
        window->close();
    }
    std::printf("load average at the end %s\n", qPrintable(loadAverage()));
    return 0;
}
