// SPDX-License-Identifier: MIT
#include "reportmath.h"

#include <algorithm>
#include <cmath>

namespace et::bench {

MonthlyFigures monthlyFigures(const domain::energy::HourlyValues &clock, int year, const std::function<double(qsizetype)> &value)
{
    MonthlyFigures f;
    std::array<std::array<int, 24>, 12> counts{};
    const qsizetype first = std::max<qsizetype>(0, clock.indexOf(QDate(year, 1, 1)));
    const qsizetype end = std::min(clock.size(), clock.indexOf(QDate(year + 1, 1, 1)));
    for (qsizetype i = first; i < end; ++i) {
        const double v = value(i);
        if (!std::isfinite(v))
            continue;
        const size_t m = size_t(clock.dateOf(i).month() - 1), h = size_t(domain::energy::HourlyValues::hourOfDay(i));
        f.profile[m][h] += v;
        ++counts[m][h];
        f.mwh[m] += v;
        ++f.hours[m];
    }
    for (size_t m = 0; m < 12; ++m)
        for (size_t h = 0; h < 24; ++h)
            f.profile[m][h] = counts[m][h] > 0 ? f.profile[m][h] / counts[m][h] : std::nan("");
    return f;
}

std::array<double, 4> seasonalMwh(const std::array<double, 12> &m)
{
    return {m[11] + m[0] + m[1], m[2] + m[3] + m[4], m[5] + m[6] + m[7], m[8] + m[9] + m[10]};
}

double peakOf(const DailyProfile &p)
{
    return *std::max_element(p.begin(), p.end());
}

ProfileGap profileGap(const DailyProfile &kpx, const DailyProfile &model, bool relativeToEachHour)
{
    ProfileGap g;
    const double peak = peakOf(kpx);
    double sum = 0.0;
    for (int h = 0; h < 24; ++h) {
        const double scale = relativeToEachHour ? kpx[size_t(h)] : peak;
        const double d = scale > 0.0 ? (model[size_t(h)] - kpx[size_t(h)]) / scale : 0.0;
        sum += std::abs(d);
        if (std::abs(d) > std::abs(g.worst)) {
            g.worst = d;
            g.worstHour = h;
        }
    }
    g.meanAbs = sum / 24.0;
    return g;
}

} // namespace et::bench
