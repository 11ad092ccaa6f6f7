// SPDX-License-Identifier: MIT
#pragma once
// The figures every section of energy_kpx_report compares: a year's mean daily profile of each
// month, its monthly and seasonal totals, and how far one profile is from another.

#include "domain/energy/hourlyvalues.h"

#include <array>
#include <functional>

namespace et::bench {

using DailyProfile = std::array<double, 24>;

struct MonthlyFigures
{
    std::array<DailyProfile, 12> profile{}; ///< [month − 1][hour]: mean MW over the month's days
    std::array<double, 12> mwh{};           ///< the month's total (MWh, = sum of hourly MW)
    std::array<int, 12> hours{};
};

/// The figures of `value(i)` for the hours i of `clock` in `year` (NaN hours left out).
MonthlyFigures monthlyFigures(const domain::energy::HourlyValues &clock, int year, const std::function<double(qsizetype)> &value);

/// Winter (Dec, Jan, Feb of the year), spring, summer, autumn: sums of monthly MWh.
std::array<double, 4> seasonalMwh(const std::array<double, 12> &monthlyMwh);
inline const char *const kSeasonNames[4] = {"winter (DJF)", "spring (MAM)", "summer (JJA)", "autumn (SON)"};
inline const char *const kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// How a model's daily profile departs from KPX's, each hour's difference divided by `scale`
/// (KPX's value of that hour for demand, KPX's peak hour for solar and wind).
struct ProfileGap
{
    double worst = 0.0; ///< signed, the largest |model − KPX|/scale
    int worstHour = 0;
    double meanAbs = 0.0;
};
ProfileGap profileGap(const DailyProfile &kpx, const DailyProfile &model, bool relativeToEachHour);

double peakOf(const DailyProfile &p);

} // namespace et::bench
