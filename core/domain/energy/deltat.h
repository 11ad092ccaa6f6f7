// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// ΔT = TT − UT1 estimated from the calendar, for callers of the SPA without an observed value:
/// the polynomials of F. Espenak and J. Meeus, "Five Millennium Canon of Solar Eclipses:
/// −1999 to +3000", NASA/TP-2006-214141 (2006), section 2.6, evaluated at y = year + (month −
/// 0.5)/12. Within a second or so of the observed values 1900–2005; the 2005–2050 branch is an
/// extrapolation that runs ahead of the observed ΔT (≈ 69 s in 2025 against ≈ 74 s from the
/// formula), which moves the sun by ≈ 0.02° — far below what a power forecast resolves.
class DeltaT
{
public:
    static double estimateSeconds(int year, int month);
};

} // namespace et::domain::energy
