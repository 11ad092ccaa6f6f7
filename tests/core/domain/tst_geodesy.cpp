// SPDX-License-Identifier: MIT
// Geodesy against values worked out independently: a published great-circle example, bearings
// that follow in closed form from spherical trigonometry, and round trips.
#include "domain/geo/geodesy.h"

#include <QtTest>

#include <cmath>

using et::domain::geo::Geodesy;

class TestGeodesy : public QObject
{
    Q_OBJECT
private slots:
    void distanceMatchesThePublishedExample()
    {
        // Rosetta Code "Haversine formula": Nashville BNA (36.12, -86.67) to Los Angeles LAX
        // (33.94, -118.40) is 2887.2599506071106 km on a sphere of radius 6372.8 km. Great-circle
        // distance scales with the radius; QtPositioning's sphere has 6371.0072 km.
        const double expected = 2887.2599506071106 * 6371.0072 / 6372.8;
        QVERIFY(std::abs(Geodesy::distanceKm(36.12, -86.67, 33.94, -118.40) - expected) < 1e-3);
        // Symmetric, zero on the spot.
        QCOMPARE(Geodesy::distanceKm(33.94, -118.40, 36.12, -86.67), Geodesy::distanceKm(36.12, -86.67, 33.94, -118.40));
        QCOMPARE(Geodesy::distanceKm(33.5, 126.5, 33.5, 126.5), 0.0);
        // One degree of latitude is R·π/180.
        QVERIFY(std::abs(Geodesy::distanceKm(33.0, 126.5, 34.0, 126.5) - 6371.0072 * M_PI / 180.0) < 1e-6);
    }

    void bearingsInClosedForm()
    {
        // Due north, east along the equator, south, west.
        QVERIFY(std::abs(Geodesy::bearingDeg(33.0, 126.5, 34.0, 126.5) - 0.0) < 1e-9);
        QVERIFY(std::abs(Geodesy::bearingDeg(0.0, 126.0, 0.0, 127.0) - 90.0) < 1e-9);
        QVERIFY(std::abs(Geodesy::bearingDeg(34.0, 126.5, 33.0, 126.5) - 180.0) < 1e-9);
        QVERIFY(std::abs(Geodesy::bearingDeg(0.0, 127.0, 0.0, 126.0) - 270.0) < 1e-9);
        // Two points on one parallel 90° of longitude apart: the spherical-trigonometry bearing
        // formula atan2(sin Δλ cos φ, cos φ sin φ − sin φ cos φ cos Δλ) reduces to atan(1 / sin φ),
        // 60.1624° at 35° N (and 90° − 0 = 90° at the equator, checked above).
        const double expected = std::atan(1.0 / std::sin(35.0 * M_PI / 180.0)) * 180.0 / M_PI;
        QVERIFY(std::abs(Geodesy::bearingDeg(35.0, 45.0, 35.0, 135.0) - expected) < 1e-9);
        // Always in [0, 360).
        const double b = Geodesy::bearingDeg(33.5, 126.6, 33.4, 126.4);
        QVERIFY(b >= 0.0 && b < 360.0 && b > 180.0 && b < 270.0);
    }

    void destinationRoundTrips()
    {
        // Jeju City Hall to Seogwipo City Hall and back by distance and bearing.
        const double d = Geodesy::distanceKm(33.4996, 126.5312, 33.2541, 126.5600);
        const double b = Geodesy::bearingDeg(33.4996, 126.5312, 33.2541, 126.5600);
        QVERIFY(d > 27.0 && d < 28.0);
        const QGeoCoordinate there = Geodesy::destination(33.4996, 126.5312, d, b);
        QVERIFY(std::abs(there.latitude() - 33.2541) < 1e-9);
        QVERIFY(std::abs(there.longitude() - 126.5600) < 1e-9);
    }

    void invalidInputGivesNaN()
    {
        QVERIFY(std::isnan(Geodesy::distanceKm(qQNaN(), 126.5, 33.0, 126.5)));
        QVERIFY(std::isnan(Geodesy::distanceKm(33.0, 126.5, 91.0, 126.5)));
        QVERIFY(std::isnan(Geodesy::bearingDeg(33.0, 181.0, 33.0, 126.5)));
        QVERIFY(std::isnan(Geodesy::bearingDeg(33.0, 126.5, qInf(), 126.5)));
        QVERIFY(!Geodesy::destination(33.0, 126.5, qQNaN(), 90.0).isValid());
        QVERIFY(!Geodesy::destination(-95.0, 126.5, 1.0, 90.0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
