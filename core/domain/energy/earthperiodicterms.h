// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// The Earth's heliocentric longitude, latitude and radius vector from the periodic terms of
/// Reda & Andreas, "Solar Position Algorithm for Solar Radiation Applications", NREL/TP-560-34302
/// (2003, rev. 2008), Table A4.2 — the VSOP87 series truncated as in Meeus, "Astronomical
/// Algorithms" (1998), appendix III. Each series is Σ A·cos(B + C·JME), the rows of a table
/// summed as L = (L0 + L1·JME + … + L5·JME⁵)/10⁸ (the paper's eqs. 9–12).
class EarthPeriodicTerms
{
public:
    /// L in degrees, limited to [0, 360), for the Julian ephemeris millennium `jme` (eq. 8).
    static double heliocentricLongitudeDeg(double jme);
    /// B in degrees.
    static double heliocentricLatitudeDeg(double jme);
    /// R, the Earth–Sun distance in astronomical units.
    static double radiusVectorAu(double jme);
};

} // namespace et::domain::energy
