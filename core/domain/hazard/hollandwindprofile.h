// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace et::domain::hazard {

/// The gradient wind around a tropical cyclone's centre by Holland's parametric profile:
///
///   G. J. Holland, "An Analytic Model of the Wind and Pressure Profiles in Hurricanes",
///   Monthly Weather Review 108 (1980) 1212–1218.
///
/// Pressure p(r) = pc + Δp exp(−(Rmax/r)^B) (eq. 2); gradient wind (eq. 4)
///   Vg(r) = sqrt( (B Δp / ρ) (Rmax/r)^B exp(−(Rmax/r)^B) + (r f / 2)² ) − r f / 2,
/// and, without the Coriolis term, the maximum at r = Rmax (eq. 9) Vm = sqrt(B Δp / (ρ e)).
/// Δp = pn − pc with the ambient pressure pn; f = 2 Ω sin(latitude). Coefficients used here:
/// air density ρ = 1.15 kg/m³ (Holland's), Ω = 7.292e-5 rad/s, B kept within Holland's 1–2.5.
class HollandWindProfile
{
public:
    static constexpr double kAirDensity = 1.15;       ///< kg/m³
    static constexpr double kEarthRotation = 7.292e-5; ///< rad/s
    static constexpr double kMinB = 1.0;
    static constexpr double kMaxB = 2.5;

    /// Δp in hPa, Rmax in km, latitude in degrees (for f).
    HollandWindProfile(double deltaPHpa, double rmaxKm, double b, double latitudeDeg);

    /// B from the maximum wind and Δp by eq. 9 (B = ρ e Vm² / Δp), kept within [1, 2.5].
    static double bFromMaxWind(double maxWindMs, double deltaPHpa);

    /// The gradient wind at `rKm` from the centre, m/s (0 at the centre).
    double gradientWindMs(double rKm) const;
    /// The pressure deficit below ambient at `rKm`, hPa.
    double pressureDeficitHpa(double rKm) const;

    /// The Rmax (km) at which the profile's gradient wind at `radiusKm` is `windMs`, outside the
    /// maximum (bisection over 5–200 km); an error when no Rmax there gives it.
    static Result<double> rmaxForWindAt(double radiusKm, double windMs, double deltaPHpa, double b, double latitudeDeg);

    double rmaxKm() const { return m_rmaxKm; }
    double b() const { return m_b; }

private:
    double m_deltaPPa;
    double m_rmaxKm;
    double m_b;
    double m_f;
};

} // namespace et::domain::hazard
