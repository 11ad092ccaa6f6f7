// SPDX-License-Identifier: MIT
// Frame time of JejuMap at 1440×900 with a full screen of raster tiles from an MBTiles pack (the
// test pack: 256-px PNG tiles over Jeju, zoom 10..12), panned a little every frame, against the
// same map without tiles. Timed like bench_mapframes: beforeSynchronizing → frameSwapped.
// Run: QT_QPA_PLATFORM=offscreen bench_tileframes [frames]                  (software renderer)
//      xvfb-run -a -s "-screen 0 1920x1080x24" bench_tileframes [frames]   (OpenGL on llvmpipe)
#include "frametimer.h"
#include "jejumap.h"
#include "mbtilesfixture.h"
#include "tileimagecache.h"
#include "tileprovider.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
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
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("jeju.mbtiles"));
    if (const QString error = et::test::writeMbtiles(pack, et::test::jejuMetadata(), et::test::jejuTiles());
        !error.isEmpty()) {
        std::fprintf(stderr, "cannot write the pack: %s\n", qPrintable(error));
        return 1;
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

    // Opening the pack (metadata) happens on the GUI thread; its blobs are read there afterwards in
    // slices of a few per event-loop pass, and decoded on a pool.
    QElapsedTimer open;
    open.start();
    map->setTilesFile(pack);
    std::printf("open the pack on the GUI thread: %.2f ms\n", open.nsecsElapsed() / 1e6);
    const auto &drawn = *map->tileLayer();
    const et::domain::geo::MapViewport view(map->center(), map->zoomLevel(), QSizeF(1440, 900));
    const qsizetype wanted = et::domain::geo::TileMath::tilesCovering(view, drawn.tileZoom(view.zoom())).size();
    wait.restart();
    // Every tile of the view decoded and drawn exactly before timing.
    const auto allExact = [&] {
        const auto pieces = drawn.drawList(view);
        return pieces.size() == wanted && std::all_of(pieces.cbegin(), pieces.cend(), [](const et::map::TileDraw &p) {
                   return p.source.size() == QSizeF(256, 256);
               });
    };
    while (!allExact() && wait.elapsed() < 10000)
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
