// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/kpxhourlyseries.h"

#include <QList>

#include <array>

namespace et::domain::energy {

/// Small statistics over hourly points (KpxHourlyPoint): the mean daily profile of each month,
/// monthly and seasonal totals, and an annual summary. Flagged hours without a value (NaN) are
/// left out of every figure. Totals of MWh-per-hour series are MWh.
class HourlySeriesStatistics
{
public:
    using DailyProfile = std::array<double, 24>;

    /// For each calendar month (index 0 = January) and hour of the day (0 = 00:00–01:00 KST):
    /// the mean over the points given (pass one year's points for that year's profile). NaN where
    /// the month has no point at that hour.
    struct MonthlyProfiles
    {
        std::array<DailyProfile, 12> mean{};
        std::array<int, 12> days{}; ///< distinct dates that contributed to each month
    };

    struct MonthTotal
    {
        int year = 0;
        int month = 0;
        double sum = 0.0;
        int hours = 0;
    };

    /// Meteorological seasons (WMO): winter = December, January, February; spring = March–May;
    /// summer = June–August; autumn = September–November.
    enum class Season { Winter, Spring, Summer, Autumn };

    struct Summary
    {
        double sum = 0.0;
        double max = 0.0;
        double mean = 0.0;
        int hours = 0;
        KpxHourlyPoint maxAt; ///< the first hour with the maximum
    };

    static MonthlyProfiles meanDailyProfileByMonth(const QList<KpxHourlyPoint> &points);
    /// One entry per (year, month) that has points, in calendar order.
    static QList<MonthTotal> monthlyTotals(const QList<KpxHourlyPoint> &points);
    /// Sums by season regardless of year: pass one calendar year's points for that year's
    /// seasons (its winter is then January, February and December of that year).
    static std::array<double, 4> seasonalTotals(const QList<KpxHourlyPoint> &points);
    static Season seasonOf(int month);
    /// Sum, maximum and mean; all 0 when there are no values.
    static Summary summarize(const QList<KpxHourlyPoint> &points);
    /// Dates with at least one positive value or flagged hour (e.g. curtailment days).
    static int activeDays(const QList<KpxHourlyPoint> &points);
};

} // namespace et::domain::energy
