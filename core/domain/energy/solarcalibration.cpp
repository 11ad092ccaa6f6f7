// SPDX-License-Identifier: MIT
#include "domain/energy/solarcalibration.h"

#include "domain/energy/solarfleet.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
constexpr int kSamplesPerHour = 6;
constexpr double kHighSunShare = 0.6;
constexpr double kEnvelopeQuantile = 0.98;

/// Clear-sky MW per hour for several fleets that differ only in tilt: the sky of each instant
/// is computed once for all of them.
std::vector<std::vector<double>> clearSkyByFleet(const HourlyValues &clock, const QList<SolarFleet> &fleets, qsizetype hours,
                                                 const SolarCalibration::ClimateWeather &weather)
{
    std::vector<std::vector<double>> out(size_t(fleets.size()), std::vector<double>(size_t(hours), 0.0));
    if (fleets.isEmpty())
        return out;
    const IslandSky sky(fleets.first().centre());
    for (qsizetype i = 0; i < hours; ++i) {
        const QDateTime start = clock.hourStart(i);
        const Weather w = weather(start);
        for (int s = 0; s < kSamplesPerHour; ++s) {
            const StepSky step = sky.clear(start.addMSecs(qint64((s + 0.5) * 3600000.0 / kSamplesPerHour)), w);
            for (qsizetype f = 0; f < fleets.size(); ++f)
                out[size_t(f)][size_t(i)] += fleets.at(f).acMw(step) / kSamplesPerHour;
        }
    }
    return out;
}

QList<SolarPlant> tilted(QList<SolarPlant> plants, double tiltDeg)
{
    for (SolarPlant &p : plants)
        p.site.tiltDeg = tiltDeg;
    return plants;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

/// Step 2 for one tilt: each month's share from its high-sun hours.
std::array<SolarCalibration::Month, 12> sharesOf(const HourlyValues &observed, const std::vector<double> &clear)
{
    std::array<SolarCalibration::Month, 12> months{};
    std::array<double, 12> highest{};
    for (qsizetype i = 0; i < observed.size(); ++i)
        highest[size_t(observed.dateOf(i).month() - 1)] = std::max(highest[size_t(observed.dateOf(i).month() - 1)], clear[size_t(i)]);
    std::array<std::vector<double>, 12> ratios;
    for (qsizetype i = 0; i < observed.size(); ++i) {
        const size_t m = size_t(observed.dateOf(i).month() - 1);
        if (!std::isfinite(observed.at(i)))
            continue;
        months[m].observedMwh += observed.at(i);
        months[m].clearSkyMwh += clear[size_t(i)];
        if (clear[size_t(i)] >= kHighSunShare * highest[m] && clear[size_t(i)] > 0.0)
            ratios[m].push_back(observed.at(i) / clear[size_t(i)]);
    }
    for (size_t m = 0; m < 12; ++m) {
        months[m].share = quantile(ratios[m], kEnvelopeQuantile);
        months[m].highSunHours = int(ratios[m].size());
        const double covered = months[m].share * months[m].clearSkyMwh;
        months[m].clearSkyIndex = covered > 0.0 ? months[m].observedMwh / covered : 0.0;
    }
    return months;
}
} // namespace

Weather SolarCalibration::climateWeather(const QDateTime &hourStart)
{
    const QDateTime middle = hourStart.addSecs(1800).toOffsetFromUtc(9 * 3600);
    const int day = middle.date().dayOfYear();
    const double hour = middle.time().msecsSinceStartOfDay() / 3600000.0;
    return {WeatherProcess::climateWindMs(day, hour), 0.0, WeatherProcess::climateTemperatureC(day, hour)};
}

std::vector<double> SolarCalibration::clearSkyHours(const HourlyValues &clock, const QList<SolarPlant> &plants, const ClimateWeather &weather,
                                                    qsizetype extraHours)
{
    return clearSkyByFleet(clock, {SolarFleet(plants)}, clock.size() + std::max<qsizetype>(0, extraHours), weather).front();
}

SolarCalibration::Result SolarCalibration::derive(const HourlyValues &observed, const QList<SolarPlant> &plants,
                                                  const QList<double> &candidateTiltsDeg, const QList<int> &stableMonths,
                                                  const ClimateWeather &weather)
{
    QList<SolarFleet> fleets;
    for (double tilt : candidateTiltsDeg)
        fleets << SolarFleet(tilted(plants, tilt));
    const auto clear = clearSkyByFleet(observed, fleets, observed.size(), weather);

    Result best;
    double bestSpread = std::numeric_limits<double>::infinity();
    for (qsizetype f = 0; f < fleets.size(); ++f) {
        const auto months = sharesOf(observed, clear[size_t(f)]);
        double sum = 0.0, squares = 0.0;
        for (int m : stableMonths) {
            sum += months[size_t(m - 1)].share;
            squares += months[size_t(m - 1)].share * months[size_t(m - 1)].share;
        }
        const double n = double(stableMonths.size());
        const double mean = n > 0 ? sum / n : 0.0;
        const double spread = mean > 0.0 ? std::sqrt(std::max(0.0, squares / n - mean * mean)) / mean : 0.0;
        best.shareSpreadByTilt.append({candidateTiltsDeg.at(f), spread});
        if (spread < bestSpread) {
            bestSpread = spread;
            best.tiltDeg = candidateTiltsDeg.at(f);
            best.months = months;
            best.clearSkyMw = clear[size_t(f)];
        }
    }
    return best;
}

} // namespace et::domain::energy
