// SPDX-License-Identifier: MIT
// JejuCalibration against KPX's real 2025 series (decoded here without the project's reader): the
// constants in code are what SolarCalibration and WindCalibration derive from the raw files; the
// calibrated model's mean daily profile of each month stays within stated tolerances of KPX's
// (computed by this test's own loops), and so do its monthly and seasonal totals; the simulation's
// clouds give the calibrated clear-sky index month by month; the wind climate gives KPX's capacity
// factors. (Demand's profiles are tst_demandshape's.)
#include "domain/energy/islandsky.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/jejucalibration.h"
#include "domain/energy/solarcalibration.h"
#include "domain/energy/solarfleet.h"
#include "domain/energy/windfarmcatalog.h"
#include "energytestdata.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
HourlyValues year2025(const QString &file)
{
    return et::test::hoursOf(et::test::rawKpxHourly(file), QDate(2025, 1, 1), QDate(2025, 12, 31));
}

QList<SolarPlant> plants()
{
    auto a = JejuAssetCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-assets.json")), JejuCalibration::pvPrototype());
    if (!a)
        qFatal("jeju-assets.json: %s", qPrintable(a.error().toString()));
    return a.value().solar;
}

QList<WindFarm> farms()
{
    auto f = WindFarmCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-wind-farms.json")), et::test::bundledTurbineLibrary());
    if (!f)
        qFatal("jeju-wind-farms.json: %s", qPrintable(f.error().toString()));
    return f.value();
}

using Profiles = std::array<std::array<double, 24>, 12>;

/// Each month's mean of each hour of 2025, and each month's total.
std::pair<Profiles, std::array<double, 12>> monthly(const std::function<double(qsizetype)> &value)
{
    Profiles p{};
    std::array<double, 12> total{};
    std::array<int, 12> days{};
    for (qsizetype i = 0; i < 8760; ++i) {
        const QDate d = QDate(2025, 1, 1).addDays(i / 24);
        p[size_t(d.month() - 1)][size_t(i % 24)] += value(i);
        total[size_t(d.month() - 1)] += value(i);
        if (i % 24 == 0)
            ++days[size_t(d.month() - 1)];
    }
    for (int m = 0; m < 12; ++m)
        for (double &x : p[size_t(m)])
            x /= days[size_t(m)];
    return {p, total};
}
} // namespace

class TestJejuCalibration : public QObject
{
    Q_OBJECT
private slots:
    void solarConstantsAreTheDerivation()
    {
        const SolarCalibration::Result r = SolarCalibration::derive(year2025(QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv")),
                                                                    plants(), {10, 15, 20, 25, 30, 35}, {1, 2, 3, 4, 5, 6, 7, 8},
                                                                    SolarCalibration::climateWeather);
        QCOMPARE(r.tiltDeg, JejuCalibration::kPvTiltDeg);
        for (int m = 1; m <= 12; ++m) {
            // The code keeps three decimals.
            QVERIFY2(std::abs(r.months[size_t(m - 1)].share - JejuCalibration::kpxSolarShare(m)) <= 0.0005 + 1e-12, qPrintable(QString::number(m)));
            QVERIFY2(std::abs(r.months[size_t(m - 1)].clearSkyIndex - JejuCalibration::clearSkyIndex(m)) <= 0.0005 + 1e-12,
                     qPrintable(QString::number(m)));
        }
    }

    void solarProfilesFollowKpx()
    {
        const HourlyValues kpx = year2025(QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv"));
        const std::vector<double> clear = SolarCalibration::clearSkyHours(kpx, plants(), SolarCalibration::climateWeather);
        const auto monthOf = [](qsizetype i) { return QDate(2025, 1, 1).addDays(i / 24).month(); };
        const auto [observed, observedTotal] = monthly([&](qsizetype i) { return std::isfinite(kpx.at(i)) ? kpx.at(i) : 0.0; });
        const auto [model, modelTotal] = monthly([&](qsizetype i) {
            return JejuCalibration::kpxSolarShare(monthOf(i)) * JejuCalibration::clearSkyIndex(monthOf(i)) * clear[size_t(i)];
        });
        double worst = 0.0;
        QString where;
        for (int m = 0; m < 12; ++m) {
            const double peak = *std::max_element(observed[size_t(m)].begin(), observed[size_t(m)].end());
            for (int h = 0; h < 24; ++h) {
                const double gap = std::abs(model[size_t(m)][size_t(h)] - observed[size_t(m)][size_t(h)]) / peak;
                if (gap > worst) {
                    worst = gap;
                    where = QStringLiteral("month %1 hour %2").arg(m + 1).arg(h);
                }
            }
            // Energy: share × index is the month's energy ratio, kept to three decimals each.
            QVERIFY2(std::abs(modelTotal[size_t(m)] / observedTotal[size_t(m)] - 1.0) < 0.002, qPrintable(QString::number(m + 1)));
        }
        qInfo("solar mean daily profiles: worst hour %.1f %% of the month's peak (%s)", 100.0 * worst, qPrintable(where));
        // docs/energy-calibration.md: every hour within 12 % of the month's peak hour (worst 9.3 %:
        // winter mornings, when the real fleet's low sun is shaded and its modules lie flatter).
        QVERIFY2(worst < 0.12, qPrintable(where));
        const std::array<int, 4> seasonStart{11, 2, 5, 8};
        for (int s = 0; s < 4; ++s) {
            double a = 0.0, b = 0.0;
            for (int k = 0; k < 3; ++k) {
                a += observedTotal[size_t((seasonStart[size_t(s)] + k) % 12)];
                b += modelTotal[size_t((seasonStart[size_t(s)] + k) % 12)];
            }
            QVERIFY2(std::abs(b / a - 1.0) < 0.002, qPrintable(QString::number(s)));
        }
    }

    void simulatedCloudsGiveTheCalibratedIndex()
    {
        // The weather process's clouds through Kasten–Czeplak, every hour of 2025, 30 seeds.
        std::array<double, 12> sum{};
        std::array<int, 12> n{};
        for (quint64 seed = 1; seed <= 30; ++seed) {
            const WeatherProcess w(seed);
            for (QDateTime t(QDate(2025, 1, 1), QTime(0, 30), Qt::UTC); t.date().year() == 2025; t = t.addSecs(3600)) {
                sum[size_t(t.date().month() - 1)] += IslandSky::clearSkyIndex(w.at(t).cloudCover);
                ++n[size_t(t.date().month() - 1)];
            }
        }
        for (int m = 1; m <= 12; ++m) {
            const double mean = sum[size_t(m - 1)] / n[size_t(m - 1)];
            QVERIFY2(std::abs(mean - JejuCalibration::clearSkyIndex(m)) < 0.03,
                     qPrintable(QStringLiteral("month %1: %2 vs %3").arg(m).arg(mean).arg(JejuCalibration::clearSkyIndex(m))));
        }
    }

    void simulatedSolarSeasonsFollowKpx()
    {
        const HourlyValues kpx = year2025(QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv"));
        const SolarFleet fleet(plants());
        const IslandSky sky(fleet.centre());
        std::array<double, 4> simulated{}, observed{};
        const auto season = [](int month) { return month == 12 ? 0 : month / 3; };
        constexpr int kSeeds = 6;
        for (qsizetype i = 0; i < kpx.size(); ++i) {
            const QDateTime middle = kpx.hourStart(i).addSecs(1800);
            const int month = kpx.dateOf(i).month();
            for (quint64 seed = 1; seed <= kSeeds; ++seed)
                simulated[size_t(season(month))] +=
                    fleet.acMw(sky.at(middle, WeatherProcess(seed).at(middle))) * JejuCalibration::kpxSolarShare(month) / kSeeds;
            observed[size_t(season(month))] += std::isfinite(kpx.at(i)) ? kpx.at(i) : 0.0;
        }
        for (int s = 0; s < 4; ++s) {
            qInfo("season %d: simulation %.1f GWh, KPX %.1f GWh", s, simulated[size_t(s)] / 1000, observed[size_t(s)] / 1000);
            QVERIFY2(std::abs(simulated[size_t(s)] / observed[size_t(s)] - 1.0) < 0.06, qPrintable(QString::number(s)));
        }
    }

    void windClimateIsTheDerivation()
    {
        const WindCalibration::Result r = WindCalibration::derive(year2025(QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv")),
                                                                  WindClimatology(farms()), JejuCalibration::kpxWindCoverageChange());
        const WindCalibration::Climate c = JejuCalibration::windClimate();
        QVERIFY(std::abs(r.climate.meanMs - c.meanMs) <= 0.005 + 1e-9);
        QVERIFY(std::abs(r.climate.amplitudeMs - c.amplitudeMs) <= 0.005 + 1e-9);
        QCOMPARE(r.climate.peakDayOfYear, c.peakDayOfYear);
        QVERIFY(std::abs(r.climate.diurnalAmplitude - c.diurnalAmplitude) <= 0.0025 + 1e-9);
        QCOMPARE(r.climate.diurnalPeakHour, c.diurnalPeakHour);
    }

    void windCapacityFactorsFollowKpx()
    {
        // KPX's capacity factor computed here: each month's energy over (hours × the highest hour
        // of its coverage period, before and after 1 March 2025).
        const HourlyValues kpx = year2025(QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv"));
        double highest[2] = {0.0, 0.0};
        for (qsizetype i = 0; i < kpx.size(); ++i)
            if (std::isfinite(kpx.at(i)))
                highest[kpx.dateOf(i).month() < 3 ? 0 : 1] = std::max(highest[kpx.dateOf(i).month() < 3 ? 0 : 1], kpx.at(i));
        const WindClimatology fleet(farms());
        std::array<double, 12> observed{}, model{};
        std::array<int, 12> hours{};
        for (qsizetype i = 0; i < kpx.size(); ++i) {
            const QDate d = kpx.dateOf(i);
            const size_t m = size_t(d.month() - 1);
            observed[m] += (std::isfinite(kpx.at(i)) ? kpx.at(i) : 0.0) / highest[d.month() < 3 ? 0 : 1];
            model[m] += fleet.expectedMw(WeatherProcess::climateWindMs(d.dayOfYear(), i % 24 + 0.5)) / fleet.maxMw();
            ++hours[m];
        }
        double squares = 0.0;
        for (size_t m = 0; m < 12; ++m) {
            const double a = observed[m] / hours[m], b = model[m] / hours[m];
            squares += (a - b) * (a - b);
            // docs/energy-calibration.md: each month within 10 points (worst: February 2025, 45 % vs 36 %).
            QVERIFY2(std::abs(a - b) < 0.10, qPrintable(QStringLiteral("month %1: KPX %2, model %3").arg(m + 1).arg(a).arg(b)));
        }
        QVERIFY(std::sqrt(squares / 12.0) < 0.05);
    }

    void cloudLogitInvertsTheMeanIndex()
    {
        const double spread = WeatherProcess::cloudLogitSpread();
        double last = 2.0;
        for (double mu = -4.0; mu <= 4.0; mu += 0.5) {
            const double k = JejuCalibration::meanClearSkyIndex(mu, spread);
            QVERIFY(k < last && k > 0.25 && k < 1.0);
            last = k;
            QVERIFY(std::abs(JejuCalibration::cloudLogitForIndex(k, spread) - mu) < 1e-9);
        }
        // No spread: the index of the mean cloud itself.
        QVERIFY(std::abs(JejuCalibration::meanClearSkyIndex(0.0, 0.0) - (1.0 - 0.75 * std::pow(0.5, 3.4))) < 1e-12);
    }

    void pastGridsCoverTheRecord()
    {
        const auto years = JejuCalibration::pastGrids();
        QCOMPARE(years.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(years.at(i).year, 2021 + i);
            QCOMPARE(years.at(i).first, QDate(2021 + i, 1, 1));
            QVERIFY(years.at(i).demandMeanMw > 600.0 && years.at(i).demandMeanMw < 760.0);
            QVERIFY(years.at(i).windMw >= 295.0 && years.at(i).solarMw >= 510.0);
        }
        // KPX's record stops at the end of May 2024 (the market reform of June).
        QCOMPARE(years.last().last, QDate(2024, 5, 31));
    }
};

QTEST_GUILESS_MAIN(TestJejuCalibration)
#include "tst_jejucalibration.moc"
