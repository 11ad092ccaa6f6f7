// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// The nutation in longitude (Δψ) and in obliquity (Δε) of Reda & Andreas (NREL/TP-560-34302,
/// 2003, rev. 2008), section 3.4: the five fundamental arguments X0…X4 (eqs. 15–19, after Meeus
/// 1998, ch. 22) and the 63 periodic terms of the paper's Table A4.3 (the 1980 IAU theory).
struct Nutation
{
    double meanElongationMoonDeg = 0.0;        ///< X0
    double meanAnomalySunDeg = 0.0;            ///< X1
    double meanAnomalyMoonDeg = 0.0;           ///< X2
    double moonArgumentOfLatitudeDeg = 0.0;    ///< X3
    double moonAscendingNodeLongitudeDeg = 0.0; ///< X4
    double deltaPsiDeg = 0.0;                  ///< Δψ, nutation in longitude
    double deltaEpsilonDeg = 0.0;              ///< Δε, nutation in obliquity

    /// For the Julian ephemeris century `jce` (the paper's eq. 7).
    static Nutation at(double jce);
};

} // namespace et::domain::energy
