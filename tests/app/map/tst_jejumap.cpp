// SPDX-License-Identifier: MIT
// JejuMap in a real window: what it draws (pixels of the grabbed frame), how it maps coordinates,
// and how it answers wheel, drag, keys and clicks. Runs on the software scene graph (offscreen)
// and, as tst_jejumap_xvfb, on OpenGL. Each run saves its frames as PNGs in the temp folder.
#include "jejumap.h"
#include "mapwindowfixture.h"
#include "mappalette.h"
#include "markerdrawlist.h"

#include "domain/geo/webmercator.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleHints>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <QGeoCircle>
#include <QGeoRectangle>
#include <QRandomGenerator>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::map::JejuMap;
using et::map::MapPalette;

namespace {

enum Roles { Lat = Qt::UserRole + 1, Lon, Kind, Status, Name, Selected, Radius, Severity, Path };

// The OSM wiki formula written out here, independent of the map's own projection code.
QPointF referenceScreen(double lat, double lon, double centerLat, double centerLon, double zoom, QSizeF size)
{
    auto px = [zoom](double la, double lo) {
        const double n = 256.0 * std::pow(2.0, zoom);
        const double phi = la * M_PI / 180.0;
        return QPointF((lo + 180.0) / 360.0 * n, (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0 * n);
    };
    return px(lat, lon) - px(centerLat, centerLon) + QPointF(size.width() / 2, size.height() / 2);
}

// Where the map item sits in the window (see the QML in initTestCase).
const QPoint kOffset(100, 50);

QPoint win(QPointF itemPoint)
{
    return (itemPoint + QPointF(kOffset)).toPoint();
}

using et::test::sameColor;

double share(const QImage &image, QPointF p, QColor c, int r = 2)
{
    return et::test::colorShare(image, p, c, r);
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

} // namespace

class TestJejuMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void drawsLandSeaAndMarkers();
    void projectsLikeTheReferenceFormula();
    void wheelZoomKeepsCoordinateUnderCursor();
    void dragPans();
    void keyboardZoomsAndPans();
    void pinchZoomsAroundTheFingers();
    void touchpadPinchZooms();
    void clickOnMarkerEmitsRow();
    void hoverReportsRowAndCoordinate();
    void followsModelChanges();
    void drawsDisasterCircles();
    void fitToCoordinatesShowsThem();
    void darkLandGetsLightLabels();
    void ignoresInvalidInput();
    void clustersManyMarkersAtLowZoom();
    void clickOnClusterZoomsIn();
    void selectedMarkerStaysOutOfClusters();
    void clustersFollowMovingMarkers();
    void hitTestMatchesTheDrawnMarkers();
    void drawsConcavePolygons();
    void quickDragFlings();
    void fitsShapesAndMarkers();
    void hoveredPointFollowsTheMarker();
    void swipeFlingsButPinchDoesNot();

private:
    /// `count` markers spread over the main island (fixed seed), kinds alternating solar/truck.
    void addManyMarkers(int count, quint32 seed = 7);
    /// Every drawable row is in exactly one cluster.
    void verifyClustersCoverEveryMarkerOnce();
    QImage grab(const QString &name);

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QStandardItemModel m_markers;
    QStandardItemModel m_circles;
    QStandardItemModel m_polygons;
    JejuMap *m_map = nullptr;
    const QSizeF m_size{800, 600};
    bool m_drewOutside = false;
};

void TestJejuMap::initTestCase()
{
    QHash<int, QByteArray> roles{{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"},
                                 {Name, "name"}, {Selected, "selected"}};
    m_markers.setItemRoleNames(roles);
    m_circles.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Radius, "radiusKm"}, {Severity, "severity"}});
    m_polygons.setItemRoleNames({{Path, "path"}, {Severity, "severity"}});

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
                      markers: markerModel; circles: circleModel; polygons: polygonModel }
        })",
                                                  {{QStringLiteral("markerModel"), &m_markers},
                                                   {QStringLiteral("circleModel"), &m_circles},
                                                   {QStringLiteral("polygonModel"), &m_polygons}},
                                                  m_window, m_map);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_map->regionCount(), 43);
    QVERIFY(m_map->errorString().isEmpty());
}

void TestJejuMap::cleanupTestCase()
{
    QVERIFY2(!m_drewOutside, "the map drew outside its item");
    m_window.reset();
    m_engine.reset();
}

void TestJejuMap::init()
{
    m_markers.clear();
    m_circles.clear();
    m_polygons.clear();
    m_map->setClusterThreshold(300);
    // A wind farm in Hangyeong, a solar site in Seongsan, an offline substation in Jeju city.
    m_markers.appendRow(markerRow(33.33, 126.19, QStringLiteral("wind"), QStringLiteral("online"), QStringLiteral("W")));
    m_markers.appendRow(markerRow(33.43, 126.87, QStringLiteral("solar"), QStringLiteral("online"), QStringLiteral("S")));
    m_markers.appendRow(markerRow(33.49, 126.50, QStringLiteral("substation"), QStringLiteral("offline"), QStringLiteral("T")));
    m_map->setZoomLevel(10.5);
    m_map->setCenter(QGeoCoordinate(33.38, 126.55));
    QCOMPARE(m_map->zoomLevel(), 10.5);
}

QImage TestJejuMap::grab(const QString &name)
{
    // Let the scene graph take the latest state before grabbing.
    QTest::qWait(50);
    QImage image = m_window->grabWindow();
    const QString path = QDir::temp().filePath(QStringLiteral("tst_jejumap-%1-%2.png")
                                                   .arg(QGuiApplication::platformName(), name));
    image.save(path);
    qInfo() << "frame saved to" << path;
    // The map's own pixels, so item coordinates index the image directly; outside it the window
    // is magenta, which a map that drew beyond its bounds would cover.
    const qreal dpr = m_window->devicePixelRatio();
    const QRect mapRect(kOffset * dpr, (m_size * dpr).toSize());
    m_drewOutside = m_drewOutside || !sameColor(image.pixelColor(QPoint(5, 5)), QColor(Qt::magenta))
        || !sameColor(image.pixelColor(image.width() - 5, image.height() - 5), QColor(Qt::magenta));
    return image.copy(mapRect).convertToFormat(QImage::Format_RGB32);
}

void TestJejuMap::drawsLandSeaAndMarkers()
{
    const QImage image = grab(QStringLiteral("base"));
    QCOMPARE(image.size(), (m_size * m_window->devicePixelRatio()).toSize());
    // Inland in Jocheon-eup, away from boundaries and labels. (Hallasan's summit, 33.36 N 126.53 E,
    // is where most dong boundaries meet, so its pixels are boundary lines.)
    const QPointF inland = m_map->fromCoordinate(QGeoCoordinate(33.44, 126.70));
    QVERIFY2(share(image, inland, MapPalette::defaultLandColor()) > 0.7, qPrintable(image.pixelColor(inland.toPoint()).name()));
    // Sea: the top-left corner and a point north-west of the island.
    QVERIFY2(sameColor(image.pixelColor(3, 3), MapPalette::defaultSeaColor()), qPrintable(image.pixelColor(3, 3).name()));
    const QPointF sea = m_map->fromCoordinate(QGeoCoordinate(33.60, 126.20));
    QVERIFY(share(image, sea, MapPalette::defaultSeaColor()) > 0.9);
    // Each marker's fill colour at its projected spot.
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QVERIFY2(share(image, wind, MapPalette::markerColor(u"wind"), 1) > 0.9, qPrintable(image.pixelColor(wind.toPoint()).name()));
    const QPointF solar = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87));
    QVERIFY(share(image, solar, MapPalette::markerColor(u"solar"), 1) > 0.9);
    // The offline substation has a grey ring around it, between radius 6 and 8: the pixel whose
    // centre lies 6.5..7.5 px right of the marker's centre.
    const QPointF sub = m_map->fromCoordinate(QGeoCoordinate(33.49, 126.50));
    QVERIFY(share(image, sub, MapPalette::markerColor(u"substation"), 1) > 0.9);
    const QPoint ring(int(std::floor(sub.x() + 7.0)), int(std::floor(sub.y())));
    QVERIFY2(sameColor(image.pixelColor(ring), MapPalette::markerRingColor(u"offline", false), 12),
             qPrintable(image.pixelColor(ring).name()));
    // Land covers a plausible share of the frame (Jeju fills much of an 800×600 view at zoom 10.5).
    int land = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            land += sameColor(image.pixelColor(x, y), MapPalette::defaultLandColor()) ? 1 : 0;
    const double landShare = double(land) / ((image.width() / 4) * (image.height() / 4));
    QVERIFY2(landShare > 0.25 && landShare < 0.8, qPrintable(QString::number(landShare)));
    QVERIFY(m_map->scaleBarPixels() > 0 && m_map->scaleBarPixels() <= 120);
    // At zoom 10.5 and 33.38 N, 120 px are cos(33.38°)·2π·6378137/(256·2^10.5)·120 ≈ 10.8 km:
    // the longest round length that fits is 10 km.
    QCOMPARE(m_map->scaleBarMeters(), 10000.0);
    QCOMPARE(m_map->scaleBarText(), QStringLiteral("10 km"));
    // A legend can ask for the exact colours.
    QCOMPARE(m_map->markerColor(QStringLiteral("wind")), MapPalette::markerColor(u"wind"));
}

void TestJejuMap::projectsLikeTheReferenceFormula()
{
    const QPointF ours = m_map->fromCoordinate(QGeoCoordinate(33.36, 126.53));
    const QPointF reference = referenceScreen(33.36, 126.53, 33.38, 126.55, 10.5, m_size);
    QVERIFY2(std::abs(ours.x() - reference.x()) < 1e-6 && std::abs(ours.y() - reference.y()) < 1e-6,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(ours.x()).arg(ours.y()).arg(reference.x()).arg(reference.y())));
    const QGeoCoordinate back = m_map->toCoordinate(ours);
    QVERIFY(std::abs(back.latitude() - 33.36) < 1e-9 && std::abs(back.longitude() - 126.53) < 1e-9);
}

void TestJejuMap::wheelZoomKeepsCoordinateUnderCursor()
{
    const QPointF cursor(612, 171);
    const QGeoCoordinate under = m_map->toCoordinate(cursor);
    QWheelEvent wheel(win(cursor), m_window->mapToGlobal(win(cursor)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_window.get(), &wheel);
    QCOMPARE(m_map->zoomLevel(), 11.0);
    const QPointF after = m_map->fromCoordinate(under);
    QVERIFY2((after - cursor).manhattanLength() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    QWheelEvent out(win(cursor), m_window->mapToGlobal(win(cursor)), QPoint(), QPoint(0, -240), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_window.get(), &out);
    QCOMPARE(m_map->zoomLevel(), 10.0);
    QVERIFY((m_map->fromCoordinate(under) - cursor).manhattanLength() < 1e-6);
}

void TestJejuMap::dragPans()
{
    const QPoint start(400, 300);
    const QGeoCoordinate grabbed = m_map->toCoordinate(start);
    QTest::mousePress(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(start));
    QTest::mouseMove(m_window.get(), win(start + QPoint(30, 10)));
    QTest::mouseMove(m_window.get(), win(start + QPoint(100, 50)));
    QTest::mouseRelease(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(start + QPoint(100, 50)));
    // The grabbed point followed the pointer.
    const QPointF now = m_map->fromCoordinate(grabbed);
    QVERIFY2((now - QPointF(500, 350)).manhattanLength() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(now.x()).arg(now.y())));
    QCOMPARE(m_map->zoomLevel(), 10.5);
}

void TestJejuMap::keyboardZoomsAndPans()
{
    m_map->forceActiveFocus();
    QTRY_VERIFY(m_map->hasActiveFocus());
    QTest::keyClick(m_window.get(), Qt::Key_Plus);
    QCOMPARE(m_map->zoomLevel(), 11.5);
    QTest::keyClick(m_window.get(), Qt::Key_Minus);
    QCOMPARE(m_map->zoomLevel(), 10.5);
    const QGeoCoordinate rightOfCenter = m_map->toCoordinate(QPointF(480, 300));
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QVERIFY(std::abs(m_map->center().longitude() - rightOfCenter.longitude()) < 1e-9);
    // Zoom stops at the limits.
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Plus);
    QCOMPARE(m_map->zoomLevel(), m_map->maximumZoomLevel());
}

void TestJejuMap::pinchZoomsAroundTheFingers()
{
    static QPointingDevice *touchscreen = QTest::createTouchDevice();
    const QPoint a(300, 300), b(400, 300); // midpoint (350, 300), 100 px apart
    const QGeoCoordinate underMid = m_map->toCoordinate(QPointF(350, 300));
    QTest::touchEvent(m_window.get(), touchscreen).press(0, win(a)).press(1, win(b));
    QTest::touchEvent(m_window.get(), touchscreen).move(0, win(QPoint(275, 300))).move(1, win(QPoint(425, 300)));
    QTest::touchEvent(m_window.get(), touchscreen).move(0, win(QPoint(250, 300))).move(1, win(QPoint(450, 300)));
    QTest::touchEvent(m_window.get(), touchscreen).release(0, win(QPoint(250, 300))).release(1, win(QPoint(450, 300)));
    // Fingers twice as far apart: one zoom level in, the point between them stayed put.
    QVERIFY2(std::abs(m_map->zoomLevel() - 11.5) < 1e-9, qPrintable(QString::number(m_map->zoomLevel())));
    QVERIFY((m_map->fromCoordinate(underMid) - QPointF(350, 300)).manhattanLength() < 1e-6);

    // One finger drags the map.
    const QGeoCoordinate grabbed = m_map->toCoordinate(QPointF(200, 200));
    QTest::touchEvent(m_window.get(), touchscreen).press(0, win(QPoint(200, 200)));
    QTest::touchEvent(m_window.get(), touchscreen).move(0, win(QPoint(230, 220)));
    QTest::touchEvent(m_window.get(), touchscreen).move(0, win(QPoint(260, 240)));
    QTest::touchEvent(m_window.get(), touchscreen).release(0, win(QPoint(260, 240)));
    // The point under the finger stayed under it.
    const QPointF now = m_map->fromCoordinate(grabbed);
    QVERIFY2((now - QPointF(260, 240)).manhattanLength() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(now.x()).arg(now.y())));

    // A tap on a marker selects it.
    QSignalSpy clicked(m_map, &JejuMap::markerClicked);
    m_map->setCenter(QGeoCoordinate(33.43, 126.87));
    const QPoint tap = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87)).toPoint();
    QTest::touchEvent(m_window.get(), touchscreen).press(0, win(tap));
    QTest::touchEvent(m_window.get(), touchscreen).release(0, win(tap));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 1);
}

void TestJejuMap::touchpadPinchZooms()
{
    const QPointF at(500, 200);
    const QGeoCoordinate under = m_map->toCoordinate(at);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, win(at), win(at),
                              m_window->mapToGlobal(win(at)), 1.0, QPointF(), 0);
    QCoreApplication::sendEvent(m_window.get(), &pinch);
    // value 1.0 = twice the size = one level.
    QVERIFY2(std::abs(m_map->zoomLevel() - 11.5) < 1e-9, qPrintable(QString::number(m_map->zoomLevel())));
    QVERIFY((m_map->fromCoordinate(under) - at).manhattanLength() < 1e-6);
}

void TestJejuMap::clickOnMarkerEmitsRow()
{
    QSignalSpy clicked(m_map, &JejuMap::markerClicked);
    QSignalSpy mapClicked(m_map, &JejuMap::mapClicked);
    const QPointF solar = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87));
    QTest::mouseClick(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(solar + QPointF(3, -2)));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 1);
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
    // Away from markers: a map click, no marker.
    QTest::mouseClick(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(QPoint(60, 60)));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(mapClicked.count(), 1);
    QCOMPARE(m_map->markerAt(QPointF(60, 60)), -1);
}

void TestJejuMap::hoverReportsRowAndCoordinate()
{
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QTest::mouseMove(m_window.get(), win(wind));
    QTRY_COMPARE(m_map->hoveredRow(), 0);
    QVERIFY(std::abs(m_map->coordinateUnderCursor().latitude() - 33.33) < 0.01);
    QTest::mouseMove(m_window.get(), win(QPoint(50, 500)));
    QTRY_COMPARE(m_map->hoveredRow(), -1);
}

void TestJejuMap::followsModelChanges()
{
    // Move the wind farm into Jeju city: the map follows dataChanged without a reset.
    m_markers.item(0)->setData(33.47, Lat);
    m_markers.item(0)->setData(126.40, Lon);
    m_markers.appendRow(markerRow(33.25, 126.56, QStringLiteral("truck"), QStringLiteral("driving"), QStringLiteral("E1")));
    m_markers.removeRow(1); // the solar site
    QImage image = grab(QStringLiteral("moved"));
    const QPointF moved = m_map->fromCoordinate(QGeoCoordinate(33.47, 126.40));
    QVERIFY2(share(image, moved, MapPalette::markerColor(u"wind"), 1) > 0.9, qPrintable(image.pixelColor(moved.toPoint()).name()));
    const QPointF old = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QVERIFY(share(image, old, MapPalette::markerColor(u"wind"), 1) < 0.1);
    const QPointF truck = m_map->fromCoordinate(QGeoCoordinate(33.25, 126.56));
    QVERIFY(share(image, truck, MapPalette::markerColor(u"truck"), 1) > 0.9);
    const QPointF solar = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87));
    QVERIFY(share(image, solar, MapPalette::markerColor(u"solar"), 1) < 0.1);
    // Row numbers follow the model: the truck is now row 2.
    QCOMPARE(m_map->markerAt(truck), 2);
}

void TestJejuMap::drawsDisasterCircles()
{
    auto *c = new QStandardItem;
    c->setData(33.30, Lat);
    c->setData(126.45, Lon);
    c->setData(8.0, Radius);
    c->setData(5, Severity);
    m_circles.appendRow(c);
    const QImage image = grab(QStringLiteral("circle"));
    // Inside: land tinted towards the severity colour; 12 km away: plain land or sea.
    const QPointF inside = m_map->fromCoordinate(QGeoCoordinate(33.30, 126.45));
    const QColor tinted = image.pixelColor(inside.toPoint());
    QVERIFY2(!sameColor(tinted, MapPalette::defaultLandColor(), 10), qPrintable(tinted.name()));
    QVERIFY(tinted.red() > tinted.green() && tinted.red() > tinted.blue());
    // The radius is on the ground: 8 km ≈ 8000 / ground resolution pixels.
    const QGeoCoordinate edgeIn = QGeoCoordinate(33.30, 126.45).atDistanceAndAzimuth(7000, 90);
    const QGeoCoordinate edgeOut = QGeoCoordinate(33.30, 126.45).atDistanceAndAzimuth(9500, 90);
    QVERIFY(!sameColor(image.pixelColor(m_map->fromCoordinate(edgeIn).toPoint()), MapPalette::defaultLandColor(), 10));
    QVERIFY(sameColor(image.pixelColor(m_map->fromCoordinate(edgeOut).toPoint()), MapPalette::defaultLandColor()));
}

void TestJejuMap::fitToCoordinatesShowsThem()
{
    m_map->fitToCoordinates({QVariant::fromValue(QGeoCoordinate(33.24, 126.41)),
                             QVariantMap{{QStringLiteral("latitude"), 33.52}, {QStringLiteral("longitude"), 126.95}}});
    for (const QGeoCoordinate &c : {QGeoCoordinate(33.24, 126.41), QGeoCoordinate(33.52, 126.95)}) {
        const QPointF p = m_map->fromCoordinate(c);
        QVERIFY(p.x() >= 0 && p.x() <= m_size.width() && p.y() >= 0 && p.y() <= m_size.height());
    }
    m_map->fitJeju();
    // The main island's extreme points and Udo are in view: Hallim's west cape, Marado (south),
    // Udo (east) and Jeju city's coast (north).
    for (const QGeoCoordinate &c : {QGeoCoordinate(33.30, 126.16), QGeoCoordinate(33.12, 126.27),
                                    QGeoCoordinate(33.50, 126.95), QGeoCoordinate(33.52, 126.53)}) {
        const QPointF p = m_map->fromCoordinate(c);
        QVERIFY(p.x() >= 0 && p.x() <= m_size.width() && p.y() >= 0 && p.y() <= m_size.height());
    }
    grab(QStringLiteral("fitjeju"));
    // Zoomed in, the scale bar gets a new text (a new texture added to the scene graph): it must
    // still be drawn in the map's bottom-left corner.
    const QString before = m_map->scaleBarText();
    m_map->setZoomLevel(13.3);
    QVERIFY(m_map->scaleBarText() != before);
    const QImage image = grab(QStringLiteral("scalebar"));
    const QColor box = image.pixelColor(16, int(m_size.height()) - 16);
    QVERIFY2(box.red() > 235 && box.green() > 235 && box.blue() > 235, qPrintable(box.name()));
}

void TestJejuMap::darkLandGetsLightLabels()
{
    QCOMPARE(m_map->labelColor(), MapPalette::defaultLabelColor());
    m_map->setLandColor(QColor(0x24, 0x32, 0x40));
    QVERIFY(m_map->labelColor().lightnessF() > 0.8);
    m_map->setLabelColor(QColor(Qt::yellow)); // chosen explicitly: the land no longer decides
    m_map->setLandColor(MapPalette::defaultLandColor());
    QCOMPARE(m_map->labelColor(), QColor(Qt::yellow));
    m_map->setLabelColor(MapPalette::defaultLabelColor());
}

void TestJejuMap::ignoresInvalidInput()
{
    const QGeoCoordinate before = m_map->center();
    const double zoom = m_map->zoomLevel();
    m_map->setCenter(QGeoCoordinate(qQNaN(), 126.0));
    m_map->setZoomLevel(qQNaN());
    m_map->fitToCoordinates({QVariantMap{{QStringLiteral("latitude"), 123.0}, {QStringLiteral("longitude"), 0.0}},
                             QStringLiteral("nonsense")});
    QCOMPARE(m_map->center(), before);
    QCOMPARE(m_map->zoomLevel(), zoom);
    QVERIFY(std::isnan(m_map->fromCoordinate(QGeoCoordinate()).x()));
    // Zoom and centre are limited to the Jeju region.
    m_map->setZoomLevel(3.0);
    QCOMPARE(m_map->zoomLevel(), m_map->minimumZoomLevel());
    m_map->setCenter(QGeoCoordinate(37.56, 126.97)); // Seoul
    QVERIFY(m_map->center().latitude() <= 34.25 + 1e-9);
    // A marker row with a NaN latitude is neither drawn nor hit, and the others still are.
    m_markers.item(2)->setData(qQNaN(), Lat);
    m_map->setZoomLevel(10.5);
    m_map->setCenter(QGeoCoordinate(33.38, 126.55));
    QCOMPARE(m_map->markerAt(m_map->fromCoordinate(QGeoCoordinate(33.49, 126.50))), -1);
    QCOMPARE(m_map->markerAt(m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19))), 0);
}


void TestJejuMap::addManyMarkers(int count, quint32 seed)
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

void TestJejuMap::verifyClustersCoverEveryMarkerOnce()
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

void TestJejuMap::clustersManyMarkersAtLowZoom()
{
    QVERIFY(!m_map->isClustered()); // three markers never cluster
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    verifyClustersCoverEveryMarkerOnce();
    const int badges = m_map->clusterCount();
    QVERIFY2(badges > 5 && badges < 300, qPrintable(QString::number(badges)));
    // Each badge is drawn at its cluster's centre in the colour of its members' kind (slate when
    // mixed), and clusterAt() finds it there with its count.
    const QImage image = grab(QStringLiteral("clusters"));
    int checked = 0;
    const auto &clusters = m_map->currentClusters();
    for (const auto &c : clusters) {
        const QPointF p = m_map->fromCoordinate(et::domain::geo::WebMercator::unproject(c.world));
        if (c.count() < 2 || !QRectF(20, 20, 760, 560).contains(p))
            continue;
        const QVariantMap info = m_map->clusterAt(p);
        if (info.value(QStringLiteral("count")).toInt() != c.count())
            continue; // another badge drawn over this one
        const QColor fill = c.commonKind().isEmpty() ? QColor(0x45, 0x5A, 0x64) : MapPalette::markerColor(c.commonKind());
        // The digits sit in the middle: sample the disc left of them.
        const QPointF side = p - QPointF(et::map::ClusterBadge::radiusFor(c.count()) - 3.0, 0);
        QVERIFY2(sameColor(image.pixelColor(side.toPoint()), fill, 12),
                 qPrintable(QStringLiteral("%1 at %2,%3").arg(image.pixelColor(side.toPoint()).name()).arg(p.x()).arg(p.y())));
        ++checked;
    }
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    // Past the last clustered zoom level every marker is drawn again.
    m_map->setZoomLevel(m_map->clusterMaximumZoomLevel() + 0.2);
    QTRY_VERIFY(!m_map->isClustered());
    QCOMPARE(m_map->clusterCount(), 0);
    // Clustering off: never clustered, whatever the zoom.
    m_map->setZoomLevel(10.5);
    QTRY_VERIFY(m_map->isClustered());
    m_map->setClusteringEnabled(false);
    QTRY_VERIFY(!m_map->isClustered());
    m_map->setClusteringEnabled(true);
    QTRY_VERIFY(m_map->isClustered());
}

void TestJejuMap::clickOnClusterZoomsIn()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // The biggest cluster on screen.
    const auto clusters = m_map->currentClusters();
    int best = -1;
    QPointF where;
    for (int i = 0; i < clusters.size(); ++i) {
        const QPointF p = m_map->fromCoordinate(et::domain::geo::WebMercator::unproject(clusters[i].world));
        if (QRectF(40, 40, 720, 520).contains(p) && (best < 0 || clusters[i].count() > clusters[best].count())) {
            best = i;
            where = p;
        }
    }
    QVERIFY(best >= 0 && clusters[best].count() > 2);
    const QList<int> members = clusters[best].rows;
    QSignalSpy markerClicks(m_map, &JejuMap::markerClicked);
    QSignalSpy mapClicks(m_map, &JejuMap::mapClicked);
    const double before = m_map->zoomLevel();
    QTest::mouseClick(m_window.get(), Qt::LeftButton, Qt::NoModifier, win(where));
    QVERIFY2(m_map->zoomLevel() >= before + 1.0, qPrintable(QString::number(m_map->zoomLevel())));
    QCOMPARE(markerClicks.count(), 0);
    QCOMPARE(mapClicks.count(), 0);
    // Every member is on screen now, and (zooming in only splits clusters) they are spread over
    // more than one cluster or drawn one by one.
    for (const int r : members) {
        const QPointF p = m_map->fromCoordinate(QGeoCoordinate(m_markers.item(r)->data(Lat).toDouble(),
                                                               m_markers.item(r)->data(Lon).toDouble()));
        QVERIFY2(QRectF(0, 0, 800, 600).contains(p), qPrintable(QString::number(r)));
    }
    QTRY_VERIFY(!m_map->isClustered() || m_map->clusterZoom() == int(std::floor(m_map->zoomLevel())));
    if (m_map->isClustered()) {
        QSet<int> holders;
        for (int i = 0; i < m_map->currentClusters().size(); ++i) {
            for (const int r : members) {
                if (m_map->currentClusters()[i].rows.contains(r))
                    holders.insert(i);
            }
        }
        QVERIFY2(holders.size() >= 2, qPrintable(QString::number(holders.size())));
    }
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
}

void TestJejuMap::selectedMarkerStaysOutOfClusters()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // Select a marker that sits inside a cluster of several.
    int row = -1;
    for (const auto &c : m_map->currentClusters()) {
        if (c.count() >= 3) {
            row = c.rows.at(1);
            break;
        }
    }
    QVERIFY(row >= 0);
    m_markers.item(row)->setData(true, Selected);
    const QPointF p = m_map->fromCoordinate(QGeoCoordinate(m_markers.item(row)->data(Lat).toDouble(),
                                                           m_markers.item(row)->data(Lon).toDouble()));
    QTRY_VERIFY(m_map->isClustered());
    QCOMPARE(m_map->markerAt(p), row);
    const QImage image = grab(QStringLiteral("selected-in-cluster"));
    const QString kind = m_markers.item(row)->data(Kind).toString();
    QVERIFY2(share(image, p, MapPalette::markerColor(kind), 1) > 0.9, qPrintable(image.pixelColor(p.toPoint()).name()));
}

void TestJejuMap::clustersFollowMovingMarkers()
{
    addManyMarkers(600);
    QTRY_VERIFY(m_map->isClustered());
    // Drive 300 of them to one spot near Seongsan: one cluster must hold them all.
    for (int r = 3; r < 303; ++r) {
        m_markers.item(r)->setData(33.46, Lat);
        m_markers.item(r)->setData(126.90, Lon);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_map->currentClusters().cbegin(), m_map->currentClusters().cend(),
                                         [](const auto &c) { return c.count() >= 300; }),
                             5000);
    verifyClustersCoverEveryMarkerOnce();
    // Rows removed: clusters are made again for the new rows, never pointing past the model.
    m_markers.removeRows(0, 400);
    QTRY_VERIFY(!m_map->isClustered()); // 203 left: under the threshold
    m_map->setClusterThreshold(100);
    QTRY_VERIFY(m_map->isClustered());
    verifyClustersCoverEveryMarkerOnce();
}

void TestJejuMap::hitTestMatchesTheDrawnMarkers()
{
    // Unclustered (zoom 14): markerAt goes through the spatial index; the reference is a pass over
    // the draw list (the markers as drawn, topmost first).
    addManyMarkers(3000, 11);
    m_map->setZoomLevel(14.0);
    m_map->setCenter(QGeoCoordinate(33.38, 126.55));
    QTRY_VERIFY(!m_map->isClustered());
    et::domain::geo::MapViewport view(m_map->center(), m_map->zoomLevel(), m_size);
    QList<et::map::MapMarker> markers;
    for (int r = 0; r < m_markers.rowCount(); ++r) {
        et::map::MapMarker m;
        m.world = et::domain::geo::WebMercator::project(m_markers.item(r)->data(Lat).toDouble(),
                                                        m_markers.item(r)->data(Lon).toDouble());
        m.kind = m_markers.item(r)->data(Kind).toString();
        m.valid = true;
        markers << m;
    }
    const auto dots = et::map::MarkerDrawList::build(markers, view, -1);
    QVERIFY(dots.size() > 20);
    QRandomGenerator rng(5);
    int hits = 0;
    for (int i = 0; i < 4000; ++i) {
        // Half the probes near a marker, half anywhere.
        QPointF p(rng.bounded(800.0), rng.bounded(600.0));
        if (i % 2)
            p = dots[rng.bounded(int(dots.size()))].center + QPointF(rng.bounded(24.0) - 12.0, rng.bounded(24.0) - 12.0);
        const int expected = et::map::MarkerDrawList::hit(dots, p);
        const int got = m_map->markerAt(p);
        if (expected < 0) {
            QVERIFY2(got < 0, qPrintable(QStringLiteral("%1,%2 → %3").arg(p.x()).arg(p.y()).arg(got)));
            continue;
        }
        ++hits;
        // Overlapping markers may be answered by another one, but only one drawn under the point.
        QVERIFY2(got >= 0, qPrintable(QStringLiteral("%1,%2 missed %3").arg(p.x()).arg(p.y()).arg(expected)));
        const QPointF c = view.worldToScreen(markers[got].world);
        QVERIFY(std::hypot(c.x() - p.x(), c.y() - p.y()) <= 6.0 + 2.0 + 4.0 + 1e-6);
    }
    QVERIFY2(hits > 1000, qPrintable(QString::number(hits)));
}

void TestJejuMap::drawsConcavePolygons()
{
    // An L-shaped flood footprint over Jocheon: the notch of the L is not inside.
    auto coordinate = [](double lat, double lon) { return QVariant::fromValue(QGeoCoordinate(lat, lon)); };
    auto *l = new QStandardItem;
    l->setData(QVariantList{coordinate(33.40, 126.60), coordinate(33.40, 126.76), coordinate(33.44, 126.76),
                            coordinate(33.44, 126.64), coordinate(33.52, 126.64), coordinate(33.52, 126.60)},
               Path);
    l->setData(4, Severity);
    m_polygons.appendRow(l);
    // Garbage rows keep their place and draw nothing: a NaN point, too few points, a non-list.
    auto *bad = new QStandardItem;
    bad->setData(QVariantList{coordinate(33.3, 126.3), QVariantMap{{QStringLiteral("latitude"), qQNaN()},
                                                                     {QStringLiteral("longitude"), 126.4}},
                              coordinate(33.2, 126.4)},
                 Path);
    m_polygons.appendRow(bad);
    auto *two = new QStandardItem;
    two->setData(QVariantList{coordinate(33.3, 126.3), coordinate(33.2, 126.4)}, Path);
    m_polygons.appendRow(two);
    auto *text = new QStandardItem;
    text->setData(QStringLiteral("not a path"), Path);
    m_polygons.appendRow(text);
    const QImage image = grab(QStringLiteral("polygon"));
    const QPointF inArm = m_map->fromCoordinate(QGeoCoordinate(33.42, 126.72));
    const QPointF inStem = m_map->fromCoordinate(QGeoCoordinate(33.49, 126.62));
    const QPointF inNotch = m_map->fromCoordinate(QGeoCoordinate(33.48, 126.71));
    for (const QPointF &p : {inArm, inStem}) {
        const QColor c = image.pixelColor(p.toPoint());
        QVERIFY2(!sameColor(c, MapPalette::defaultLandColor(), 10) && c.red() > c.blue(), qPrintable(c.name()));
    }
    QVERIFY2(share(image, inNotch, MapPalette::defaultLandColor()) > 0.7, qPrintable(image.pixelColor(inNotch.toPoint()).name()));
    // Where the bad rows would be: untouched.
    const QPointF badSpot = m_map->fromCoordinate(QGeoCoordinate(33.27, 126.36));
    QVERIFY(share(image, badSpot, MapPalette::defaultLandColor()) > 0.7 || share(image, badSpot, MapPalette::defaultSeaColor()) > 0.7);
}

void TestJejuMap::quickDragFlings()
{
    // A quick drag to the left, released while moving: the map keeps gliding east for a moment,
    // then stops by itself.
    const QPoint start = win(QPointF(500, 300));
    QTest::mousePress(m_window.get(), Qt::LeftButton, Qt::NoModifier, start);
    QPoint p = start;
    for (int i = 0; i < 8; ++i) {
        p -= QPoint(25, 0);
        QTest::mouseMove(m_window.get(), p);
        QTest::qWait(10);
    }
    const double atRelease = m_map->center().longitude();
    QTest::mouseRelease(m_window.get(), Qt::LeftButton, Qt::NoModifier, p);
    QVERIFY(m_map->isFlinging());
    QTest::qWait(120);
    QVERIFY2(m_map->center().longitude() > atRelease, qPrintable(QString::number(m_map->center().longitude() - atRelease)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->isFlinging(), 5000);
    const double glidEnd = m_map->center().longitude();
    QTest::qWait(100);
    QCOMPARE(m_map->center().longitude(), glidEnd);
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);

    // The same drag, but the pointer rests before the release: no glide.
    QTest::mousePress(m_window.get(), Qt::LeftButton, Qt::NoModifier, start);
    p = start;
    for (int i = 0; i < 8; ++i) {
        p -= QPoint(25, 0);
        QTest::mouseMove(m_window.get(), p);
        QTest::qWait(10);
    }
    QTest::qWait(200);
    QTest::mouseRelease(m_window.get(), Qt::LeftButton, Qt::NoModifier, p);
    QVERIFY(!m_map->isFlinging());
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
}

void TestJejuMap::fitsShapesAndMarkers()
{
    const QRectF view(0, 0, 800, 600);
    // A 5 km circle around Seogwipo: its north and south ends on screen, and it fills the view.
    const QGeoCoordinate seogwipo(33.2541, 126.5600);
    m_map->fitViewportToGeoShape(QGeoCircle(seogwipo, 5000), 20);
    const QPointF north = m_map->fromCoordinate(seogwipo.atDistanceAndAzimuth(5000, 0));
    const QPointF south = m_map->fromCoordinate(seogwipo.atDistanceAndAzimuth(5000, 180));
    QVERIFY(view.contains(north) && view.contains(south));
    QVERIFY2(south.y() - north.y() > 600 * 0.8, qPrintable(QString::number(south.y() - north.y())));
    // An invalid shape changes nothing.
    const double zoom = m_map->zoomLevel();
    m_map->fitViewportToGeoShape(QGeoRectangle());
    QCOMPARE(m_map->zoomLevel(), zoom);
    // Markers 0 and 1 (Hangyeong and Seongsan) both on screen; rows that do not exist are skipped.
    m_map->fitViewportToMarkers({0, 1, 99, -4});
    for (const auto &c : {QGeoCoordinate(33.33, 126.19), QGeoCoordinate(33.43, 126.87)})
        QVERIFY(view.contains(m_map->fromCoordinate(c)));
    m_map->setZoomLevel(14);
    m_map->fitViewportToMarkers({99});
    QCOMPARE(m_map->zoomLevel(), 14.0);
    m_map->fitViewportToMarkers();
    for (int r = 0; r < m_markers.rowCount(); ++r) {
        const QGeoCoordinate c(m_markers.item(r)->data(Lat).toDouble(), m_markers.item(r)->data(Lon).toDouble());
        QVERIFY(view.contains(m_map->fromCoordinate(c)));
    }
}

void TestJejuMap::hoveredPointFollowsTheMarker()
{
    QVERIFY(std::isnan(m_map->hoveredPoint().x()));
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QTest::mouseMove(m_window.get(), win(wind));
    QTRY_COMPARE(m_map->hoveredRow(), 0);
    QVERIFY((m_map->hoveredPoint() - wind).manhattanLength() < 1e-6);
    // A pan (keys: the pointer stays where it is) moves the point with the map.
    QSignalSpy moved(m_map, &JejuMap::hoveredPointChanged);
    m_map->pan(30, -20);
    QVERIFY(moved.count() >= 1);
    QVERIFY((m_map->hoveredPoint() - (wind - QPointF(30, -20))).manhattanLength() < 1e-6);
    // The marker drives on: the point follows the model.
    m_markers.item(0)->setData(33.35, Lat);
    const QPointF driven = m_map->fromCoordinate(QGeoCoordinate(33.35, 126.19));
    QVERIFY((m_map->hoveredPoint() - driven).manhattanLength() < 1e-6);
    // Pointer gone: nothing hovered.
    QTest::mouseMove(m_window.get(), win(QPoint(790, 20)));
    QTRY_VERIFY(std::isnan(m_map->hoveredPoint().x()));
}

void TestJejuMap::swipeFlingsButPinchDoesNot()
{
    static QPointingDevice *touchscreen = QTest::createTouchDevice();
    // A quick one-finger swipe up: the map glides on (south comes into view).
    QPoint p = win(QPointF(400, 450));
    QTest::touchEvent(m_window.get(), touchscreen).press(0, p);
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(10);
        p -= QPoint(0, 30);
        QTest::touchEvent(m_window.get(), touchscreen).move(0, p);
    }
    const double atRelease = m_map->center().latitude();
    QTest::touchEvent(m_window.get(), touchscreen).release(0, p);
    QVERIFY(m_map->isFlinging());
    QTest::qWait(100);
    QVERIFY2(m_map->center().latitude() < atRelease, qPrintable(QString::number(m_map->center().latitude() - atRelease)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->isFlinging(), 5000);
    // A quick pinch released with both fingers: no glide.
    QTest::touchEvent(m_window.get(), touchscreen).press(0, win(QPoint(350, 300))).press(1, win(QPoint(450, 300)));
    QTest::qWait(10);
    QTest::touchEvent(m_window.get(), touchscreen).move(0, win(QPoint(300, 300))).move(1, win(QPoint(500, 300)));
    QTest::qWait(10);
    QTest::touchEvent(m_window.get(), touchscreen).release(0, win(QPoint(300, 300))).release(1, win(QPoint(500, 300)));
    QVERIFY(!m_map->isFlinging());
}

QTEST_MAIN(TestJejuMap)
#include "tst_jejumap.moc"
