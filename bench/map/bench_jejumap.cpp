// SPDX-License-Identifier: MIT
// How long the map takes for the things that happen often: building the base layer (once per
// start), the marker draw list (every frame), and a full pan-and-render frame with 10,000 markers.
// Run: QT_QPA_PLATFORM=offscreen bench_jejumap [markers]   (or under xvfb-run for OpenGL)
#include "jejumap.h"
#include "markerdrawlist.h"

#include "domain/geo/geojsonreader.h"
#include "domain/geo/regionmesh.h"
#include "domain/geo/webmercator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using namespace et;

namespace {

double msSince(const QElapsedTimer &t, int runs)
{
    return double(t.nsecsElapsed()) / 1e6 / runs;
}

void fillMarkers(QStandardItemModel &model, int count)
{
    const QStringList kinds{QStringLiteral("wind"), QStringLiteral("solar"), QStringLiteral("truck"),
                            QStringLiteral("center"), QStringLiteral("substation")};
    QRandomGenerator rng(42); // fixed seed: the same markers every run
    QList<QStandardItem *> rows;
    for (int i = 0; i < count; ++i) {
        auto *item = new QStandardItem;
        item->setData(33.2 + rng.generateDouble() * 0.33, Qt::UserRole + 1);
        item->setData(126.2 + rng.generateDouble() * 0.7, Qt::UserRole + 2);
        item->setData(kinds[i % kinds.size()], Qt::UserRole + 3);
        item->setData(i % 17 == 0 ? QStringLiteral("offline") : QStringLiteral("online"), Qt::UserRole + 4);
        rows << item;
    }
    model.invisibleRootItem()->appendRows(rows);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int markerCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/geo/jeju-emd-2018.geojson"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(file.fileName()));
        return 1;
    }
    const QByteArray json = file.readAll();
    constexpr int kMeshRuns = 20;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kMeshRuns; ++i) {
        auto regions = domain::geo::GeoJsonReader::read(json);
        auto mesh = domain::geo::RegionMesh::build(regions.value());
        if (!mesh.ok())
            return 1;
    }
    std::printf("base layer (read + triangulate 43 regions): %.2f ms\n", msSince(t, kMeshRuns));

    QList<map::MapMarker> markers;
    QRandomGenerator rng(7);
    for (int i = 0; i < markerCount; ++i) {
        map::MapMarker m;
        m.world = domain::geo::WebMercator::project(33.2 + rng.generateDouble() * 0.33, 126.2 + rng.generateDouble() * 0.7);
        m.kind = QStringLiteral("wind");
        m.valid = true;
        markers << m;
    }
    const domain::geo::MapViewport view(QGeoCoordinate(33.38, 126.55), 10.5, QSizeF(1440, 900));
    constexpr int kListRuns = 50;
    t.restart();
    for (int i = 0; i < kListRuns; ++i)
        map::MarkerDrawList::build(markers, view, -1);
    std::printf("marker draw list, %d markers: %.2f ms\n", markerCount, msSince(t, kListRuns));

    QStandardItemModel model;
    model.setItemRoleNames({{Qt::UserRole + 1, "latitude"}, {Qt::UserRole + 2, "longitude"},
                            {Qt::UserRole + 3, "kind"}, {Qt::UserRole + 4, "status"}});
    fillMarkers(model, markerCount);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("markerModel"), &model);
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport QtQuick.Window\nimport EnergyTruck.Map\n"
                      "Window { width: 1440; height: 900; visible: true\n"
                      "  JejuMap { objectName: \"map\"; anchors.fill: parent } }",
                      QUrl(QStringLiteral("qrc:/bench.qml")));
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    auto *mapItem = window->findChild<map::JejuMap *>(QStringLiteral("map"));
    QElapsedTimer wait;
    wait.start();
    while (!mapItem->isLoaded() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    t.restart();
    mapItem->setMarkers(&model);
    std::printf("reading %d marker rows from the model: %.2f ms\n", markerCount, msSince(t, 1));
    window->grabWindow(); // first frame uploads the land
    constexpr int kFrames = 30;
    t.restart();
    for (int i = 0; i < kFrames; ++i) {
        mapItem->pan(i % 2 ? 7.0 : -7.0, 3.0);
        window->grabWindow();
    }
    std::printf("pan + render frame with %d markers (%s): %.2f ms\n", markerCount,
                qPrintable(QGuiApplication::platformName()), msSince(t, kFrames));
    return 0;
}
