// SPDX-License-Identifier: MIT
#include "domain/hazard/fragilitycurve.h"

#include <cmath>
#include <numbers>

namespace et::domain::hazard {

double FragilityCurve::probability(double intensity) const
{
    if (!(intensity > 0.0) || !(median > 0.0) || !(beta > 0.0))
        return 0.0;
    // Φ(z) = erfc(−z / √2) / 2.
    const double z = std::log(intensity / median) / beta;
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

FragilityCurve FragilityCurve::forWind(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Wind: return {50.0, 0.15};
    case AssetKind::Solar: return {40.0, 0.2};
    case AssetKind::Substation: return {35.0, 0.25};
    case AssetKind::Thermal:
    case AssetKind::HvdcConverter: return {55.0, 0.2};
    }
    return {40.0, 0.2};
}

FragilityCurve FragilityCurve::forEarthquake(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Substation:
    case AssetKind::HvdcConverter: return {8.0, 0.15};
    case AssetKind::Wind:
    case AssetKind::Thermal: return {9.0, 0.12};
    case AssetKind::Solar: return {9.0, 0.15};
    }
    return {8.0, 0.15};
}

DamageState FragilityCurve::stateOf(double p)
{
    if (p >= 0.5)
        return DamageState::LikelyDamaged;
    if (p >= 0.1)
        return DamageState::Inspect;
    return DamageState::Ok;
}

InspectionPriority FragilityCurve::priorityOf(double p)
{
    if (p >= 0.5)
        return InspectionPriority::Red;
    if (p >= 0.2)
        return InspectionPriority::Orange;
    if (p >= 0.05)
        return InspectionPriority::Yellow;
    return InspectionPriority::Green;
}

QString FragilityCurve::toString(DamageState state)
{
    switch (state) {
    case DamageState::Ok: return QStringLiteral("ok");
    case DamageState::Inspect: return QStringLiteral("inspect");
    case DamageState::LikelyDamaged: return QStringLiteral("likely_damaged");
    }
    return {};
}

QString FragilityCurve::toString(InspectionPriority priority)
{
    switch (priority) {
    case InspectionPriority::Green: return QStringLiteral("green");
    case InspectionPriority::Yellow: return QStringLiteral("yellow");
    case InspectionPriority::Orange: return QStringLiteral("orange");
    case InspectionPriority::Red: return QStringLiteral("red");
    }
    return {};
}

std::optional<InspectionPriority> FragilityCurve::priorityFromString(QStringView name)
{
    for (const InspectionPriority p : {InspectionPriority::Green, InspectionPriority::Yellow, InspectionPriority::Orange, InspectionPriority::Red}) {
        if (name == toString(p))
            return p;
    }
    return std::nullopt;
}

} // namespace et::domain::hazard
