// SPDX-License-Identifier: MIT
// JejuMap in a real window, what it draws: land, sea, markers, circles, polygons and labels
// (pixels of the grabbed frame), where it puts them (the reference projection, fitting a view) and
// how it follows its models and refuses bad input.
// Runs on the software scene graph (offscreen) and, as tst_jejumapdrawing_xvfb, on OpenGL. Each run
// saves its frames as PNGs in the temp folder.
#include "jejumapscene.h"
#include "mappalette.h"

#include <QGeoCircle>
#include <QGeoRectangle>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <cmath>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::map::MapPalette;
using namespace et::test;

class TestJejuMapDrawing : public QObject, protected JejuMapScene
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(); }
    void cleanupTestCase() { closeWindow(); }
    void init() { reset(); }
    void drawsLandSeaAndMarkers();
    void projectsLikeTheReferenceFormula();
    void followsModelChanges();
    void drawsDisasterCircles();
    void fitToCoordinatesShowsThem();
    void darkLandGetsLightLabels();
    void ignoresInvalidInput();
    void drawsConcavePolygons();
    void fitsShapesAndMarkers();
    void outputRingsGrowWithOutput();
    void themeColoursOnlyNormalMarkers();
};

void TestJejuMapDrawing::drawsLandSeaAndMarkers()
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

void TestJejuMapDrawing::projectsLikeTheReferenceFormula()
{
    const QPointF ours = m_map->fromCoordinate(QGeoCoordinate(33.36, 126.53));
    const QPointF reference = referenceScreen(33.36, 126.53, 33.38, 126.55, 10.5, m_size);
    QVERIFY2(std::abs(ours.x() - reference.x()) < 1e-6 && std::abs(ours.y() - reference.y()) < 1e-6,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(ours.x()).arg(ours.y()).arg(reference.x()).arg(reference.y())));
    const QGeoCoordinate back = m_map->toCoordinate(ours);
    QVERIFY(std::abs(back.latitude() - 33.36) < 1e-9 && std::abs(back.longitude() - 126.53) < 1e-9);
}

void TestJejuMapDrawing::followsModelChanges()
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

void TestJejuMapDrawing::drawsDisasterCircles()
{
    m_circles.appendRow(circleRow(33.30, 126.45, 8.0, 5));
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

void TestJejuMapDrawing::fitToCoordinatesShowsThem()
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

void TestJejuMapDrawing::darkLandGetsLightLabels()
{
    QCOMPARE(m_map->labelColor(), MapPalette::defaultLabelColor());
    m_map->setLandColor(QColor(0x24, 0x32, 0x40));
    QVERIFY(m_map->labelColor().lightnessF() > 0.8);
    m_map->setLabelColor(QColor(Qt::yellow)); // chosen explicitly: the land no longer decides
    m_map->setLandColor(MapPalette::defaultLandColor());
    QCOMPARE(m_map->labelColor(), QColor(Qt::yellow));
    m_map->setLabelColor(MapPalette::defaultLabelColor());
}

void TestJejuMapDrawing::ignoresInvalidInput()
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

void TestJejuMapDrawing::drawsConcavePolygons()
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

void TestJejuMapDrawing::fitsShapesAndMarkers()
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

void TestJejuMapDrawing::outputRingsGrowWithOutput()
{
    // The same three markers without and with output / capacity: full (the wind farm), none
    // (the solar site) and half (the substation). What changed between the two frames is the rings.
    const QImage plain = grab(QStringLiteral("no-output"));
    m_markers.item(0)->setData(1.0, LoadFactor);
    m_markers.item(1)->setData(0.0, LoadFactor);
    m_markers.item(2)->setData(-0.5, LoadFactor); // a load or an export: its size counts
    const QImage rings = grab(QStringLiteral("output-rings"));
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    const QPointF solar = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87));
    const QPointF sub = m_map->fromCoordinate(QGeoCoordinate(33.49, 126.50));
    // Pixels changed around a marker, and the farthest of them along eight rays from its centre.
    auto changed = [&](QPointF c, int *farthest) {
        int count = 0;
        *farthest = 0;
        for (int dy = -24; dy <= 24; ++dy) {
            for (int dx = -24; dx <= 24; ++dx) {
                const QPoint p = (c + QPointF(dx, dy)).toPoint();
                if (!sameColor(plain.pixelColor(p), rings.pixelColor(p), 8)) {
                    ++count;
                    if (dx == 0 || dy == 0 || std::abs(dx) == std::abs(dy))
                        *farthest = std::max(*farthest, int(std::lround(std::hypot(dx, dy))));
                }
            }
        }
        return count;
    };
    int windReach = 0, solarReach = 0, subReach = 0;
    const int windRing = changed(wind, &windReach), solarRing = changed(solar, &solarReach), subRing = changed(sub, &subReach);
    qInfo() << "ring pixels: full" << windRing << "reach" << windReach << "half" << subRing << "reach" << subReach << "none" << solarRing;
    // Full output: a ring out to 6 + 2 + 10 = 18 px, i.e. the annulus beyond the marker's 8 px.
    QVERIFY2(windRing > 0.8 * M_PI * (18 * 18 - 8 * 8), qPrintable(QString::number(windRing)));
    QVERIFY2(windReach >= 17 && windReach <= 19, qPrintable(QString::number(windReach)));
    // Half output: half the area, radius 8 + 10·√0.5 ≈ 15 px.
    QVERIFY2(subReach >= 14 && subReach <= 16, qPrintable(QString::number(subReach)));
    QVERIFY2(subRing < windRing * 0.8 && subRing > windRing * 0.4, qPrintable(QString::number(subRing)));
    // No output: no ring at all.
    QCOMPARE(solarRing, 0);
    // The ring is the marker's colour over the land, lighter than the marker itself.
    const QColor inRing = rings.pixelColor((wind + QPointF(13, 0)).toPoint());
    const QColor land = plain.pixelColor((wind + QPointF(13, 0)).toPoint());
    QVERIFY2(inRing.blue() - inRing.red() > land.blue() - land.red() + 20, qPrintable(inRing.name() + QStringLiteral(" over ") + land.name()));
    QVERIFY(share(rings, wind, MapPalette::markerColor(u"wind"), 1) > 0.9); // the marker itself is unchanged
    // The markers stay where they were for the mouse: a click 12 px out hits nothing.
    QCOMPARE(m_map->markerAt(wind + QPointF(14, 0)), -1);
    QCOMPARE(m_map->markerAt(wind + QPointF(5, 0)), 0);
}

QTEST_MAIN(TestJejuMapDrawing)
#include "tst_jejumapdrawing.moc"

void TestJejuMapDrawing::themeColoursOnlyNormalMarkers()
{
    // The ISA-101 dark theme gives the kinds muted colours and the ring of a marker in its normal
    // state a dark one; the offline substation's grey ring, an abnormal state, keeps its colour,
    // and a kind the theme leaves out keeps the standard one.
    const QColor mutedWind(0x6f, 0x8f, 0xae), darkRing(0x1f, 0x22, 0x26);
    m_map->setProperty("markerColors", QVariantMap{{QStringLiteral("wind"), mutedWind}});
    m_map->setProperty("markerRingColor", darkRing);
    const QImage image = grab(QStringLiteral("themed"));
    const QPointF wind = m_map->fromCoordinate(QGeoCoordinate(33.33, 126.19));
    QVERIFY2(share(image, wind, mutedWind, 1) > 0.9, qPrintable(image.pixelColor(wind.toPoint()).name()));
    const QPoint windRing(int(std::floor(wind.x() + 7.0)), int(std::floor(wind.y())));
    QVERIFY2(sameColor(image.pixelColor(windRing), darkRing, 12), qPrintable(image.pixelColor(windRing).name()));
    const QPointF solar = m_map->fromCoordinate(QGeoCoordinate(33.43, 126.87));
    QVERIFY(share(image, solar, MapPalette::markerColor(u"solar"), 1) > 0.9);
    const QPointF sub = m_map->fromCoordinate(QGeoCoordinate(33.49, 126.50));
    const QPoint subRing(int(std::floor(sub.x() + 7.0)), int(std::floor(sub.y())));
    QVERIFY2(sameColor(image.pixelColor(subRing), MapPalette::markerRingColor(u"offline", false), 12),
             qPrintable(image.pixelColor(subRing).name()));

    // Back to the standard palette: an empty map and no ring colour.
    m_map->setProperty("markerColors", QVariantMap{});
    m_map->setProperty("markerRingColor", QColor());
    const QImage standard = grab(QStringLiteral("standard"));
    QVERIFY(share(standard, wind, MapPalette::markerColor(u"wind"), 1) > 0.9);
    QVERIFY(sameColor(standard.pixelColor(windRing), MapPalette::markerRingColor(u"", false), 12));
}
