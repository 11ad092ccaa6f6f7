// SPDX-License-Identifier: MIT
#include "hourlyseriesstatistics.h"

#include <QMap>
#include <QSet>

#include <cmath>
#include <limits>

namespace et::domain::energy {

HourlySeriesStatistics::MonthlyProfiles HourlySeriesStatistics::meanDailyProfileByMonth(const QList<KpxHourlyPoint> &points)
{
    std::array<std::array<double, 24>, 12> sum{};
    std::array<std::array<int, 24>, 12> count{};
    std::array<QSet<QDate>, 12> dates;
    for (const auto &p : points) {
        if (std::isnan(p.value) || p.hour < 0 || p.hour > 23)
            continue;
        const int m = p.date.month() - 1;
        sum[m][p.hour] += p.value;
        ++count[m][p.hour];
        dates[m].insert(p.date);
    }
    MonthlyProfiles out;
    for (int m = 0; m < 12; ++m) {
        for (int h = 0; h < 24; ++h)
            out.mean[m][h] = count[m][h] > 0 ? sum[m][h] / count[m][h] : std::numeric_limits<double>::quiet_NaN();
        out.days[m] = int(dates[m].size());
    }
    return out;
}

QList<HourlySeriesStatistics::MonthTotal> HourlySeriesStatistics::monthlyTotals(const QList<KpxHourlyPoint> &points)
{
    QMap<int, MonthTotal> byMonth; // key year*100+month keeps calendar order
    for (const auto &p : points) {
        if (std::isnan(p.value))
            continue;
        MonthTotal &t = byMonth[p.date.year() * 100 + p.date.month()];
        t.year = p.date.year();
        t.month = p.date.month();
        t.sum += p.value;
        ++t.hours;
    }
    return byMonth.values();
}

HourlySeriesStatistics::Season HourlySeriesStatistics::seasonOf(int month)
{
    switch (month) {
    case 3: case 4: case 5:
        return Season::Spring;
    case 6: case 7: case 8:
        return Season::Summer;
    case 9: case 10: case 11:
        return Season::Autumn;
    default:
        return Season::Winter;
    }
}

std::array<double, 4> HourlySeriesStatistics::seasonalTotals(const QList<KpxHourlyPoint> &points)
{
    std::array<double, 4> out{};
    for (const auto &p : points) {
        if (!std::isnan(p.value))
            out[size_t(seasonOf(p.date.month()))] += p.value;
    }
    return out;
}

HourlySeriesStatistics::Summary HourlySeriesStatistics::summarize(const QList<KpxHourlyPoint> &points)
{
    Summary s;
    for (const auto &p : points) {
        if (std::isnan(p.value))
            continue;
        if (s.hours == 0 || p.value > s.max) {
            s.max = p.value;
            s.maxAt = p;
        }
        s.sum += p.value;
        ++s.hours;
    }
    s.mean = s.hours > 0 ? s.sum / s.hours : 0.0;
    return s;
}

int HourlySeriesStatistics::activeDays(const QList<KpxHourlyPoint> &points)
{
    QSet<QDate> days;
    for (const auto &p : points) {
        if (p.flagged || p.value > 0.0)
            days.insert(p.date);
    }
    return int(days.size());
}

} // namespace et::domain::energy
