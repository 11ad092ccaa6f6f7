// SPDX-License-Identifier: MIT
// Flow lines without a window: FlowGeometry's arrow directions, spacing, phase and widths, and
// FlowLayer over a QStandardItemModel keeping bad rows in place without drawing them.
#include "flowgeometry.h"
#include "flowlayer.h"

#include "domain/geo/webmercator.h"

#include <QStandardItemModel>
#include <QtTest>

#include <cmath>

using namespace et::map;
using et::domain::geo::MapViewport;
using et::domain::geo::WebMercator;

namespace {

enum Roles { FromLat = Qt::UserRole + 11, FromLon, ToLat, ToLon, Mw = Qt::UserRole + 3, Name, Capacity };

// An 800×600 view at zoom 11 centred between Jeju city and Hallim.
MapViewport view()
{
    return MapViewport(QGeoCoordinate(33.45, 126.40), 11.0, QSizeF(800, 600));
}

MapFlow flow(const QGeoCoordinate &from, const QGeoCoordinate &to, double mw, double capacity = 0.0)
{
    MapFlow f;
    f.fromWorld = WebMercator::project(from.latitude(), from.longitude());
    f.toWorld = WebMercator::project(to.latitude(), to.longitude());
    f.mw = mw;
    f.capacityMw = capacity;
    f.valid = true;
    return f;
}

const QGeoCoordinate kWest(33.45, 126.25);
const QGeoCoordinate kEast(33.45, 126.55);

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QList<QStandardItem *> flowRow(const QVariant &fromLat, const QVariant &fromLon, const QVariant &toLat,
                               const QVariant &toLon, const QVariant &mw, const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setData(fromLat, FromLat);
    item->setData(fromLon, FromLon);
    item->setData(toLat, ToLat);
    item->setData(toLon, ToLon);
    item->setData(mw, Mw);
    item->setData(name, Name);
    return {item};
}

} // namespace

class TestFlowGeometry : public QObject
{
    Q_OBJECT
private slots:
    void arrowsPointWithTheFlow_data();
    void arrowsPointWithTheFlow();
    void noArrowsWithoutFlow();
    void widthGrowsWithMwAndIsClamped();
    void arrowsAdvanceWithThePhase_data();
    void arrowsAdvanceWithThePhase();
    void phaseWrapsWithTime();
    void longLinesAreClippedAndArrowsStayOnTheGround();
    void loadingChangesTheColour();
    void badRowsKeepTheirPlaceButDrawNothing();
};

void TestFlowGeometry::arrowsPointWithTheFlow_data()
{
    QTest::addColumn<double>("mw");
    QTest::newRow("import, from → to") << 150.0;
    QTest::newRow("export, to → from") << -60.0;
}

void TestFlowGeometry::arrowsPointWithTheFlow()
{
    QFETCH(double, mw);
    const MapViewport v = view();
    const QList<FlowStroke> strokes = FlowGeometry::build({flow(kWest, kEast, mw)}, v, 0.3);
    QCOMPARE(strokes.size(), 1);
    const FlowStroke &s = strokes.first();
    // About 27 km at zoom 11 (~110 m/px at 33.45°N): ~250 px, so a few arrows at 64 px spacing.
    QVERIFY2(s.arrows.size() >= 3, qPrintable(QString::number(s.arrows.size())));
    const QPointF target = v.toScreen(mw > 0 ? kEast : kWest);
    const QPointF source = v.toScreen(mw > 0 ? kWest : kEast);
    for (const FlowArrow &a : s.arrows) {
        const auto tri = FlowGeometry::arrowTriangle(a, s.width);
        // The tip (first corner) is nearer the end the power goes to than the arrow's centre is,
        // and the base corners are nearer the end it comes from.
        QVERIFY(distance(tri[0], target) < distance(a.center, target) - 1.0);
        QVERIFY(distance(tri[1], source) < distance(a.center, source));
        QVERIFY(distance(tri[2], source) < distance(a.center, source));
        // On the line: same screen row as both ends (the line runs east-west).
        QVERIFY(std::abs(a.center.y() - source.y()) < 0.5);
    }
}

void TestFlowGeometry::noArrowsWithoutFlow()
{
    const QList<FlowStroke> strokes = FlowGeometry::build({flow(kWest, kEast, 0.0)}, view(), 0.5);
    QCOMPARE(strokes.size(), 1);
    QVERIFY(strokes.first().arrows.isEmpty());
    QCOMPARE(strokes.first().width, FlowGeometry::kMinWidth);
    QVERIFY(!FlowGeometry::anyMoving({flow(kWest, kEast, 0.0)}));
    QVERIFY(FlowGeometry::anyMoving({flow(kWest, kEast, 0.0), flow(kWest, kEast, -1.0)}));
    MapFlow bad = flow(kWest, kEast, 80.0);
    bad.valid = false;
    QVERIFY(!FlowGeometry::anyMoving({bad}));
}

void TestFlowGeometry::widthGrowsWithMwAndIsClamped()
{
    QCOMPARE(FlowGeometry::widthForMw(0.0), 2.0);
    QCOMPARE(FlowGeometry::widthForMw(100.0), 4.0);
    QCOMPARE(FlowGeometry::widthForMw(-100.0), 4.0); // the sign is the direction, not the size
    QCOMPARE(FlowGeometry::widthForMw(400.0), 10.0);
    QCOMPARE(FlowGeometry::widthForMw(5000.0), 10.0);
    QCOMPARE(FlowGeometry::widthForMw(qQNaN()), 2.0);
    double previous = 0.0;
    for (double mw = 0.0; mw <= 600.0; mw += 25.0) {
        const double w = FlowGeometry::widthForMw(mw);
        QVERIFY(w >= previous);
        QVERIFY(w >= FlowGeometry::kMinWidth && w <= FlowGeometry::kMaxWidth);
        previous = w;
    }
    // The strokes carry it.
    const auto strokes = FlowGeometry::build({flow(kWest, kEast, 40.0), flow(kWest, kEast, -300.0)}, view(), 0.0);
    QCOMPARE(strokes.size(), 2);
    QVERIFY(strokes[1].width > strokes[0].width);
}

void TestFlowGeometry::arrowsAdvanceWithThePhase_data()
{
    QTest::addColumn<double>("mw");
    QTest::newRow("positive") << 120.0;
    QTest::newRow("negative") << -120.0;
}

void TestFlowGeometry::arrowsAdvanceWithThePhase()
{
    QFETCH(double, mw);
    const QList<MapFlow> flows{flow(kWest, kEast, mw)};
    const FlowStroke before = FlowGeometry::build(flows, view(), 0.2).first();
    const FlowStroke after = FlowGeometry::build(flows, view(), 0.45).first();
    QVERIFY(!before.arrows.isEmpty());
    // Match each arrow with the one a quarter spacing further along the flow.
    const double step = 0.25 * FlowGeometry::kArrowSpacing;
    int matched = 0;
    for (const FlowArrow &a : before.arrows) {
        const QPointF expected = a.center + a.direction * step;
        for (const FlowArrow &b : after.arrows) {
            if (distance(b.center, expected) < 1e-6)
                ++matched;
        }
    }
    // All but possibly one at the far end (which may have left the line).
    QVERIFY2(matched >= before.arrows.size() - 1, qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(before.arrows.size())));
    QVERIFY(matched >= 2);
    // A full cycle puts the arrows where they started.
    const FlowStroke cycled = FlowGeometry::build(flows, view(), 0.0).first();
    const FlowStroke almost = FlowGeometry::build(flows, view(), 0.999999).first();
    QVERIFY(!cycled.arrows.isEmpty());
    QVERIFY(distance(almost.arrows.first().center, cycled.arrows.first().center + cycled.arrows.first().direction
                     * FlowGeometry::kArrowSpacing) < 0.01
            || distance(almost.arrows.first().center, cycled.arrows.first().center) < 0.01);
}

void TestFlowGeometry::phaseWrapsWithTime()
{
    QCOMPARE(FlowGeometry::phaseAt(0), 0.0);
    const double perSecond = FlowGeometry::kArrowSpeed / FlowGeometry::kArrowSpacing;
    QCOMPARE(FlowGeometry::phaseAt(1000), perSecond - std::floor(perSecond));
    for (qint64 ms : {250, 1999, 7777, 123456789}) {
        const double p = FlowGeometry::phaseAt(ms);
        QVERIFY(p >= 0.0 && p < 1.0);
    }
    QCOMPARE(FlowGeometry::phaseAt(-5), 0.0);
}

void TestFlowGeometry::longLinesAreClippedAndArrowsStayOnTheGround()
{
    // Haenam to Jeju city: the mainland end is ~100 km north, far off the top edge at zoom 13.
    const QList<MapFlow> flows{flow(QGeoCoordinate(34.3675, 126.5928), QGeoCoordinate(33.517, 126.585), 140.0)};
    MapViewport v(QGeoCoordinate(33.50, 126.58), 13.0, QSizeF(800, 600));
    const FlowStroke s = FlowGeometry::build(flows, v, 0.1).first();
    const QRectF near = QRectF(0, 0, 800, 600).adjusted(-40, -40, 40, 40);
    QVERIFY(near.contains(s.from) || distance(s.from, near.center()) < 1000);
    QVERIFY2(s.from.y() >= -40.0 && s.from.y() < 0.0, qPrintable(QString::number(s.from.y()))); // enters from the top
    QVERIFY(distance(s.to, v.toScreen(QGeoCoordinate(33.517, 126.585))) < 1e-6);
    QVERIFY(!s.arrows.isEmpty() && s.arrows.size() < 20);
    for (const FlowArrow &a : s.arrows)
        QVERIFY(near.contains(a.center));
    // Pan by 100 px: the same arrows, moved with the ground (not re-spaced from the view's edge).
    const MapViewport panned = v.panned(0, -100);
    const FlowStroke p = FlowGeometry::build(flows, panned, 0.1).first();
    int same = 0;
    for (const FlowArrow &a : p.arrows) {
        const QPointF world = panned.screenToWorld(a.center);
        for (const FlowArrow &b : s.arrows)
            same += distance(v.worldToScreen(world), b.center) < 1e-3 ? 1 : 0;
    }
    QVERIFY(same >= 3);
    // A line wholly outside the view gives no stroke.
    const QList<MapFlow> away{flow(QGeoCoordinate(34.3, 126.0), QGeoCoordinate(34.3, 126.2), 50.0)};
    QVERIFY(FlowGeometry::build(away, v, 0.0).isEmpty());
}

void TestFlowGeometry::loadingChangesTheColour()
{
    QCOMPARE(FlowGeometry::lineColor(100.0, 0.0), FlowGeometry::lineColor(-10.0, 0.0)); // unknown rating
    QCOMPARE(FlowGeometry::lineColor(100.0, 300.0), FlowGeometry::lineColor(0.0, 300.0));
    QVERIFY(FlowGeometry::lineColor(190.0, 200.0) != FlowGeometry::lineColor(100.0, 200.0));
    QCOMPARE(FlowGeometry::lineColor(-190.0, 200.0), FlowGeometry::lineColor(190.0, 200.0));
    // Arrows stand out from their line: darker on light land, lighter on a dark (night) map.
    const QColor line = FlowGeometry::lineColor(100.0, 0.0);
    QVERIFY(FlowGeometry::arrowColor(line, false).lightnessF() < line.lightnessF() - 0.1);
    QVERIFY(FlowGeometry::arrowColor(line, true).lightnessF() > line.lightnessF() + 0.1);
    QVERIFY(FlowGeometry::isDarkMap(QColor(0x24, 0x32, 0x40)));
    QVERIFY(!FlowGeometry::isDarkMap(QColor(0xF3, 0xF1, 0xEA)));
    QVERIFY(!FlowGeometry::isDarkMap(QColor(Qt::transparent))); // tiles show the land
    const auto dark = FlowGeometry::build({flow(kWest, kEast, 100.0)}, view(), 0.0, true);
    QCOMPARE(dark.first().arrowColor, FlowGeometry::arrowColor(line, true));
}

void TestFlowGeometry::badRowsKeepTheirPlaceButDrawNothing()
{
    QStandardItemModel model;
    model.setItemRoleNames({{FromLat, "fromLatitude"}, {FromLon, "fromLongitude"}, {ToLat, "toLatitude"},
                            {ToLon, "toLongitude"}, {Mw, "mw"}, {Name, "name"}, {Capacity, "capacityMw"}});
    model.appendRow(flowRow(33.45, 126.25, 33.45, 126.55, 50.0, QStringLiteral("good")));
    model.appendRow(flowRow(qQNaN(), 126.25, 33.45, 126.55, 50.0, QStringLiteral("nan")));
    model.appendRow(flowRow(33.45, 126.25, 33.45, 200.0, 50.0, QStringLiteral("out of range")));
    model.appendRow(flowRow(33.45, 126.25, 33.45, 126.55, QStringLiteral("lots"), QStringLiteral("words")));
    model.appendRow(flowRow(33.45, 126.25, 33.45, 126.55, QVariant(), QStringLiteral("no mw")));
    model.appendRow(flowRow(33.40, 126.30, 33.50, 126.50, -30.0, QStringLiteral("good too")));
    for (int row = 1; row <= 4; ++row)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^flow row %1 ").arg(row)));
    FlowLayer layer;
    layer.setModel(&model);
    QCOMPARE(layer.flows().size(), 6);
    QCOMPARE(layer.invalidCount(), 4);
    QVERIFY(layer.flows()[0].valid && layer.flows()[5].valid);
    QCOMPARE(layer.flows()[5].mw, -30.0);
    const QList<FlowStroke> strokes = FlowGeometry::build(layer.flows(), view(), 0.0);
    QCOMPARE(strokes.size(), 2);
    QCOMPARE(strokes[0].row, 0);
    QCOMPARE(strokes[1].row, 5); // row numbers still match the model

    // A bad row is reported once, not on each update; a fixed row draws again.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^flow row 1 ")));
    model.item(1)->setData(60.0, Mw);
    QVERIFY(!layer.flows()[1].valid);
    model.item(3)->setData(75.0, Mw);
    QVERIFY(layer.flows()[3].valid);
    QCOMPARE(layer.flows()[3].mw, 75.0);
    QCOMPARE(FlowGeometry::build(layer.flows(), view(), 0.0).size(), 3);
    // Removing a row shifts the rest, like the model.
    model.removeRow(0);
    QCOMPARE(layer.flows().size(), 5);
    QCOMPARE(layer.flows()[4].mw, -30.0);
    // The optional rating is read when present.
    QVERIFY(!FlowGeometry::anyMoving({}));
    model.item(4)->setData(200.0, Capacity);
    QCOMPARE(layer.flows()[4].capacityMw, 200.0);
}

QTEST_GUILESS_MAIN(TestFlowGeometry)
#include "tst_flowgeometry.moc"
