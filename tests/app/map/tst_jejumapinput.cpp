// SPDX-License-Identifier: MIT
// JejuMap in a real window, how it answers a person: wheel, drag and fling, keys, pinch and
// touchpad, clicks and hover.
// Runs on the software scene graph (offscreen) and, as tst_jejumapinput_xvfb, on OpenGL. Each run
// saves its frames as PNGs in the temp folder.
#include "jejumapscene.h"

#include <QSignalSpy>
#include <QStyleHints>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <cmath>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::map::JejuMap;
using namespace et::test;

class TestJejuMapInput : public QObject, protected JejuMapScene
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(); }
    void cleanupTestCase() { closeWindow(); }
    void init() { reset(); }
    void wheelZoomKeepsCoordinateUnderCursor();
    void dragPans();
    void keyboardZoomsAndPans();
    void pinchZoomsAroundTheFingers();
    void touchpadPinchZooms();
    void clickOnMarkerEmitsRow();
    void hoverReportsRowAndCoordinate();
    void quickDragFlings();
    void hoveredPointFollowsTheMarker();
    void swipeFlingsButPinchDoesNot();
};

void TestJejuMapInput::wheelZoomKeepsCoordinateUnderCursor()
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

void TestJejuMapInput::dragPans()
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

void TestJejuMapInput::keyboardZoomsAndPans()
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

void TestJejuMapInput::pinchZoomsAroundTheFingers()
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

void TestJejuMapInput::touchpadPinchZooms()
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

void TestJejuMapInput::clickOnMarkerEmitsRow()
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

void TestJejuMapInput::hoverReportsRowAndCoordinate()
{
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QTest::mouseMove(m_window.get(), win(wind));
    QTRY_COMPARE(m_map->hoveredRow(), 0);
    QVERIFY(std::abs(m_map->coordinateUnderCursor().latitude() - 33.33) < 0.01);
    QTest::mouseMove(m_window.get(), win(QPoint(50, 500)));
    QTRY_COMPARE(m_map->hoveredRow(), -1);
}

void TestJejuMapInput::quickDragFlings()
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

void TestJejuMapInput::hoveredPointFollowsTheMarker()
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

void TestJejuMapInput::swipeFlingsButPinchDoesNot()
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

QTEST_MAIN(TestJejuMapInput)
#include "tst_jejumapinput.moc"
