// SPDX-License-Identifier: MIT
#include "domain/energy/windcalibration.h"

#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <vector>

namespace et::domain::energy {

namespace {
constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr int kMidMonthDay[12] = {15, 45, 74, 105, 135, 166, 196, 227, 258, 288, 319, 349};

/// The fleet's expected capacity factor by climate mean speed, tabulated every 0.05 m/s up to
/// 25 m/s and read linearly: the fit calls it millions of times.
class CapacityFactorTable
{
public:
    explicit CapacityFactorTable(const WindClimatology &fleet)
    {
        const double highest = fleet.maxMw();
        for (int i = 0; i < kSteps; ++i)
            m_table[size_t(i)] = highest > 0.0 ? fleet.expectedMw(i * kStep) / highest : 0.0;
    }
    double at(double meanMs) const
    {
        const double x = std::clamp(meanMs, 0.0, (kSteps - 1) * kStep) / kStep;
        const int i = std::min(int(x), kSteps - 2);
        return m_table[size_t(i)] + (m_table[size_t(i + 1)] - m_table[size_t(i)]) * (x - i);
    }

private:
    static constexpr int kSteps = 501;
    static constexpr double kStep = 0.05;
    std::array<double, kSteps> m_table{};
};

/// The model's mean capacity factor of each month (its middle day, every hour).
std::array<double, 12> monthlyCapacityFactors(const WindCalibration::Climate &c, const CapacityFactorTable &table)
{
    std::array<double, 12> out{};
    for (int m = 0; m < 12; ++m) {
        if (c.diurnalAmplitude == 0.0) { // every hour alike: the seasonal search's case
            out[size_t(m)] = table.at(c.meanAt(kMidMonthDay[m], 0.0));
            continue;
        }
        for (int h = 0; h < 24; ++h)
            out[size_t(m)] += table.at(c.meanAt(kMidMonthDay[m], h + 0.5)) / 24.0;
    }
    return out;
}

double squaredError(const std::array<double, 12> &a, const std::array<double, 12> &b)
{
    double e = 0.0;
    for (size_t m = 0; m < 12; ++m)
        e += (a[m] - b[m]) * (a[m] - b[m]);
    return e;
}

/// Each hour's mean capacity factor over the year ÷ the day's mean.
std::array<double, 24> diurnalShape(const std::function<double(int dayOfYear, int hour)> &cf)
{
    std::array<double, 24> shape{};
    double total = 0.0;
    for (int m = 0; m < 12; ++m) {
        for (int h = 0; h < 24; ++h) {
            const double v = cf(kMidMonthDay[m], h);
            shape[size_t(h)] += v;
            total += v / 24.0;
        }
    }
    for (double &v : shape)
        v /= total;
    return shape;
}
} // namespace

double WindCalibration::Climate::meanAt(int dayOfYear, double hourKst) const
{
    const double seasonal = meanMs + amplitudeMs * std::cos(kTwoPi * (dayOfYear - peakDayOfYear) / 365.25);
    return seasonal * (1.0 + diurnalAmplitude * std::cos(kTwoPi * (hourKst - diurnalPeakHour) / 24.0));
}

WindCalibration::Result WindCalibration::derive(const HourlyValues &observed, const WindClimatology &fleet, QDate coverageChange)
{
    Result r;
    for (qsizetype i = 0; i < observed.size(); ++i) {
        if (std::isfinite(observed.at(i)))
            (observed.dateOf(i) < coverageChange ? r.highestBefore : r.highestAfter) =
                std::max(observed.dateOf(i) < coverageChange ? r.highestBefore : r.highestAfter, observed.at(i));
    }
    std::array<double, 12> energy{}, covered{};
    std::array<std::array<double, 24>, 12> hourly{};
    std::array<std::array<int, 24>, 12> hourlyCount{};
    for (qsizetype i = 0; i < observed.size(); ++i) {
        if (!std::isfinite(observed.at(i)))
            continue;
        const size_t m = size_t(observed.dateOf(i).month() - 1), h = size_t(HourlyValues::hourOfDay(i));
        const double highest = observed.dateOf(i) < coverageChange ? r.highestBefore : r.highestAfter;
        energy[m] += observed.at(i);
        covered[m] += highest;
        hourly[m][h] += highest > 0.0 ? observed.at(i) / highest : 0.0;
        ++hourlyCount[m][h];
    }
    for (size_t m = 0; m < 12; ++m)
        r.observedCapacityFactor[m] = covered[m] > 0.0 ? energy[m] / covered[m] : 0.0;
    r.observedDiurnal = diurnalShape([&](int day, int h) {
        const size_t m = size_t(std::find(std::begin(kMidMonthDay), std::end(kMidMonthDay), day) - std::begin(kMidMonthDay));
        return hourlyCount[m][size_t(h)] > 0 ? hourly[m][size_t(h)] / hourlyCount[m][size_t(h)] : 0.0;
    });

    const CapacityFactorTable table(fleet);
    // Seasonal: a coarse grid, then a fine one around its best.
    double best = std::numeric_limits<double>::infinity();
    Climate c;
    const auto search = [&](double day0, double day1, double dayStep, double mean0, double mean1, double amp0, double amp1, double step) {
        for (double day = day0; day <= day1 + 1e-9; day += dayStep) {
            for (double mean = mean0; mean <= mean1 + 1e-9; mean += step) {
                for (double amp = amp0; amp <= amp1 + 1e-9; amp += step) {
                    const Climate trial{mean, amp, day, 0.0, 15.0};
                    const double e = squaredError(monthlyCapacityFactors(trial, table), r.observedCapacityFactor);
                    if (e < best) {
                        best = e;
                        c = trial;
                    }
                }
            }
        }
    };
    search(1.0, 365.0, 4.0, 3.0, 12.0, 0.0, 4.0, 0.1);
    search(c.peakDayOfYear - 4.0, c.peakDayOfYear + 4.0, 1.0, c.meanMs - 0.1, c.meanMs + 0.1, std::max(0.0, c.amplitudeMs - 0.1),
           c.amplitudeMs + 0.1, 0.01);
    // Diurnal: the amplitude and peak hour whose shape of the mean day is KPX's.
    double bestShape = std::numeric_limits<double>::infinity();
    for (double amplitude = 0.0; amplitude <= 0.2 + 1e-9; amplitude += 0.005) {
        for (double peak = 0.0; peak < 24.0; peak += 0.5) {
            Climate trial = c;
            trial.diurnalAmplitude = amplitude;
            trial.diurnalPeakHour = peak;
            const auto shape = diurnalShape([&](int day, int h) { return table.at(trial.meanAt(day, h + 0.5)); });
            double e = 0.0;
            for (size_t h = 0; h < 24; ++h)
                e += (shape[h] - r.observedDiurnal[h]) * (shape[h] - r.observedDiurnal[h]);
            if (e < bestShape) {
                bestShape = e;
                r.climate = trial;
                r.modelDiurnal = shape;
            }
        }
    }
    r.modelCapacityFactor = monthlyCapacityFactors(r.climate, table);
    r.rms = std::sqrt(squaredError(r.modelCapacityFactor, r.observedCapacityFactor) / 12.0);
    return r;
}

} // namespace et::domain::energy
