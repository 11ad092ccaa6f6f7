// SPDX-License-Identifier: MIT
#include "domain/energy/monthlycycle.h"

#include <algorithm>

namespace et::domain::energy {

double MonthlyCycle::at(const std::array<double, 12> &monthly, double dayOfYear)
{
    static constexpr double kMidMonth[12] = {15.5, 45.0, 74.5, 105.0, 135.5, 166.0, 196.5, 227.5, 258.0, 288.5, 319.0, 349.5};
    const double day = std::clamp(dayOfYear, 1.0, 366.0);
    int after = 0;
    while (after < 12 && kMidMonth[after] <= day)
        ++after;
    const int before = (after + 11) % 12;
    const int next = after % 12;
    const double start = after == 0 ? kMidMonth[11] - 365.0 : kMidMonth[before];
    const double end = after == 12 ? kMidMonth[0] + 365.0 : kMidMonth[next];
    const double w = (day - start) / (end - start);
    return monthly[size_t(before)] * (1.0 - w) + monthly[size_t(next)] * w;
}

} // namespace et::domain::energy
