// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// Wind speed at hub height from a measurement at a reference height (weather stations measure
/// at 10 m). Two textbook profiles of the neutral surface layer:
/// - power law v_hub = v_ref (z_hub / z_ref)^α. α = 1/7 over open land (Peterson & Hennessey,
///   "On the use of power laws for estimates of wind power potential", J. Appl. Meteor. 17 (1978)
///   390–394); α = 0.11 over the open sea (Hsu, Meindl & Gilhousen, "Determining the power-law
///   wind-profile exponent under near-neutral stability conditions at sea", J. Appl. Meteor. 33
///   (1994) 757–765);
/// - log law v_hub = v_ref ln(z_hub / z0) / ln(z_ref / z0) with the roughness length z0 of the
///   European Wind Atlas roughness classes (Troen & Petersen 1989): class 0 water 0.0002 m,
///   class 1 open farmland 0.03 m, class 2 farmland with hedges 0.1 m, class 3 villages 0.4 m
///   (windpowerlib's logarithmic_profile without obstacle height is the same formula).
/// Neither models stability, so at night over land both underestimate the shear. Inputs out of
/// range (heights ≤ 0, z_ref ≤ z0, a negative or NaN speed) give NaN, never a made-up speed.
class WindProfile
{
public:
    static constexpr double kShearOnshore = 1.0 / 7.0;
    static constexpr double kShearOffshore = 0.11;
    static constexpr double kRoughnessWaterM = 0.0002;
    static constexpr double kRoughnessOpenFarmlandM = 0.03;
    static constexpr double kRoughnessFarmlandWithHedgesM = 0.1;
    static constexpr double kRoughnessVillagesM = 0.4;
    /// The height of a standard synoptic anemometer (WMO No. 8): what KMA stations report.
    static constexpr double kStationHeightM = 10.0;

    static double powerLaw(double speedAtReferenceMs, double referenceHeightM, double hubHeightM, double shearExponent);
    static double logLaw(double speedAtReferenceMs, double referenceHeightM, double hubHeightM, double roughnessLengthM);
};

} // namespace et::domain::energy
