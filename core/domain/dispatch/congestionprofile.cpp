// SPDX-License-Identifier: MIT
#include "domain/dispatch/congestionprofile.h"

#include <array>

namespace et::domain::dispatch {

double CongestionProfile::factorForHour(int hourKst)
{
    // 0–6 free, 7–9 rush, 10–16 day, 17–19 rush, 20–23 evening (see the class comment).
    static constexpr std::array<double, 24> kFactor{1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.4, 1.4, 1.4, 1.2, 1.2,
                                                    1.2, 1.2, 1.2, 1.2, 1.2, 1.4, 1.4, 1.4, 1.1, 1.1, 1.1, 1.1};
    return kFactor[size_t(((hourKst % 24) + 24) % 24)];
}

double CongestionProfile::factorAt(const QDateTime &when)
{
    // KST has had no daylight saving since 1988: a fixed UTC+9 is exact for any date we route.
    return factorForHour(when.toOffsetFromUtc(9 * 3600).time().hour());
}

} // namespace et::domain::dispatch
