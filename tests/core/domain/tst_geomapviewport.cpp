// SPDX-License-Identifier: MIT
// MapViewport: screen ↔ coordinate transforms, pan, zoom around a point and fitting, checked against
// an independent evaluation of the Web Mercator formula written out in this file.
#include "domain/geo/mapviewport.h"

#include <QtTest>

#include <cmath>

using namespace et::domain::geo;

namespace {

// The OSM wiki formula, written out again here so the test does not trust the code under test.
QPointF referencePixel(double lat, double lon, double zoom)
{
    const double n = 256.0 * std::pow(2.0, zoom);
    const double phi = lat * M_PI / 180.0;
    return {(lon + 180.0) / 360.0 * n, (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0 * n};
}

bool near(const QPointF &a, const QPointF &b, double tol)
{
    return std::abs(a.x() - b.x()) < tol && std::abs(a.y() - b.y()) < tol;
}

} // namespace

class TestGeoMapViewport : public QObject
{
    Q_OBJECT
private slots:
    void centerIsMiddleOfViewport()
    {
        const MapViewport v(QGeoCoordinate(33.38, 126.55), 10.5, QSizeF(800, 600));
        QVERIFY(near(v.toScreen(QGeoCoordinate(33.38, 126.55)), QPointF(400, 300), 1e-6));
    }

    void matchesReferenceFormula()
    {
        const QGeoCoordinate center(33.38, 126.55);
        const double zoom = 11.25;
        const MapViewport v(center, zoom, QSizeF(1000, 700));
        const QPointF c = referencePixel(33.38, 126.55, zoom);
        const QPointF p = referencePixel(33.36, 126.53, zoom);
        const QPointF expected = p - c + QPointF(500, 350);
        QVERIFY(near(v.toScreen(QGeoCoordinate(33.36, 126.53)), expected, 1e-6));
    }

    void screenCoordinateRoundTrip()
    {
        const MapViewport v(QGeoCoordinate(33.38, 126.55), 13.7, QSizeF(1440, 900));
        for (const QPointF &s : {QPointF(0, 0), QPointF(1440, 900), QPointF(123.5, 777.25), QPointF(720, 450)}) {
            const QPointF back = v.toScreen(v.toCoordinate(s));
            QVERIFY2(near(back, s, 1e-6), qPrintable(QStringLiteral("%1,%2").arg(back.x()).arg(back.y())));
        }
        const QGeoCoordinate c(33.2465, 126.5627);
        const QGeoCoordinate back = v.toCoordinate(v.toScreen(c));
        QVERIFY(std::abs(back.latitude() - c.latitude()) < 1e-10);
        QVERIFY(std::abs(back.longitude() - c.longitude()) < 1e-10);
    }

    void panMovesTheViewLikeQtLocation()
    {
        const MapViewport v(QGeoCoordinate(33.38, 126.55), 12.0, QSizeF(800, 600));
        const QGeoCoordinate rightOfCenter = v.toCoordinate(QPointF(500, 300));
        const MapViewport p = v.panned(100, 0);
        QVERIFY(std::abs(p.center().longitude() - rightOfCenter.longitude()) < 1e-10);
        QVERIFY(std::abs(p.center().latitude() - rightOfCenter.latitude()) < 1e-10);
        // What was at the centre is now 100 px to the left.
        QVERIFY(near(p.toScreen(QGeoCoordinate(33.38, 126.55)), QPointF(300, 300), 1e-6));
    }

    void zoomAroundKeepsAnchorFixed()
    {
        const MapViewport v(QGeoCoordinate(33.38, 126.55), 11.0, QSizeF(800, 600));
        const QPointF anchor(610.0, 123.0);
        const QGeoCoordinate under = v.toCoordinate(anchor);
        for (double z : {8.5, 11.5, 13.0, 17.0}) {
            const MapViewport zv = v.zoomedAround(z, anchor);
            QCOMPARE(zv.zoom(), z);
            QVERIFY(near(zv.toScreen(under), anchor, 1e-6));
        }
        // At zoom +1 the distance from anchor to the centre doubles on screen.
        const MapViewport z1 = v.zoomedAround(12.0, anchor);
        const QPointF oldCenterOnScreen = z1.toScreen(v.center());
        QVERIFY(near(oldCenterOnScreen - anchor, (QPointF(400, 300) - anchor) * 2.0, 1e-6));
    }

    void fitShowsWholeBox()
    {
        GeoBounds jeju;
        jeju.extend(33.11, 126.14);
        jeju.extend(34.01, 126.97);
        const MapViewport v = MapViewport(QGeoCoordinate(0, 0), 3, QSizeF(900, 700)).fitted(jeju, 20.0, 5.0, 18.0);
        for (const QGeoCoordinate &c : {QGeoCoordinate(33.11, 126.14), QGeoCoordinate(34.01, 126.97),
                                        QGeoCoordinate(33.11, 126.97), QGeoCoordinate(34.01, 126.14)}) {
            const QPointF s = v.toScreen(c);
            QVERIFY2(s.x() >= 20.0 - 1e-6 && s.x() <= 880.0 + 1e-6 && s.y() >= 20.0 - 1e-6 && s.y() <= 680.0 + 1e-6,
                     qPrintable(QStringLiteral("%1,%2").arg(s.x()).arg(s.y())));
        }
        // Tight on the limiting axis (height: 0.9° of latitude vs 0.83° of longitude here).
        const double top = v.toScreen(QGeoCoordinate(34.01, 126.5)).y();
        const double bottom = v.toScreen(QGeoCoordinate(33.11, 126.5)).y();
        QVERIFY(std::abs((bottom - top) - 660.0) < 1e-6);
        // Zoom limits win over the box.
        QCOMPARE(MapViewport(QGeoCoordinate(0, 0), 3, QSizeF(900, 700)).fitted(jeju, 20.0, 10.0, 18.0).zoom(), 10.0);
        // Nothing to fit: unchanged.
        QCOMPARE(v.fitted(GeoBounds(), 20.0, 5.0, 18.0).zoom(), v.zoom());
    }

    void boundsSkipInvalidCoordinates()
    {
        GeoBounds b;
        b.extend(qQNaN(), 126.0);
        b.extend(95.0, 126.0);
        QVERIFY(b.isEmpty());
        QCOMPARE(b.skipped(), 2);
        b.extend(33.0, 126.0);
        b.extend(34.0, 127.0);
        QCOMPARE(b.south(), 33.0);
        QCOMPARE(b.east(), 127.0);
    }

    void clampKeepsCenterInLimits()
    {
        GeoBounds limits;
        limits.extend(33.0, 126.0);
        limits.extend(34.0, 127.0);
        const MapViewport v = MapViewport(QGeoCoordinate(40.0, 140.0), 10, QSizeF(100, 100)).clampedCenter(limits);
        QVERIFY(std::abs(v.center().latitude() - 34.0) < 1e-9);
        QVERIFY(std::abs(v.center().longitude() - 127.0) < 1e-9);
    }

    void groundResolutionFollowsZoom()
    {
        const MapViewport v(QGeoCoordinate(33.4996, 126.5312), 12.0, QSizeF(100, 100));
        QVERIFY(std::abs(v.groundResolution() - 31.870024348578507) < 1e-9);
        QVERIFY(std::abs(v.withZoom(13.0).groundResolution() - 31.870024348578507 / 2.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestGeoMapViewport)
#include "tst_geomapviewport.moc"
