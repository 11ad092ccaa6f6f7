// SPDX-License-Identifier: MIT
// A what-if dragged across the real console: the real Main.qml on the Disasters view over a copy
// of a real console cache (a synced console's or the CLI's cache.sqlite), an operator signed in.
// For an earthquake (docs/examples/whatif-hallim-quake.json) and a typhoon on its real track
// (docs/examples/disaster-soulik-1819.json, drafted as a what-if), the draft is moved as its grip's
// drag moves it (WhatIfDraft::moveBy, ~460 m a step, back and forth), and each move is timed from
// the call to the end of the first frame swapped after the draft's assessment came back — the map
// overlay and the comparison tables updated on screen. Goal (issue 18): p95 under 50 ms. Also
// prints the assessment's own time on the worker.
//
//   bench/hazard/run.sh                          (makes the cache with the real server and CLI)
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/bench_whatif CACHE.sqlite [moves]
#include "consolewindow.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>

using et::bench::ConsoleWindow;

namespace {

QVariantMap body(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // Qt Charts (the Energy view) needs the widgets application
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_whatif CACHE.sqlite [moves]\n");
        return 2;
    }
    const int moves = argc > 2 ? std::max(20, QString::fromLocal8Bit(argv[2]).toInt()) : 100;
    ConsoleWindow w;
    if (!w.open(QString::fromLocal8Bit(argv[1]), QStringLiteral("disasters")))
        return 1;
    et::models::WhatIfDraft &whatIf = *w.console().whatIf();

    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> swaps; // ns since `clock` started, every frame's end of swap
    QObject::connect(w.window(), &QQuickWindow::frameSwapped, w.window(), [&] {
        QMutexLocker lock(&mutex);
        swaps << clock.nsecsElapsed();
    }, Qt::DirectConnection);
    const auto swapCount = [&] {
        QMutexLocker lock(&mutex);
        return swaps.size();
    };

    const std::pair<const char *, const char *> scenarios[] = {
        {"earthquake M5.2", ET_SOURCE_DIR "/docs/examples/whatif-hallim-quake.json"},
        {"typhoon SOULIK (JMA track)", ET_SOURCE_DIR "/docs/examples/disaster-soulik-1819.json"}};
    int failures = 0;
    for (const auto &[name, file] : scenarios) {
        const QVariantMap draft = body(QString::fromUtf8(file));
        if (draft.isEmpty()) {
            std::fprintf(stderr, "cannot read %s\n", file);
            return 1;
        }
        whatIf.setBody(draft);
        if (!ConsoleWindow::waitFor([&] { return whatIf.assessed(); }, 20000)) {
            std::fprintf(stderr, "%s: never assessed (%s)\n", name, qPrintable(whatIf.problem()));
            return 1;
        }
        ConsoleWindow::waitFor([] { return false; }, 300); // let the first full frame settle
        QList<double> latencies, assess, toAssessed;
        for (int i = 0; i < moves; ++i) {
            const double step = (i / 10) % 2 == 0 ? 0.005 : -0.005;
            const qint64 start = clock.nsecsElapsed();
            whatIf.moveBy(0.0, step);
            if (!ConsoleWindow::waitFor([&] { return whatIf.assessed(); }, 5000)) {
                ++failures;
                continue;
            }
            const qsizetype framesBefore = swapCount();
            toAssessed << double(clock.nsecsElapsed() - start) / 1e6;
            if (!ConsoleWindow::waitFor([&] { return swapCount() > framesBefore; }, 2000)) {
                ++failures;
                continue;
            }
            QMutexLocker lock(&mutex);
            latencies << double(swaps.at(framesBefore) - start) / 1e6;
            assess << whatIf.assessMs();
        }
        const auto [median, p95, worst] = et::bench::spread(latencies);
        const auto [assessMedian, assessP95, assessWorst] = et::bench::spread(assess);
        std::printf("what-if %s: drag -> overlay and tables on screen, %lld moves: median %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(assessment median %.1f ms, p95 %.1f ms; %d sites at risk)\n",
                    name, qlonglong(latencies.size()), median, p95, worst, assessMedian, assessP95, whatIf.impact()->rowCount());
        const auto [backMedian, backP95, backWorst] = et::bench::spread(toAssessed);
        std::printf("  of which until the assessment was back on the GUI thread: median %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(the rest: the frame that draws it)\n", backMedian, backP95, backWorst);
        whatIf.discard();
    }
    if (failures > 0)
        std::fprintf(stderr, "%d moves never reached the screen\n", failures);
    return failures > 0 ? 1 : 0;
}
