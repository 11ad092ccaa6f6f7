// SPDX-License-Identifier: MIT
#include "airmass.h"

#include "angles.h"

#include <cmath>

namespace et::domain::energy {

std::optional<double> AirMass::relativeKastenYoung(double apparentZenithDeg)
{
    if (!(apparentZenithDeg <= 90.0))
        return std::nullopt;
    const double z = std::max(apparentZenithDeg, 0.0);
    return 1.0 / (angles::cosd(z) + 0.50572 * std::pow(96.07995 - z, -1.6364));
}

double AirMass::absolute(double relativeAirMass, double pressurePa)
{
    return relativeAirMass * pressurePa / 101325.0;
}

double AirMass::pressureAtAltitudePa(double altitudeM)
{
    return 100.0 * std::pow((44331.514 - altitudeM) / 11880.516, 1.0 / 0.1902632);
}

} // namespace et::domain::energy
