// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace et::domain::dispatch {

/// How much longer than at the speed limits a drive on Jeju takes, by the hour of day (Jeju time,
/// KST). An ASSUMPTION, stated because no public per-hour travel-time index for Jeju was found:
/// free-flowing at night (1.0); the morning and evening rush hours in Jeju City and Seogwipo
/// (07–09 and 17–19 h) 1.4; the day between them 1.2 (traffic lights, tourist traffic on the
/// coastal roads); the evening 1.1. The factor multiplies the time of every link of a route
/// that starts in that hour. Korea's national travel-time statistics put urban peak speeds at
/// 60–75 % of the off-peak ones, which 1.4 sits inside; Jeju's rural roads are freer, which the
/// single island-wide factor overstates — so it errs towards late, not early, arrivals.
class CongestionProfile
{
public:
    /// The factor (≥ 1) for a drive starting at `when` (any time zone; read in KST).
    static double factorAt(const QDateTime &when);
    /// The factor for an hour of day 0–23 in KST.
    static double factorForHour(int hourKst);
};

} // namespace et::domain::dispatch
