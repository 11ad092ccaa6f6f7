// SPDX-License-Identifier: MIT
// JejuMap's flow layer in a real window: the line's colour appears along the segment and nowhere
// else, the animation moves only pixels on the line, it runs at a capped rate, stops when turned
// off or hidden, and a map without flows schedules no frames at all. Runs on the software scene
// graph (offscreen) and, as tst_jejumapflows_xvfb, on OpenGL.
#include "flowgeometry.h"
#include "jejumap.h"
#include "mapwindowfixture.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QStandardItemModel>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::map::FlowGeometry;
using et::map::JejuMap;

namespace {

enum Roles { FromLat = Qt::UserRole + 1, FromLon, ToLat, ToLon, Mw, Name };

const QPoint kOffset(60, 40);
// West to east across the middle of the island at zoom 10.5 (about 460 px long).
const QGeoCoordinate kFrom(33.36, 126.30);
const QGeoCoordinate kTo(33.36, 126.80);
constexpr double kMw = 150.0;

bool sameColor(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + d * t - p;
    return std::hypot(q.x(), q.y());
}

} // namespace

class TestJejuMapFlows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void lineIsDrawnAlongTheSegmentOnly();
    void animationMovesOnlyTheArrows();
    void staticWhenAnimationIsOff();
    void hiddenMapStopsAnimating();
    void idleMapSchedulesNoFrames();

private:
    QImage grab(const QString &name);
    int framesIn(int ms);
    /// Furthest distance from the flow segment at which the line or its arrows may draw.
    double band() const { return FlowGeometry::arrowHalfWidth(FlowGeometry::widthForMw(kMw)) + 2.5; }

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QStandardItemModel m_flows;
    JejuMap *m_map = nullptr;
};

void TestJejuMapFlows::initTestCase()
{
    m_flows.setItemRoleNames({{FromLat, "fromLatitude"}, {FromLon, "fromLongitude"}, {ToLat, "toLatitude"},
                              {ToLon, "toLongitude"}, {Mw, "mw"}, {Name, "name"}});
    m_engine = std::make_unique<QQmlEngine>();
    const QString error = et::test::openMapWindow(*m_engine, R"(
        import QtQuick
        import QtQuick.Window
        import EnergyTruck.Map
        Window {
            width: 760; height: 560; visible: true
            color: "magenta"
            JejuMap { objectName: "map"; x: 60; y: 40; width: 640; height: 480
                      labelsVisible: false; scaleBarVisible: false; flows: flowModel }
        })",
                                                  {{QStringLiteral("flowModel"), &m_flows}}, m_window, m_map);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestJejuMapFlows::init()
{
    m_flows.clear();
    auto *item = new QStandardItem;
    item->setData(kFrom.latitude(), FromLat);
    item->setData(kFrom.longitude(), FromLon);
    item->setData(kTo.latitude(), ToLat);
    item->setData(kTo.longitude(), ToLon);
    item->setData(kMw, Mw);
    item->setData(QStringLiteral("test link"), Name);
    m_flows.appendRow(item);
    m_map->setVisible(true);
    m_map->setFlowAnimation(true);
    m_map->setZoomLevel(10.5);
    m_map->setCenter(QGeoCoordinate(33.36, 126.55));
}

QImage TestJejuMapFlows::grab(const QString &name)
{
    QTest::qWait(30);
    const QImage image = m_window->grabWindow();
    image.save(QDir::temp().filePath(QStringLiteral("tst_jejumapflows-%1-%2.png")
                                         .arg(QGuiApplication::platformName(), name)));
    const qreal dpr = m_window->devicePixelRatio();
    return image.copy(QRect(kOffset * dpr, (QSizeF(640, 480) * dpr).toSize())).convertToFormat(QImage::Format_RGB32);
}

int TestJejuMapFlows::framesIn(int ms)
{
    int frames = 0;
    const auto c = connect(m_window.get(), &QQuickWindow::afterRendering, this, [&frames] { ++frames; },
                           Qt::DirectConnection);
    QTest::qWait(ms);
    disconnect(c);
    return frames;
}

void TestJejuMapFlows::lineIsDrawnAlongTheSegmentOnly()
{
    QVERIFY(m_window->devicePixelRatio() == 1.0);
    const QImage image = grab(QStringLiteral("line"));
    const QColor line = FlowGeometry::lineColor(kMw, 0.0);
    const QColor arrow = FlowGeometry::arrowColor(line);
    const QPointF a = m_map->fromCoordinate(kFrom);
    const QPointF b = m_map->fromCoordinate(kTo);
    QVERIFY(a.x() > 50 && b.x() < 590 && b.x() - a.x() > 300);
    // Along the segment: the line's colour, or an arrow head's on top of it.
    int onLine = 0, samples = 0, lineColoured = 0;
    for (double x = a.x() + 4; x <= b.x() - 4; x += 3.0, ++samples) {
        const QColor c = image.pixelColor(QPointF(x, a.y()).toPoint());
        onLine += sameColor(c, line) || sameColor(c, arrow) ? 1 : 0;
        lineColoured += sameColor(c, line) ? 1 : 0;
    }
    QVERIFY2(onLine >= samples * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(onLine).arg(samples)));
    QVERIFY(lineColoured > samples / 2);
    // Elsewhere: neither colour anywhere in the frame beyond the line's band.
    int strays = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if ((sameColor(c, line) || sameColor(c, arrow)) && distanceToSegment(QPointF(x, y), a, b) > band())
                ++strays;
        }
    }
    QCOMPARE(strays, 0);
    // The width follows the MW: about 5 px for 150 MW, measured across the line between arrows.
    int widest = 0;
    for (double x = a.x() + 20; x <= b.x() - 20; x += 7.0) {
        int run = 0;
        for (int dy = -8; dy <= 8; ++dy)
            run += sameColor(image.pixelColor(QPointF(x, a.y() + dy).toPoint()), line) ? 1 : 0;
        widest = std::max(widest, run);
    }
    QVERIFY2(std::abs(widest - FlowGeometry::widthForMw(kMw)) <= 1.5, qPrintable(QString::number(widest)));
}

void TestJejuMapFlows::animationMovesOnlyTheArrows()
{
    QTRY_VERIFY(m_map->isFlowAnimationRunning());
    const QImage first = grab(QStringLiteral("phase-a"));
    QTest::qWait(450); // ~14 px of travel at 32 px/s
    const QImage second = grab(QStringLiteral("phase-b"));
    const QPointF a = m_map->fromCoordinate(kFrom);
    const QPointF b = m_map->fromCoordinate(kTo);
    int changed = 0, strays = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x) {
            if (first.pixel(x, y) == second.pixel(x, y))
                continue;
            ++changed;
            strays += distanceToSegment(QPointF(x, y), a, b) > band() ? 1 : 0;
        }
    }
    QVERIFY2(changed > 50, qPrintable(QString::number(changed)));
    QCOMPARE(strays, 0);
}

void TestJejuMapFlows::staticWhenAnimationIsOff()
{
    m_map->setFlowAnimation(false);
    QVERIFY(!m_map->flowAnimation());
    QVERIFY(!m_map->isFlowAnimationRunning());
    const QImage first = grab(QStringLiteral("static-a"));
    QCOMPARE(framesIn(400), 0);
    const QImage second = grab(QStringLiteral("static-b"));
    QCOMPARE(first, second);
    // The arrows are still there, just not moving.
    const QColor arrow = FlowGeometry::arrowColor(FlowGeometry::lineColor(kMw, 0.0));
    const QPointF a = m_map->fromCoordinate(kFrom);
    int arrowPixels = 0;
    for (int x = int(a.x()); x < int(m_map->fromCoordinate(kTo).x()); ++x)
        arrowPixels += sameColor(first.pixelColor(x, int(a.y())), arrow) ? 1 : 0;
    QVERIFY(arrowPixels > 10);
}

void TestJejuMapFlows::hiddenMapStopsAnimating()
{
    QTRY_VERIFY(m_map->isFlowAnimationRunning());
    // The rate is capped: ~10 frames a second on the software renderer, ~30 on OpenGL.
    const int frames = framesIn(1000);
    const bool software = m_window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    QVERIFY2(frames >= 3 && frames <= (software ? 13 : 36), qPrintable(QString::number(frames)));
    m_map->setVisible(false);
    QVERIFY(!m_map->isFlowAnimationRunning());
    QTest::qWait(100);
    QCOMPARE(framesIn(500), 0);
    m_map->setVisible(true);
    QVERIFY(m_map->isFlowAnimationRunning());
    // Nothing moves at 0 MW either.
    m_flows.item(0)->setData(0.0, Mw);
    QVERIFY(!m_map->isFlowAnimationRunning());
}

void TestJejuMapFlows::idleMapSchedulesNoFrames()
{
    m_flows.clear();
    QVERIFY(!m_map->isFlowAnimationRunning());
    QTest::qWait(200); // let the frame for the removal go through
    QCOMPARE(framesIn(1000), 0);
    // And the counter does count frames: a pan draws one.
    m_map->pan(10, 0);
    QVERIFY(framesIn(500) > 0);
}

QTEST_MAIN(TestJejuMapFlows)
#include "tst_jejumapflows.moc"
