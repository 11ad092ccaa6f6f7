// SPDX-License-Identifier: MIT
#include "extraterrestrialirradiance.h"

#include <cmath>
#include <numbers>

namespace et::domain::energy {

double ExtraterrestrialIrradiance::spencerWm2(double dayOfYear, double solarConstant)
{
    const double b = 2.0 * std::numbers::pi * (dayOfYear - 1.0) / 365.0;
    const double distanceFactor = 1.00011 + 0.034221 * std::cos(b) + 0.00128 * std::sin(b)
                                  + 0.000719 * std::cos(2.0 * b) + 0.000077 * std::sin(2.0 * b);
    return solarConstant * distanceFactor;
}

double ExtraterrestrialIrradiance::fromEarthSunDistanceWm2(double radiusAu, double solarConstant)
{
    return solarConstant / (radiusAu * radiusAu);
}

} // namespace et::domain::energy
