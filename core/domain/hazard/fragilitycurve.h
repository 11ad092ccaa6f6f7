// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"

#include <QString>

#include <optional>

namespace et::domain::hazard {

/// What an asset or facility is judged to be after a hazard, from its damage probability.
enum class DamageState { Ok, Inspect, LikelyDamaged };
/// The order an inspection crew should go in (ShakeCast's colours).
enum class InspectionPriority { Green, Yellow, Orange, Red };

/// The probability that something of one type is damaged at a hazard intensity — lognormal in the
/// intensity, as HAZUS and ShakeCast use them: P(damage | x) = Φ(ln(x / median) / β).
///
/// The medians and β here are ASSUMPTIONS of this model (no published set for Jeju's assets was
/// found), chosen from the design levels they stand for:
/// - wind, 10-minute mean at 10 m, m/s: wind turbines median 50 (IEC 61400-1 class I designs for a
///   50 m/s 10-minute extreme), β 0.15; solar arrays 40 (KDS 41 wind loads on Jeju, basic wind
///   speed 40–44 m/s), β 0.2; overhead distribution feeding a substation 35, β 0.25; thermal plants
///   and converter stations 55, β 0.2;
/// - earthquake, MMI (treated as lognormal in MMI as well): substations and converter stations
///   median VIII, β 0.15 (HAZUS's moderate damage of medium-voltage substations lies near 0.2–0.3 g,
///   about MMI VII–VIII); wind turbines and thermal plants IX, β 0.12; solar arrays IX, β 0.15.
class FragilityCurve
{
public:
    double median = 1.0;
    double beta = 0.2;

    /// Φ(ln(x / median) / β); 0 for x ≤ 0.
    double probability(double intensity) const;

    /// The stated curves for wind (m/s) and earthquake (MMI).
    static FragilityCurve forWind(AssetKind kind);
    static FragilityCurve forEarthquake(AssetKind kind);

    /// The state and the inspection priority of a damage probability, by stated thresholds:
    /// ok below 0.1, inspect from 0.1, likely damaged from 0.5; green below 0.05, yellow from
    /// 0.05, orange from 0.2, red from 0.5.
    static DamageState stateOf(double probability);
    static InspectionPriority priorityOf(double probability);
    static QString toString(DamageState state);
    static QString toString(InspectionPriority priority);
    static std::optional<InspectionPriority> priorityFromString(QStringView name);
};

} // namespace et::domain::hazard
