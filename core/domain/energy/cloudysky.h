// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/clearsky.h"
#include "domain/result.h"

namespace et::domain::energy {

/// Irradiance under a cloud cover, from the clear-sky irradiance: Kasten & Czeplak (1980),
/// "Solar and terrestrial radiation dependent on the amount and type of cloud", Solar Energy
/// 24(2), 177–189, fitted to ten years of hourly records at Hamburg:
///   G / G_clear = 1 − 0.75·N^3.4          (eq. 8; N the cloud fraction, oktas / 8)
///   D / G       = 0.3 + 0.7·N^2           (eq. 11, the diffuse fraction of the global)
/// and the beam from the rest: DNI = (G − D) / cos z. The fit is for all cloud types together;
/// the simulation's cloud cover is that fraction. At N = 1 a quarter of the clear-sky global
/// reaches the ground, all of it diffuse.
class CloudySky
{
public:
    static constexpr double kGlobalCoefficient = 0.75;
    static constexpr double kGlobalExponent = 3.4;
    static constexpr double kDiffuseBase = 0.3;
    static constexpr double kDiffuseCoefficient = 0.7;

    /// The all-sky irradiance; an error for a cloud fraction outside 0..1 or not a number, or a
    /// clear sky that is negative or not a number.
    static Result<ClearSkyIrradiance> kastenCzeplak(const ClearSkyIrradiance &clear, double apparentZenithDeg, double cloudFraction);
};

} // namespace et::domain::energy
