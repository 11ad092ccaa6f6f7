// SPDX-License-Identifier: MIT
// Frame time of JejuMap at 1440×900 with a full screen of raster tiles from an MBTiles pack (the
// test pack: 256-px PNG tiles over Jeju, zoom 10..12), panned a little every frame, against the
// same map without tiles. Timed like bench_mapframes: beforeSynchronizing → frameSwapped.
// Before that, the longest GUI-thread stall while a full screen of tiles loads from a pack (the
// test pack's 1-KB tiles, and noisy tiles as heavy as detailed aerial imagery at 256 and 512 px),
// three times each, in wall-clock time and in GUI-thread CPU time (which a busy machine does not
// stretch).
// Run: QT_QPA_PLATFORM=offscreen bench_tileframes [frames]                  (software renderer)
//      xvfb-run -a -s "-screen 0 1920x1080x24" bench_tileframes [frames]   (OpenGL on llvmpipe)
#include "frametimer.h"
#include "jejumap.h"
#include "mbtilesfixture.h"
#include "tileimagecache.h"
#include "tilelayer.h"
#include "tileprovider.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::bench::measure;
using et::bench::print;

namespace {
// Pans a little between frames, like an operator's drag.
void panStep(et::map::JejuMap *map, int frame)
{
    map->pan(frame % 2 ? 7.0 : -7.0, frame % 2 ? 3.0 : -3.0);
}

// The fixture's tiles as RGB noise (seeded, so every run writes the same pack): PNG cannot
// compress noise, so a 256-px tile is ~200 KB and a 512-px one ~780 KB, as heavy as aerial tiles get.
QList<et::test::FixtureTile> noisyTiles(int size)
{
    QRandomGenerator random(12);
    QList<et::test::FixtureTile> tiles = et::test::jejuTiles();
    for (et::test::FixtureTile &t : tiles) {
        QImage image(size, size, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = 0xff000000u | (random.generate() & 0xffffffu);
        }
        t.bytes.clear();
        QBuffer buffer(&t.bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    return tiles;
}

// Every tile of the view decoded and drawn exactly.
bool allExact(const et::map::TileLayer &layer, const et::domain::geo::MapViewport &view)
{
    const int z = layer.tileZoom(view.zoom());
    const qsizetype wanted = z < 0 ? -1 : et::domain::geo::TileMath::tilesCovering(view, z).size();
    const auto pieces = layer.drawList(view);
    return pieces.size() == wanted && std::all_of(pieces.cbegin(), pieces.cend(), [](const et::map::TileDraw &p) {
               return p.source.size() == QSizeF(p.image.size());
           });
}

// CPU time this thread has used: unlike the wall clock it leaves out the time the thread waited for
// a core, which on a busy 2-core machine is most of the noise in the gaps below.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Opens `pack` and lets the event loop run until the view is covered with its exact tiles. A 0-ms
// timer fires on every pass of the GUI thread's event loop, so the longest gap between two of its
// firings is the longest the GUI thread was busy at once (tile reads on it, and the frames the
// offscreen platform renders on it too), in wall-clock time and in the thread's CPU time.
void printLoadStall(const char *what, et::map::JejuMap *map, const QString &pack)
{
    const et::domain::geo::MapViewport view(map->center(), map->zoomLevel(), QSizeF(1440, 900));
    for (int run = 1; run <= 3; ++run) {
        map->setTilesFile(QString());
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        double lastCpu = threadCpuMs(), longestCpu = 0;
        int over16 = 0;
        QTimer pass;
        pass.setInterval(0);
        QObject::connect(&pass, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            longest = std::max(longest, now - last);
            longestCpu = std::max(longestCpu, cpu - lastCpu);
            over16 += now - last > 16'000'000 ? 1 : 0;
            last = now;
            lastCpu = cpu;
        });
        QEventLoop loop;
        QObject::connect(map->tileLayer(), &et::map::TileLayer::changed, &loop, [&] {
            if (allExact(*map->tileLayer(), view))
                loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        clock.start();
        map->setTilesFile(pack);
        const double setMs = clock.nsecsElapsed() / 1e6;
        pass.start();
        loop.exec();
        pass.stop();
        std::printf("%-22s run %d: setTilesFile %5.2f ms, full screen after %6.1f ms; longest GUI-thread stall "
                    "%6.2f ms (%5.2f ms of its CPU), stalls > 16 ms: %d\n",
                    what, run, setMs, clock.nsecsElapsed() / 1e6, longest / 1e6, longestCpu, over16);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("jeju.mbtiles"));
    const QString noisyPack = dir.filePath(QStringLiteral("noisy.mbtiles"));
    const QString noisy512Pack = dir.filePath(QStringLiteral("noisy512.mbtiles"));
    for (const auto &[path, tiles] : {std::pair(pack, et::test::jejuTiles()), std::pair(noisyPack, noisyTiles(256)),
                                      std::pair(noisy512Pack, noisyTiles(512))}) {
        if (const QString error = et::test::writeMbtiles(path, et::test::jejuMetadata(), tiles); !error.isEmpty()) {
            std::fprintf(stderr, "cannot write the pack: %s\n", qPrintable(error));
            return 1;
        }
    }
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    // Zoom 11.5 over the island: zoom-12 tiles at 0.71 scale, about 9 × 6 of them on screen.
    component.setData("import QtQuick\nimport QtQuick.Window\nimport EnergyTruck.Map\n"
                      "Window { width: 1440; height: 900; visible: true\n"
                      "  JejuMap { objectName: \"map\"; anchors.fill: parent; zoomLevel: 11.5\n"
                      "    center.latitude: 33.37; center.longitude: 126.55 } }",
                      QUrl(QStringLiteral("qrc:/bench.qml")));
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    auto *map = window->findChild<et::map::JejuMap *>(QStringLiteral("map"));
    QElapsedTimer wait;
    wait.start();
    while (!map->isLoaded() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    print("vector map only", measure(window.get(), frames, [map](int i) { panStep(map, i); }));

    // Shown, the offscreen platform renders frames on the GUI thread too (a frame with tiles is a
    // few ms of its CPU); hidden, what is left is the tile work alone.
    for (const bool shown : {true, false}) {
        window->setVisible(shown);
        std::printf("window %s:\n", shown ? "shown (frames are rendered on the GUI thread as tiles arrive)"
                                           : "hidden (no frames: the GUI thread's tile work alone)");
        printLoadStall("test pack (1-KB tiles)", map, pack);
        printLoadStall("noisy 256 px (200 KB)", map, noisyPack);
        printLoadStall("noisy 512 px (780 KB)", map, noisy512Pack);
    }
    window->setVisible(true);
    wait.restart();
    while (!window->isExposed() && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    map->setTilesFile(pack);
    const auto &drawn = *map->tileLayer();
    const et::domain::geo::MapViewport view(map->center(), map->zoomLevel(), QSizeF(1440, 900));
    wait.restart();
    while (!allExact(drawn, view) && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const auto pieces = drawn.drawList(view);
    std::printf("tiles on screen: %d (zoom %d), decoded in memory: %lld KiB of %lld KiB\n", int(pieces.size()),
                drawn.tileZoom(map->zoomLevel()), drawn.provider()->imageCache()->usedBytes() / 1024,
                drawn.provider()->imageCache()->maxBytes() / 1024);
    print("with a full screen of tiles", measure(window.get(), frames, [map](int i) { panStep(map, i); }));
    if (const QString shot = qEnvironmentVariable("ET_BENCH_SCREENSHOT"); !shot.isEmpty())
        window->grabWindow().save(shot);
    return 0;
}
