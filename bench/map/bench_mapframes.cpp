// SPDX-License-Identifier: MIT
// Frame time of the issue-3 scene — 10,000 static points, 1,000 trucks moving every frame, 20
// disaster footprints and 50 flow lines with animated arrows, panned a little every frame — for
// JejuMap and for a baseline drawing the same points, lines and arrow heads as one QML item each
// (Repeaters), on this run's platform. A frame is timed
// from the scene graph's sync (beforeSynchronizing) to the end of the swap (frameSwapped), both on
// the render thread, so it is "scene-graph update + render"; model changes happen between frames.
// Run: QT_QPA_PLATFORM=offscreen bench_mapframes [frames [static trucks]]      (software renderer)
//      xvfb-run -a -s "-screen 0 1920x1080x24" bench_mapframes [frames]   (OpenGL on llvmpipe)
#include "frametimer.h"
#include "jejumap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMutex>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::bench::measure;
using et::bench::print;
using et::bench::Stats;

namespace {

/// Resident memory of this process in MiB (Linux /proc), or -1.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1.0;
}

int kStatic = 10000;
int kTrucks = 1000;
constexpr int kFootprints = 20;
constexpr int kFlows = 50;
enum Role { Lat = Qt::UserRole + 1, Lon, Kind, Status, Radius, Severity, FromLat, FromLon, ToLat, ToLon, Mw };

// Lines between random points of the island with -300..300 MW (never 0, so all of them animate).
void fillFlows(QStandardItemModel &flows)
{
    flows.setItemRoleNames({{FromLat, "fromLatitude"}, {FromLon, "fromLongitude"}, {ToLat, "toLatitude"},
                            {ToLon, "toLongitude"}, {Mw, "mw"}});
    QRandomGenerator rng(7);
    for (int i = 0; i < kFlows; ++i) {
        auto *item = new QStandardItem;
        item->setData(33.22 + rng.generateDouble() * 0.3, FromLat);
        item->setData(126.2 + rng.generateDouble() * 0.7, FromLon);
        item->setData(33.22 + rng.generateDouble() * 0.3, ToLat);
        item->setData(126.2 + rng.generateDouble() * 0.7, ToLon);
        const double mw = 10.0 + rng.generateDouble() * 290.0;
        item->setData(i % 3 == 0 ? -mw : mw, Mw);
        flows.appendRow(item);
    }
}

void fillScene(QStandardItemModel &points, QStandardItemModel &circles)
{
    points.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"}});
    circles.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Radius, "radiusKm"}, {Severity, "severity"}});
    const QStringList kinds{QStringLiteral("wind"), QStringLiteral("solar"), QStringLiteral("center"),
                            QStringLiteral("substation"), QStringLiteral("thermal")};
    QRandomGenerator rng(42); // fixed seed: the same scene every run
    QList<QStandardItem *> rows;
    for (int i = 0; i < kStatic + kTrucks; ++i) {
        auto *item = new QStandardItem;
        item->setData(33.22 + rng.generateDouble() * 0.3, Lat);
        item->setData(126.2 + rng.generateDouble() * 0.7, Lon);
        item->setData(i >= kStatic ? QStringLiteral("truck") : kinds[i % kinds.size()], Kind);
        item->setData(i % 17 == 0 ? QStringLiteral("offline") : QStringLiteral("online"), Status);
        rows << item;
    }
    points.invisibleRootItem()->appendRows(rows);
    for (int i = 0; i < kFootprints; ++i) {
        auto *item = new QStandardItem;
        item->setData(33.25 + rng.generateDouble() * 0.25, Lat);
        item->setData(126.25 + rng.generateDouble() * 0.6, Lon);
        item->setData(1.0 + rng.generateDouble() * 4.0, Radius);
        item->setData(1 + i % 5, Severity);
        circles.appendRow(item);
    }
}

void moveTrucks(QStandardItemModel &points, int frame)
{
    const double step = (frame % 2 ? 1.0 : -1.0) * 0.0005;
    for (int r = kStatic; r < kStatic + kTrucks; ++r) {
        QStandardItem *item = points.item(r);
        item->setData(item->data(Lat).toDouble() + step, Lat);
        item->setData(item->data(Lon).toDouble() + step, Lon);
    }
}

std::unique_ptr<QQuickWindow> load(QQmlEngine &engine, const QByteArray &qml)
{
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/bench.qml")));
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window)
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
    return window;
}


} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const double startMiB = residentMiB();
    const int frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    if (argc > 3) { // a smaller scene, to see what costs what
        kStatic = QString::fromLocal8Bit(argv[2]).toInt();
        kTrucks = QString::fromLocal8Bit(argv[3]).toInt();
    }
    QStandardItemModel points, circles, flows;
    fillScene(points, circles);
    fillFlows(flows);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("pointModel"), &points);
    engine.rootContext()->setContextProperty(QStringLiteral("circleModel"), &circles);
    engine.rootContext()->setContextProperty(QStringLiteral("flowModel"), &flows);

    // ET_BENCH_DROP=markers,circles,flows,labels,scale leaves those out of our scene, to see what
    // each layer costs.
    const QByteArray drop = qgetenv("ET_BENCH_DROP");
    QByteArray extra;
    if (drop.contains("labels")) extra += "; labelsVisible: false";
    if (drop.contains("scale")) extra += "; scaleBarVisible: false";
    QByteArray props = drop.contains("markers") ? "" : "markers: pointModel; ";
    if (!drop.contains("circles")) props += "circles: circleModel; ";
    if (!drop.contains("flows")) props += "flows: flowModel; ";
    auto ours = load(engine, "import QtQuick\nimport QtQuick.Window\nimport EnergyTruck.Map\n"
                             // As in the console: the window's colour is the sea, so the map does
                             // not fill its area again (the baseline's window has its sea colour too).
                             "Window { width: 1440; height: 900; visible: true; color: \"#cfe2f0\"\n"
                             "  JejuMap { objectName: \"map\"; anchors.fill: parent; zoomLevel: 10.5; drawSea: false" + extra + "\n"
                             "    " + props + " flowAnimation: false } }");
    if (!ours)
        return 1;
    auto *map = ours->findChild<et::map::JejuMap *>(QStringLiteral("map"));
    QElapsedTimer wait;
    wait.start();
    while ((!map->isLoaded() || !map->isClustered()) && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const int badges = map->clusterCount();
    const double mapLoadedMiB = residentMiB();
    const Stats oursStats = measure(ours.get(), frames, [&](int i) {
        map->pan(i % 2 ? 7.0 : -7.0, i % 2 ? 3.0 : -3.0);
        moveTrucks(points, i);
    });
    // ET_BENCH_SCREENSHOT=file.png keeps a picture of our (clustered) frame, to check it by eye.
    if (const QString shot = qEnvironmentVariable("ET_BENCH_SCREENSHOT"); !shot.isEmpty())
        ours->grabWindow().save(shot);
    // The same scene with every marker drawn (no clusters): what clustering buys.
    map->setClusteringEnabled(false);
    const Stats unclusteredStats = measure(ours.get(), frames, [&](int i) {
        map->pan(i % 2 ? 7.0 : -7.0, i % 2 ? 3.0 : -3.0);
        moveTrucks(points, i);
    });
    map->setClusteringEnabled(true);
    const double oursMiB = residentMiB();
    // ET_BENCH_ONLY_OURS=1 stops here (to profile our frames without the baseline's).
    if (qEnvironmentVariableIsSet("ET_BENCH_ONLY_OURS")) {
        print("JejuMap (sync + render + swap):", oursStats);
        print("JejuMap, clustering off:", unclusteredStats);
        return 0;
    }
    ours->hide();

    // The same points as one Rectangle each, positioned by bindings on the model's roles (a flat
    // projection: the cost is in the items, not in the arithmetic). Each flow is an item rotated
    // along the line holding a Rectangle for the line and one rotated square per arrow head (every
    // 64 px, as JejuMap spaces them), all sliding with one phase. The phase is stepped between
    // frames, not by an Animation: frames an animation schedules on its own would be counted too,
    // and on the software renderer they repaint only the arrows, which flattered the baseline.
    // JejuMap's own arrow timer is off for the same reason; it rebuilds every line and arrow on
    // each frame anyway, because every frame pans.
    auto baseline = load(engine, R"(import QtQuick
import QtQuick.Window
Window { width: 1440; height: 900; visible: true; color: "#a9cfe8"
  Item { id: world; objectName: "world"
    readonly property real k: 1440 / 0.8
    Repeater { model: circleModel
      Rectangle { x: (model.longitude - 126.15) * world.k - width / 2; y: (33.6 - model.latitude) * world.k - height / 2
        width: model.radiusKm / 111 * world.k * 2; height: width; radius: width / 2
        color: "#55ff6600"; border.color: "#ff6600"; border.width: 1.5 } }
    Repeater { model: pointModel
      Rectangle { x: (model.longitude - 126.15) * world.k - 8; y: (33.6 - model.latitude) * world.k - 8
        width: 16; height: 16; radius: 8; border.width: 2
        color: model.kind === "truck" ? "#e6007e" : "#2a7fff"
        border.color: model.status === "offline" ? "#888888" : "white" } }
    property real phase: 0
    Repeater { model: flowModel
      Item { id: flow
        readonly property real x2: (model.toLongitude - 126.15) * world.k
        readonly property real y2: (33.6 - model.toLatitude) * world.k
        readonly property real length: Math.hypot(x2 - x, y2 - y)
        readonly property real forward: model.mw >= 0 ? world.phase : 1 - world.phase
        x: (model.fromLongitude - 126.15) * world.k; y: (33.6 - model.fromLatitude) * world.k
        transformOrigin: Item.TopLeft
        rotation: Math.atan2(y2 - y, x2 - x) * 180 / Math.PI
        Rectangle { width: flow.length; height: Math.min(10, 2 + Math.abs(model.mw) / 50); y: -height / 2
          color: "#7048e8" }
        Repeater { model: Math.floor(flow.length / 64)
          Rectangle { required property int index
            width: 10; height: 10; rotation: 45; color: "#462d91"
            x: (index + flow.forward) * 64 - 5; y: -5 } } } } } }
)");
    if (!baseline)
        return 1;
    QQuickItem *world = baseline->findChild<QQuickItem *>(QStringLiteral("world"));
    const Stats baseStats = measure(baseline.get(), frames, [&](int i) {
        world->setPosition(world->position() + QPointF(i % 2 ? -7.0 : 7.0, i % 2 ? -3.0 : 3.0));
        world->setProperty("phase", (i % 16) / 16.0);
        moveTrucks(points, i);
    });

    std::printf("platform %s, window 1440x900, %d static points, %d moving trucks, %d footprints, %d flows\n",
                qPrintable(QGuiApplication::platformName()), kStatic, kTrucks, kFootprints, kFlows);
    std::printf("clusters at zoom 10.5: %d badges\n", badges);
    std::printf("resident memory: %.1f MiB at start, %.1f MiB with the scene loaded, %.1f MiB after our frames\n",
                startMiB, mapLoadedMiB, oursMiB);
    print("JejuMap (sync + render + swap):", oursStats);
    print("JejuMap, clustering off:", unclusteredStats);
    print("Repeater of Rectangles baseline:", baseStats);
    if (oursStats.median > 0 && oursStats.p95 > 0)
        std::printf("baseline / ours: median %.1fx, p95 %.1fx\n", baseStats.median / oursStats.median,
                    baseStats.p95 / oursStats.p95);
    return oursStats.frames > 0 && baseStats.frames > 0 ? 0 : 1;
}
