// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/sweptoutline.h"

#include <QList>

namespace et::domain::hazard {

/// The shaking an earthquake gives at a place, as macroseismic intensity (MMI; KMA's 진도 uses the
/// same modified Mercalli scale), by the hypocentral-distance intensity prediction equation of
///
///   T. I. Allen, D. J. Wald, C. B. Worden, "Intensity attenuation for active crustal regions",
///   Journal of Seismology 16 (2012) 409–433:
///
///   MMI = c0 + c1 M + c2 ln √(R² + Rm²) [+ c4 ln(R / 50) for R > 50 km],  Rm = m1 + m2 e^(M − 5),
///   c0 = 2.085, c1 = 1.428, c2 = −1.402, c4 = 0.078, m1 = −0.209, m2 = 2.042,
///
/// R the hypocentral distance in km and M the moment magnitude — here KMA's local magnitude ML,
/// an ASSUMPTION (for M around 5 the two differ by a few tenths). Allen et al. fit active crust;
/// Jeju sits on the stable side of the Korean peninsula, another stated approximation, checked
/// against the one event that was felt there: the 2021-12-14 ML 4.9 off Seogwipo, which KMA
/// reported as intensity V on Jeju.
class EarthquakeIntensity
{
public:
    static constexpr double kC0 = 2.085, kC1 = 1.428, kC2 = -1.402, kC4 = 0.078, kM1 = -0.209, kM2 = 2.042;

    EarthquakeIntensity(double lat, double lon, double depthKm, double magnitude);

    /// The intensity by the equation at hypocentral distance `rKm`, not clamped.
    static double mmiAtHypocentralKm(double magnitude, double rKm);
    /// The intensity at a place, within 1–12.
    double mmiAt(double lat, double lon) const;
    /// The epicentral distance within which the intensity is at least `mmi` (0: nowhere).
    double radiusKmOf(double mmi) const;
    /// Contours of whole intensities from `lowest` up, as discs around the epicentre (the
    /// equation is radial), for SweptOutline to draw.
    QList<std::pair<int, GeoDisc>> contours(int lowest = 3) const;

private:
    double m_lat, m_lon, m_depthKm, m_magnitude;
};

} // namespace et::domain::hazard
