// SPDX-License-Identifier: MIT
#include "jejumapscene.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace et::test {

QPoint win(QPointF itemPoint)
{
    return (itemPoint + QPointF(kMapOffset)).toPoint();
}

double share(const QImage &image, QPointF p, QColor c, int r)
{
    return colorShare(image, p, c, r);
}

QPointF referenceScreen(double lat, double lon, double centerLat, double centerLon, double zoom, QSizeF size)
{
    auto px = [zoom](double la, double lo) {
        const double n = 256.0 * std::pow(2.0, zoom);
        const double phi = la * M_PI / 180.0;
        return QPointF((lo + 180.0) / 360.0 * n, (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0 * n);
    };
    return px(lat, lon) - px(centerLat, centerLon) + QPointF(size.width() / 2, size.height() / 2);
}

QList<QStandardItem *> markerRow(double lat, double lon, const QString &kind, const QString &status, const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setData(lat, Lat);
    item->setData(lon, Lon);
    item->setData(kind, Kind);
    item->setData(status, Status);
    item->setData(name, Name);
    item->setData(false, Selected);
    return {item};
}

QStandardItem *circleRow(double lat, double lon, double radiusKm, int severity)
{
    auto *item = new QStandardItem;
    item->setData(lat, Lat);
    item->setData(lon, Lon);
    item->setData(radiusKm, Radius);
    item->setData(severity, Severity);
    return item;
}

QStandardItem *flowRow(const QGeoCoordinate &from, const QGeoCoordinate &to, double mw, double capacityMw, const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setData(from.latitude(), FromLat);
    item->setData(from.longitude(), FromLon);
    item->setData(to.latitude(), ToLat);
    item->setData(to.longitude(), ToLon);
    item->setData(mw, Mw);
    item->setData(capacityMw, CapacityMw);
    item->setData(name, Name);
    return item;
}

void JejuMapScene::openWindow()
{
    QHash<int, QByteArray> roles{{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"},
                                 {Name, "name"}, {Selected, "selected"}, {LoadFactor, "loadFactor"}};
    m_markers.setItemRoleNames(roles);
    m_circles.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Radius, "radiusKm"}, {Severity, "severity"}});
    m_polygons.setItemRoleNames({{Path, "path"}, {Severity, "severity"}});
    m_flows.setItemRoleNames({{FromLat, "fromLatitude"}, {FromLon, "fromLongitude"}, {ToLat, "toLatitude"},
                              {ToLon, "toLongitude"}, {Mw, "mw"}, {CapacityMw, "capacityMw"}, {Name, "name"}});

    m_engine = std::make_unique<QQmlEngine>();
    const QString error = et::test::openMapWindow(*m_engine, R"(
        import QtQuick
        import QtQuick.Window
        import EnergyTruck.Map
        Window {
            width: 940; height: 690; visible: true
            color: "magenta"
            // Not at the window's origin, like the console's map beside its side panel: drawing,
            // clipping and input must all work in item coordinates.
            JejuMap { objectName: "map"; x: 100; y: 50; width: 800; height: 600
                      markers: markerModel; circles: circleModel; polygons: polygonModel
                      flows: flowModel; flowAnimation: false }
        })",
                                                  {{QStringLiteral("markerModel"), &m_markers},
                                                   {QStringLiteral("circleModel"), &m_circles},
                                                   {QStringLiteral("polygonModel"), &m_polygons},
                                                   {QStringLiteral("flowModel"), &m_flows}},
                                                  m_window, m_map);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_map->regionCount(), 43);
    QVERIFY(m_map->errorString().isEmpty());
}

void JejuMapScene::closeWindow()
{
    QVERIFY2(!m_drewOutside, "the map drew outside its item");
    m_window.reset();
    m_engine.reset();
}

void JejuMapScene::reset()
{
    m_markers.clear();
    m_circles.clear();
    m_polygons.clear();
    m_flows.clear();
    m_map->setClusterThreshold(300);
    // A wind farm in Hangyeong, a solar site in Seongsan, an offline substation in Jeju city.
    m_markers.appendRow(markerRow(33.33, 126.19, QStringLiteral("wind"), QStringLiteral("online"), QStringLiteral("W")));
    m_markers.appendRow(markerRow(33.43, 126.87, QStringLiteral("solar"), QStringLiteral("online"), QStringLiteral("S")));
    m_markers.appendRow(markerRow(33.49, 126.50, QStringLiteral("substation"), QStringLiteral("offline"), QStringLiteral("T")));
    m_map->setZoomLevel(10.5);
    m_map->setCenter(QGeoCoordinate(33.38, 126.55));
    QCOMPARE(m_map->zoomLevel(), 10.5);
}

QImage JejuMapScene::grab(const QString &name)
{
    // Let the scene graph take the latest state before grabbing.
    QTest::qWait(50);
    QImage image = m_window->grabWindow();
    const QString path = QDir::temp().filePath(QStringLiteral("%1-%2-%3.png")
                                                   .arg(QFileInfo(QCoreApplication::applicationFilePath()).baseName(),
                                                        QGuiApplication::platformName(), name));
    image.save(path);
    qInfo() << "frame saved to" << path;
    // The map's own pixels, so item coordinates index the image directly; outside it the window
    // is magenta, which a map that drew beyond its bounds would cover.
    const qreal dpr = m_window->devicePixelRatio();
    const QRect mapRect(kMapOffset * dpr, (m_size * dpr).toSize());
    m_drewOutside = m_drewOutside || !sameColor(image.pixelColor(QPoint(5, 5)), QColor(Qt::magenta))
        || !sameColor(image.pixelColor(image.width() - 5, image.height() - 5), QColor(Qt::magenta));
    return image.copy(mapRect).convertToFormat(QImage::Format_RGB32);
}

void JejuMapScene::addManyMarkers(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QList<QStandardItem *>> rows;
    for (int i = 0; i < count; ++i) {
        const double lat = 33.25 + rng.generateDouble() * 0.25;
        const double lon = 126.25 + rng.generateDouble() * 0.6;
        m_markers.appendRow(markerRow(lat, lon, i % 2 ? QStringLiteral("truck") : QStringLiteral("solar"),
                                      QStringLiteral("online"), QStringLiteral("M%1").arg(i)));
    }
}

void JejuMapScene::verifyClustersCoverEveryMarkerOnce()
{
    QList<int> seen(m_markers.rowCount(), 0);
    int total = 0;
    for (const auto &c : m_map->currentClusters()) {
        QCOMPARE(c.count(), int(c.rows.size()));
        int kinds = 0;
        for (const int n : c.countByKind)
            kinds += n;
        QCOMPARE(kinds, c.count());
        for (const int r : c.rows)
            ++seen[r];
        total += c.count();
    }
    QCOMPARE(total, m_markers.rowCount());
    QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
}

} // namespace et::test
