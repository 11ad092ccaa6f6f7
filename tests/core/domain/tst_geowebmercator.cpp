// SPDX-License-Identifier: MIT
// Web Mercator, scale bar and ground circles checked against values computed by hand (python3 with
// the OSM wiki "Slippy map tilenames" formula), never by calling the code under test.
#include "domain/geo/geocircle.h"
#include "domain/geo/scalebar.h"
#include "domain/geo/webmercator.h"

#include <QtTest>

using namespace et::domain::geo;

class TestGeoWebMercator : public QObject
{
    Q_OBJECT
private slots:
    void tileOfJejuCityHall_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // Jeju City Hall 33.4996 N 126.5312 E; x = floor((lon+180)/360·2^z),
        // y = floor((1 − ln(tan φ + sec φ)/π)/2·2^z).
        QTest::newRow("z0") << 0 << 0 << 0;
        QTest::newRow("z1") << 1 << 1 << 0;
        QTest::newRow("z12") << 12 << 3487 << 1643;
        QTest::newRow("z15") << 15 << 27901 << 13144;
        QTest::newRow("z18") << 18 << 223209 << 105156;
    }
    void tileOfJejuCityHall()
    {
        QFETCH(int, zoom);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(WebMercator::tileAt(33.4996, 126.5312, zoom), QPoint(x, y));
    }

    void projectsToNormalisedWorld()
    {
        const QPointF w = WebMercator::project(33.4996, 126.5312);
        QVERIFY(qAbs(w.x() - 0.8514755555555555) < 1e-12);
        QVERIFY(qAbs(w.y() - 0.4011402328113973) < 1e-12);
        QCOMPARE(WebMercator::project(0.0, 0.0), QPointF(0.5, 0.5));
        QVERIFY(qAbs(WebMercator::project(WebMercator::kMaxLatitude, -180.0).y()) < 1e-9);
        // Beyond the square world, latitude is clamped rather than producing infinities.
        QVERIFY(qIsFinite(WebMercator::project(90.0, 0.0).y()));
    }

    void roundTrips()
    {
        for (double lat : {-80.0, -33.9, 0.0, 33.2, 33.5, 34.01, 80.0}) {
            for (double lon : {-179.5, -10.0, 0.0, 126.14, 126.97, 179.9}) {
                const QGeoCoordinate c = WebMercator::unproject(WebMercator::project(lat, lon));
                QVERIFY2(qAbs(c.latitude() - lat) < 1e-9 && qAbs(c.longitude() - lon) < 1e-9,
                         qPrintable(QStringLiteral("%1,%2").arg(lat).arg(lon)));
            }
        }
    }

    void groundResolution()
    {
        // 2πR/256 at the equator, zoom 0 (R = 6378137 m).
        QVERIFY(qAbs(WebMercator::groundResolution(0.0, 0.0) - 156543.03392804097) < 1e-6);
        // cos(33.4996°)·2πR/(256·2^12).
        QVERIFY(qAbs(WebMercator::groundResolution(33.4996, 12.0) - 31.870024348578507) < 1e-9);
        QCOMPARE(WebMercator::worldSizePx(3.0), 2048.0);
    }

    void validatesCoordinates()
    {
        QVERIFY(WebMercator::isValidCoordinate(33.5, 126.5));
        QVERIFY(!WebMercator::isValidCoordinate(qQNaN(), 126.5));
        QVERIFY(!WebMercator::isValidCoordinate(33.5, qInf()));
        QVERIFY(!WebMercator::isValidCoordinate(90.5, 0.0));
        QVERIFY(!WebMercator::isValidCoordinate(0.0, -180.01));
    }

    void scaleBarPicksRoundLengths_data()
    {
        QTest::addColumn<double>("metersPerPixel");
        QTest::addColumn<double>("maxPixels");
        QTest::addColumn<double>("meters");
        QTest::addColumn<QString>("text");
        QTest::newRow("10 m/px, 120 px") << 10.0 << 120.0 << 1000.0 << QStringLiteral("1 km");
        QTest::newRow("10 m/px, 250 px") << 10.0 << 250.0 << 2000.0 << QStringLiteral("2 km");
        QTest::newRow("31.87 m/px, 120 px") << 31.87 << 120.0 << 2000.0 << QStringLiteral("2 km");
        QTest::newRow("1.2 m/px, 100 px") << 1.2 << 100.0 << 100.0 << QStringLiteral("100 m");
        QTest::newRow("3 m/px, 200 px") << 3.0 << 200.0 << 500.0 << QStringLiteral("500 m");
    }
    void scaleBarPicksRoundLengths()
    {
        QFETCH(double, metersPerPixel);
        QFETCH(double, maxPixels);
        QFETCH(double, meters);
        QFETCH(QString, text);
        const ScaleBar bar = ScaleBar::choose(metersPerPixel, maxPixels);
        QCOMPARE(bar.meters, meters);
        QVERIFY(qAbs(bar.pixels - meters / metersPerPixel) < 1e-9);
        QVERIFY(bar.pixels <= maxPixels);
        QCOMPARE(bar.text(), text);
    }
    void scaleBarRejectsNonsense()
    {
        QCOMPARE(ScaleBar::choose(0.0, 100.0).meters, 0.0);
        QCOMPARE(ScaleBar::choose(qQNaN(), 100.0).meters, 0.0);
        QCOMPARE(ScaleBar::choose(10.0, -5.0).meters, 0.0);
    }

    void circleHasTrueGroundRadius()
    {
        const QGeoCoordinate center(33.36, 126.53);
        const QList<QPointF> ring = GeoCircle::worldRing(center, 5000.0, 36);
        QCOMPARE(ring.size(), 36);
        for (const QPointF &w : ring) {
            const double d = center.distanceTo(WebMercator::unproject(w));
            QVERIFY2(qAbs(d - 5000.0) < 0.5, qPrintable(QString::number(d)));
        }
        // First point due north: same longitude, larger latitude.
        const QGeoCoordinate north = WebMercator::unproject(ring.first());
        QVERIFY(qAbs(north.longitude() - 126.53) < 1e-9);
        QVERIFY(north.latitude() > 33.36);
        QVERIFY(GeoCircle::worldRing(center, qQNaN(), 36).isEmpty());
        QVERIFY(GeoCircle::worldRing(center, -1.0, 36).isEmpty());
        QVERIFY(GeoCircle::worldRing(QGeoCoordinate(), 100.0, 36).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoWebMercator)
#include "tst_geowebmercator.moc"
