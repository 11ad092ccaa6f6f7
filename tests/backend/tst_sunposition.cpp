// SPDX-License-Identifier: MIT
// SunPosition against published reference values (shared/data/reference/solar-position-and-clearsky.txt).
#include "sim/sunposition.h"

#include <QTest>

using et::backend::SunPosition;

class TestSunPosition : public QObject
{
    Q_OBJECT
private slots:
    void nrelSpaExample()
    {
        // NREL SPA published example: 2003-10-17 12:30:30 MST (UTC-7) at 39.742476 N, 105.1786 W;
        // topocentric elevation without refraction e0 = 39.872046 deg. The NOAA series we use
        // is good to a few tenths of a degree.
        const QDateTime t(QDate(2003, 10, 17), QTime(19, 30, 30), Qt::UTC);
        const double e = SunPosition::elevationDeg(t, 39.742476, -105.1786);
        QVERIFY2(std::abs(e - 39.872046) < 0.3, qPrintable(QString::number(e)));
    }

    void sunriseAndSunset_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        // USNO times (pvlib test_spa.py); at sunrise/sunset the geometric elevation is about
        // -0.83 deg (refraction plus the sun's half diameter).
        QTest::newRow("Beijing 2015-04-02 sunrise 05:58 CST") << QDateTime(QDate(2015, 4, 1), QTime(21, 58), Qt::UTC) << 39.917 << 116.383;
        QTest::newRow("Beijing 2015-08-02 sunset 19:28 CST") << QDateTime(QDate(2015, 8, 2), QTime(11, 28), Qt::UTC) << 39.917 << 116.383;
        QTest::newRow("Golden 2015-12-02 sunset 16:38 MST") << QDateTime(QDate(2015, 12, 2), QTime(23, 38), Qt::UTC) << 39.0 << -105.0;
        QTest::newRow("lat 35 lon 0 1994-01-02 sunrise 07:08:12") << QDateTime(QDate(1994, 1, 2), QTime(7, 8, 12), Qt::UTC) << 35.0 << 0.0;
    }
    void sunriseAndSunset()
    {
        QFETCH(QDateTime, utc);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const double e = SunPosition::elevationDeg(utc, lat, lon);
        QVERIFY2(e > -1.5 && e < -0.2, qPrintable(QString::number(e)));
    }

    void jejuNoonAndMidnight()
    {
        // Summer solstice at Jeju (33.4 N): noon elevation = 90 - 33.4 + 23.44 = 80.0 deg.
        const QDateTime noonKst(QDate(2024, 6, 21), QTime(3, 34), Qt::UTC); // solar noon near 12:34 KST
        QVERIFY(std::abs(SunPosition::elevationDeg(noonKst, 33.4, 126.55) - 80.0) < 0.6);
        const QDateTime midnightKst(QDate(2024, 6, 21), QTime(15, 30), Qt::UTC);
        QVERIFY(SunPosition::elevationDeg(midnightKst, 33.4, 126.55) < -30.0);
    }
};

QTEST_GUILESS_MAIN(TestSunPosition)
#include "tst_sunposition.moc"
