// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// The sun's irradiance at the top of the atmosphere on a plane normal to its rays
/// ("dni_extra"), which follows the Earth–Sun distance through the year.
class ExtraterrestrialIrradiance
{
public:
    /// The solar constant pvlib uses by default, 1366.1 W/m² (ASTM E490-00a; Gueymard 2004).
    static constexpr double kSolarConstant = 1366.1;

    /// Spencer (1971), "Fourier series representation of the position of the sun", Search 2(5):
    /// (R0/R)² = 1.00011 + 0.034221 cos B + 0.00128 sin B + 0.000719 cos 2B + 0.000077 sin 2B,
    /// B = 2π(doy − 1)/365, times the solar constant. `dayOfYear` is 1…366.
    static double spencerWm2(double dayOfYear, double solarConstant = kSolarConstant);
    /// The same from the SPA's radius vector R (AU): solarConstant/R².
    static double fromEarthSunDistanceWm2(double radiusAu, double solarConstant = kSolarConstant);
};

} // namespace et::domain::energy
