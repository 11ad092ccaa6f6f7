// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

namespace et::domain::energy {

/// The optical air mass the sun's light crosses, and the pressure that scales it.
class AirMass
{
public:
    /// Relative air mass at sea level by Kasten & Young (1989), "Revised optical air mass tables
    /// and approximation formula", Applied Optics 28(22): AM = 1/(cos z + 0.50572·(96.07995° −
    /// z)^−1.6364), z the apparent (refraction-corrected) zenith in degrees, as pvlib uses it.
    /// Empty when the sun is below the horizon (z > 90°) or z is not a number.
    static std::optional<double> relativeKastenYoung(double apparentZenithDeg);
    /// Absolute (pressure-corrected) air mass: AM·p/101325 Pa.
    static double absolute(double relativeAirMass, double pressurePa = 101325.0);
    /// Pressure of the standard atmosphere at `altitudeM`, in Pa (the ICAO 1976 relation
    /// p = 100·((44331.514 − h)/11880.516)^(1/0.1902632), as pvlib's alt2pres).
    static double pressureAtAltitudePa(double altitudeM);
};

} // namespace et::domain::energy
