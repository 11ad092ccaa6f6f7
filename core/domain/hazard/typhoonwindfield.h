// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/hollandwindprofile.h"
#include "domain/hazard/typhoontrack.h"

namespace et::domain::hazard {

/// The surface wind a typhoon fix makes at a place: Holland's profile (HollandWindProfile) set
/// from the fix, symmetric about the centre.
///
/// From a fix (all ASSUMPTIONS of this model, stated here and in docs/hazards.md):
/// - ambient pressure pn = 1010 hPa, so Δp = 1010 − central pressure;
/// - surface (10-minute, as JMA reports) wind = 0.8 × gradient wind (the over-water reduction of
///   the WMO tropical-cyclone guidelines, Harper et al. 2010, is 0.75–0.8);
/// - B from the fix's maximum wind by Holland's eq. 9, at gradient level (÷ 0.8); 1.3 without it;
/// - Rmax fitted so that the profile gives 15 m/s at the fix's mean 15 m/s (30-kt) radius, else
///   25 m/s at its mean 25 m/s (50-kt) radius, else 50 km.
/// Without a central pressure, Δp comes from the maximum wind by eq. 9 with B = 1.3.
class TyphoonWindField
{
public:
    static constexpr double kAmbientHpa = 1010.0;
    static constexpr double kSurfaceFactor = 0.8;
    static constexpr double kDefaultB = 1.3;
    static constexpr double kDefaultRmaxKm = 50.0;

    /// The profile of one fix; an error for a fix with neither pressure nor wind.
    static Result<HollandWindProfile> profileOf(const TrackPoint &fix);
    /// The surface wind at `lat`, `lon` from `fix`, m/s.
    static double surfaceWindMs(const TrackPoint &fix, const HollandWindProfile &profile, double lat, double lon);
};

} // namespace et::domain::hazard
