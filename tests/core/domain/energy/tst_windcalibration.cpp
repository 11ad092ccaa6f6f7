// SPDX-License-Identifier: MIT
// WindClimatology and WindCalibration with Jeju's farms: the expected output under the log-normal
// climate agrees with a Monte Carlo draw of the weather's wind, the fleet's highest output is its
// turbines' capped ratings after availability and losses (summed here), and a year made from a
// known climate gives that climate back.
#include "domain/energy/weatherprocess.h"
#include "domain/energy/windcalibration.h"
#include "domain/energy/windfarmcatalog.h"
#include "energytestdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
QList<WindFarm> farms()
{
    auto f = WindFarmCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-wind-farms.json")), et::test::bundledTurbineLibrary());
    if (!f)
        qFatal("jeju-wind-farms.json: %s", qPrintable(f.error().toString()));
    return f.value();
}
} // namespace

class TestWindCalibration : public QObject
{
    Q_OBJECT
private slots:
    void expectedOutputIsTheMeanOverTheWeather()
    {
        const QList<WindFarm> fleet = farms();
        const WindClimatology climate(fleet);
        QRandomGenerator rng(7);
        const double sigma = WeatherProcess::windLogSpread();
        for (double mean : {4.0, 6.5, 9.0}) {
            double sum = 0.0;
            const int n = 200000;
            for (int i = 0; i < n; ++i) {
                // A standard normal by Box–Muller, the weather's log-normal wind at 100 m.
                const double z = std::sqrt(-2.0 * std::log(1.0 - rng.generateDouble())) * std::cos(2.0 * M_PI * rng.generateDouble());
                const double v = mean * std::exp(sigma * z + WeatherProcess::kWindLogMeanOffset);
                for (const WindFarm &f : fleet)
                    sum += f.outputMwFromReference(v, 100.0);
            }
            const double monteCarlo = sum / n;
            QVERIFY2(std::abs(climate.expectedMw(mean) / monteCarlo - 1.0) < 0.01,
                     qPrintable(QStringLiteral("%1 m/s: %2 vs %3 MW").arg(mean).arg(climate.expectedMw(mean)).arg(monteCarlo)));
        }
        double highest = 0.0;
        for (const WindFarm &f : fleet)
            highest += f.turbineCount * std::min(f.turbine.nominalPowerW(), f.turbine.powerW(f.turbine.ratedMs())) / 1e6 * f.availability
                       * (1.0 - f.losses);
        QVERIFY(std::abs(climate.maxMw() - highest) < 1e-9);
        QVERIFY(highest > 250.0 && highest < 315.0);
    }

    void givesBackTheClimateAYearWasMadeWith()
    {
        const WindClimatology climate(farms());
        const WindCalibration::Climate truth{6.0, 1.5, 60.0, 0.03, 16.0};
        // KPX-like: 100 MW covered until March, 20 MW after; each period reaches its full output
        // in one stormy hour, as the calibration assumes of the highest hour.
        std::vector<double> v(8760);
        const HourlyValues clock(QDate(2025, 1, 1), std::vector<double>(8760, 0.0));
        for (qsizetype i = 0; i < 8760; ++i) {
            const QDate d = clock.dateOf(i);
            const double covered = d < QDate(2025, 3, 1) ? 100.0 : 20.0;
            v[size_t(i)] = covered * climate.expectedMw(truth.meanAt(d.dayOfYear(), i % 24 + 0.5)) / climate.maxMw();
        }
        v[100] = 100.0;
        v[5000] = 20.0;
        const WindCalibration::Result r = WindCalibration::derive(HourlyValues(clock.firstDate(), v), climate, QDate(2025, 3, 1));
        QCOMPARE(r.highestBefore, 100.0);
        QCOMPARE(r.highestAfter, 20.0);
        QVERIFY2(std::abs(r.climate.meanMs - truth.meanMs) < 0.1, qPrintable(QString::number(r.climate.meanMs)));
        QVERIFY2(std::abs(r.climate.amplitudeMs - truth.amplitudeMs) < 0.15, qPrintable(QString::number(r.climate.amplitudeMs)));
        QVERIFY2(std::abs(r.climate.peakDayOfYear - truth.peakDayOfYear) <= 5.0, qPrintable(QString::number(r.climate.peakDayOfYear)));
        QVERIFY2(std::abs(r.climate.diurnalAmplitude - truth.diurnalAmplitude) <= 0.01, qPrintable(QString::number(r.climate.diurnalAmplitude)));
        QVERIFY2(std::abs(r.climate.diurnalPeakHour - truth.diurnalPeakHour) <= 1.5, qPrintable(QString::number(r.climate.diurnalPeakHour)));
        QVERIFY(r.rms < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestWindCalibration)
#include "tst_windcalibration.moc"
