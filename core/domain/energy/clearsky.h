// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace et::domain::energy {

/// Irradiance under a cloudless sky, W/m²: global and diffuse on the horizontal, direct normal.
struct ClearSkyIrradiance
{
    double ghi = 0.0;
    double dni = 0.0;
    double dhi = 0.0;
};

/// The inputs of the Ineichen–Perez model.
struct IneichenPerezInput
{
    double apparentZenithDeg = 0.0;
    /// Absolute (pressure-corrected) air mass, AirMass::absolute(); ignored when the sun is down.
    double airMassAbsolute = 1.0;
    /// Linke turbidity at air mass 2 (1 = clean dry air; Jeju's months in JejuLinkeTurbidity).
    double linkeTurbidity = 3.0;
    double altitudeM = 0.0;
    /// Extraterrestrial normal irradiance; 1364 W/m² is pvlib's default for this model.
    double dniExtra = 1364.0;
    /// pvlib's optional exp(0.01·AM^1.8) factor of Perez's revision; off by default, as in pvlib.
    bool perezEnhancement = false;
};

/// Clear-sky models: how much sun reaches the ground when no cloud is in the way — the ceiling
/// that a forecast scales down by its cloud cover.
class ClearSky
{
public:
    /// Ineichen & Perez (2002), "A new airmass independent formulation for the Linke turbidity
    /// coefficient", Solar Energy 73(3), in pvlib's formulation (pvlib.clearsky.ineichen):
    ///   fh1 = e^(−h/8000), fh2 = e^(−h/1250), cg1 = 5.09e−5·h + 0.868, cg2 = 3.92e−5·h + 0.0387
    ///   GHI = cg1·I0·cos z·e^(−cg2·AM·(fh1 + fh2·(TL − 1)))
    ///   DNI = min(b·I0·e^(−0.09·AM·(TL − 1)), GHI·(1 − (0.1 − 0.2e^(−TL))/(0.1 + 0.882/fh1))/cos z),
    ///         b = 0.664 + 0.163/fh1
    ///   DHI = GHI − DNI·cos z
    /// Zero with the sun at or below the horizon; an error for inputs that are not numbers or
    /// outside the model's range (TL 1…10, altitude −500…9000 m).
    static Result<ClearSkyIrradiance> ineichenPerez(const IneichenPerezInput &input);
    /// Haurwitz (1945), "Insolation in relation to cloudiness and cloud density", J. Meteorology
    /// 2, 154–166 (and 1946, "Insolation in relation to cloud type", J. Meteorology 3, 123–124):
    /// GHI = 1098·cos z·e^(−0.059/cos z), 0 with the sun at or below the horizon. Needs no
    /// atmosphere.
    static Result<double> haurwitzGhi(double apparentZenithDeg);
};

} // namespace et::domain::energy
