// SPDX-License-Identifier: MIT
#include "domain/energy/jejucalibration.h"

#include "domain/energy/islandsky.h"
#include "domain/energy/monthlycycle.h"
#include "domain/energy/weatherprocess.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace et::domain::energy {

namespace {
// SolarCalibration::derive(KPX 2025 solar, jeju-assets.json's solar plants, tilts 10–35°,
// January–August; the modules' weather from the calibrated wind climate below) — energy_kpx_report prints it, tst_jejucalibration re-derives it.
constexpr std::array<double, 12> kKpxSolarShare{0.806, 0.837, 0.752, 0.827, 0.795, 0.801, 0.783, 0.757, 0.522, 0.653, 0.704, 0.688};
constexpr std::array<double, 12> kClearSkyIndex{0.551, 0.543, 0.579, 0.704, 0.621, 0.591, 0.694, 0.675, 0.696, 0.635, 0.675, 0.638};

size_t monthIndex(int month)
{
    return size_t(std::clamp(month, 1, 12) - 1);
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}
} // namespace

PvSite JejuCalibration::pvPrototype()
{
    PvSite s;
    s.tiltDeg = kPvTiltDeg;
    return s;
}

double JejuCalibration::kpxSolarShare(int month)
{
    return kKpxSolarShare[monthIndex(month)];
}

double JejuCalibration::clearSkyIndex(int month)
{
    return kClearSkyIndex[monthIndex(month)];
}

double JejuCalibration::meanClearSkyIndex(double cloudLogitMean, double spread)
{
    // Simpson's rule over the standard normal's density, Z in [−8, 8].
    constexpr int kIntervals = 400;
    constexpr double kZMax = 8.0;
    const double h = 2.0 * kZMax / kIntervals;
    double sum = 0.0, weights = 0.0;
    for (int i = 0; i <= kIntervals; ++i) {
        const double z = -kZMax + i * h;
        const double w = (i == 0 || i == kIntervals ? 1.0 : (i % 2 ? 4.0 : 2.0)) * std::exp(-0.5 * z * z);
        sum += w * IslandSky::clearSkyIndex(logistic(cloudLogitMean + spread * z));
        weights += w;
    }
    return sum / weights;
}

double JejuCalibration::cloudLogitForIndex(double meanIndex, double spread)
{
    // More cloud, less sun: the mean index falls monotonically with μ, from 1 towards 0.25.
    double low = -20.0, high = 20.0;
    for (int i = 0; i < 60; ++i) { // 40/2^60: far below a double's resolution of μ
        const double mid = 0.5 * (low + high);
        (meanClearSkyIndex(mid, spread) > meanIndex ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

double JejuCalibration::cloudLogit(int month)
{
    // Mid-month values, interpolated day by day (cloudLogitForDayOfYear), must give each month's
    // index as the month's mean: the interpolation pulls a month toward its neighbours, so each
    // month's target is raised by what it fell short, until the days agree (a few sweeps).
    static const std::array<double, 12> logits = [] {
        const double spread = WeatherProcess::cloudLogitSpread();
        std::array<double, 12> aim{}, out{};
        for (int m = 0; m < 12; ++m) {
            aim[size_t(m)] = clearSkyIndex(m + 1);
            out[size_t(m)] = cloudLogitForIndex(aim[size_t(m)], spread);
        }
        for (int sweep = 0; sweep < 12; ++sweep) {
            std::array<double, 12> sum{};
            std::array<int, 12> days{};
            for (QDate d(2025, 1, 1); d.year() == 2025; d = d.addDays(1)) {
                sum[size_t(d.month() - 1)] += meanClearSkyIndex(MonthlyCycle::at(out, d.dayOfYear() + 0.5), spread);
                ++days[size_t(d.month() - 1)];
            }
            for (int m = 0; m < 12; ++m) {
                aim[size_t(m)] = std::clamp(aim[size_t(m)] + clearSkyIndex(m + 1) - sum[size_t(m)] / days[size_t(m)], 0.26, 0.99);
                out[size_t(m)] = cloudLogitForIndex(aim[size_t(m)], spread);
            }
        }
        return out;
    }();
    return logits[monthIndex(month)];
}

double JejuCalibration::cloudLogitForDayOfYear(double dayOfYear)
{
    static const std::array<double, 12> monthly = [] {
        std::array<double, 12> out{};
        for (int m = 1; m <= 12; ++m)
            out[size_t(m - 1)] = cloudLogit(m);
        return out;
    }();
    return MonthlyCycle::at(monthly, dayOfYear);
}

WindCalibration::Climate JejuCalibration::windClimate()
{
    return {6.46, 1.73, 49.0, 0.02, 18.0};
}

QList<JejuCalibration::GridYear> JejuCalibration::pastGrids()
{
    // Installed: 2021 from the Jeju Research Institute (solar 510, wind 295 MW); end-2022 total
    // 836.944 MW less the 24.755 MW that are neither wind nor solar at end-2023 (877.997 −
    // 314.69 − 538.552), with wind still 295 MW; end-2023 wind 314.69, solar 538.552 MW
    // (province, jejunews idxno=2208857); 2024 has no newer figure, so end-2023's.
    // Demand: 2024 is KPX's mean; 2023 is 2024's × (KPX Sep–Dec 2023 ÷ Sep–Dec 2024 =
    // 690.52/705.54); 2021 and 2022 are known by their peaks only (1,012 MW on 2021-08-06,
    // ihalla 2022-01-12; first above 1,100 MW in summer 2022, jejusori idxno=410224), times
    // kLoadFactor.
    const double demand2023 = kDemandMean2024Mw * 690.52 / 705.54;
    return {
        {2021, QDate(2021, 1, 1), QDate(2021, 12, 31), 295.0, 510.0, kLoadFactor * 1012.0,
         QStringLiteral("capacity: Jeju Research Institute 2021; demand: 2021 peak 1,012 MW × load factor")},
        {2022, QDate(2022, 1, 1), QDate(2022, 12, 31), 295.0, 836.944 - 24.755 - 295.0, kLoadFactor * 1100.0,
         QStringLiteral("capacity: province end-2022 total less other; demand: 2022 peak ≈ 1,100 MW × load factor")},
        {2023, QDate(2023, 1, 1), QDate(2023, 12, 31), 314.69, 538.552, demand2023,
         QStringLiteral("capacity: province end-2023; demand: KPX 2024 × Sep–Dec 2023/2024")},
        {2024, QDate(2024, 1, 1), QDate(2024, 5, 31), 314.69, 538.552, kDemandMean2024Mw,
         QStringLiteral("capacity: province end-2023; demand: KPX 2024")},
    };
}

} // namespace et::domain::energy
