// SPDX-License-Identifier: MIT
// SolarCalibration on a year made from a known fleet: a series that is a known share of the
// fleet's clear-sky output times a known daily clear-sky index gives back the tilt it was made
// with, each month's share and each month's mean index (computed again here).
#include "domain/energy/solarcalibration.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
QList<SolarPlant> fleet(double tiltDeg)
{
    QList<SolarPlant> out;
    for (int i = 0; i < 2; ++i) {
        SolarPlant p{QStringLiteral("pv-%1").arg(i), {}};
        p.site.latitudeDeg = 33.3 + 0.1 * i;
        p.site.longitudeDeg = 126.4 + 0.3 * i;
        p.site.tiltDeg = tiltDeg;
        p.site.kWp = 20000.0 * (i + 1);
        p.site.inverterKw = p.site.kWp;
        out << p;
    }
    return out;
}

double shareOf(int month)
{
    return month < 9 ? 0.8 : 0.55; // what a market-traded series might cover, with a change in September
}

/// Days are clear (index 1) or cloudy (0.3) in a fixed pattern: two clear days in five.
double indexOf(int dayOfYear)
{
    return dayOfYear % 5 < 2 ? 1.0 : 0.3;
}
} // namespace

class TestSolarCalibration : public QObject
{
    Q_OBJECT
private slots:
    void givesBackWhatTheYearWasMadeWith()
    {
        const HourlyValues clock(QDate(2025, 1, 1), std::vector<double>(8760, 0.0));
        const std::vector<double> clear = SolarCalibration::clearSkyHours(clock, fleet(20.0), SolarCalibration::climateWeather);
        std::vector<double> made(8760);
        for (qsizetype i = 0; i < 8760; ++i) {
            const QDate d = clock.dateOf(i);
            made[size_t(i)] = shareOf(d.month()) * indexOf(d.dayOfYear()) * clear[size_t(i)];
        }
        const SolarCalibration::Result r =
            SolarCalibration::derive(HourlyValues(clock.firstDate(), made), fleet(30.0), {10, 20, 30}, {1, 2, 3, 4, 5, 6, 7, 8}, SolarCalibration::climateWeather);
        QCOMPARE(r.tiltDeg, 20.0);
        QCOMPARE(r.shareSpreadByTilt.size(), 3);
        QVERIFY2(r.shareSpreadByTilt.at(1).second < 1e-6, qPrintable(QString::number(r.shareSpreadByTilt.at(1).second))); // at the true tilt the share does not vary (but for rounding)
        QVERIFY(r.shareSpreadByTilt.at(0).second > 0.01 && r.shareSpreadByTilt.at(2).second > 0.01);
        for (int m = 1; m <= 12; ++m) {
            double observed = 0.0, clearSum = 0.0;
            for (qsizetype i = 0; i < 8760; ++i) {
                if (clock.dateOf(i).month() == m) {
                    observed += made[size_t(i)];
                    clearSum += clear[size_t(i)];
                }
            }
            const SolarCalibration::Month &x = r.months[size_t(m - 1)];
            QVERIFY2(std::abs(x.share - shareOf(m)) < 1e-9, qPrintable(QString::number(m)));
            QVERIFY2(std::abs(x.clearSkyIndex - observed / (shareOf(m) * clearSum)) < 1e-9, qPrintable(QString::number(m)));
            QVERIFY(x.clearSkyIndex > 0.3 && x.clearSkyIndex < 1.0);
            QVERIFY(x.highSunHours > 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestSolarCalibration)
#include "tst_solarcalibration.moc"
