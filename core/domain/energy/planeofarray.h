// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace et::domain::energy {

/// The sun, the sky and a tilted surface: what the transposition models take.
struct PoaInput
{
    double surfaceTiltDeg = 0.0;
    double surfaceAzimuthDeg = 180.0; ///< clockwise from north
    double sunZenithDeg = 0.0;        ///< apparent zenith (the SPA's θ)
    double sunAzimuthDeg = 180.0;     ///< clockwise from north (the SPA's Φ)
    double ghi = 0.0;
    double dni = 0.0;
    double dhi = 0.0;
    double dniExtra = 1366.1; ///< Hay–Davies' anisotropy index divides by it
    double albedo = 0.2;
};

/// Irradiance on the plane of array, W/m², by component.
struct PoaIrradiance
{
    double global = 0.0;
    double beam = 0.0;
    double skyDiffuse = 0.0;
    double groundDiffuse = 0.0;
    double aoiDeg = 0.0; ///< angle of incidence of the beam on the surface
};

/// Transposition of horizontal irradiance (GHI, DNI, DHI) to a tilted plane.
class PlaneOfArray
{
public:
    /// cos of the angle of incidence: cos β·cos z + sin β·sin z·cos(Φ − γs) — the SPA's eq. 48
    /// with azimuths from north (pvlib.irradiance.aoi_projection), limited to [−1, 1].
    static double cosIncidence(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg);
    /// Isotropic sky (Liu & Jordan 1963, "A rational procedure for predicting the long-term
    /// average performance of flat-plate solar-energy collectors", Solar Energy 7(2)):
    /// sky = DHI·(1 + cos β)/2; beam = DNI·max(cos AOI, 0); ground = GHI·ρ·(1 − cos β)/2.
    static Result<PoaIrradiance> isotropic(const PoaInput &input);
    /// Hay & Davies (1980), "Calculation of the solar radiation incident on an inclined
    /// surface", Proc. First Canadian Solar Radiation Data Workshop: a circumsolar share of the
    /// diffuse in proportion to the anisotropy index A = DNI/I0, sky = DHI·((1 − A)(1 + cos β)/2
    /// + A·Rb), Rb = max(cos AOI, 0)/max(cos z, 0.01745) (pvlib.irradiance.haydavies); beam and
    /// ground as isotropic().
    static Result<PoaIrradiance> hayDavies(const PoaInput &input);
};

} // namespace et::domain::energy
