// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/sweptoutline.h"
#include "domain/hazard/typhoontrack.h"

namespace et::domain::hazard {

/// Where a typhoon reaches, as discs along its track an hour apart (SweptOutline draws them):
///
/// - **cone**: the forecast's uncertainty, the track's position from `issued` on with a radius
///   that grows with the lead time, kConeKmPerHour × hours — an ASSUMPTION in the range of JMA's
///   70 % probability circles (about 100 km at 24 h, 200 km at 48 h, 300 km at 72 h);
/// - **swath**: where the surface wind reached `windMs` at some time between `from` and `to`
///   (TyphoonWindField at each hour: the outer radius at which the profile falls to that speed);
/// - **footprint**: the same at one instant.
class TyphoonFootprint
{
public:
    static constexpr double kConeKmPerHour = 4.2;

    static QList<GeoDisc> cone(const TyphoonTrack &track, const QDateTime &issued);
    static QList<GeoDisc> swath(const TyphoonTrack &track, double windMs, const QDateTime &from, const QDateTime &to);
    static std::optional<GeoDisc> footprint(const TyphoonTrack &track, double windMs, const QDateTime &time);
    /// The outer radius (km) at which `fix`'s surface wind falls to `windMs`; 0 when it never
    /// reaches it.
    static double radiusOfWindKm(const TrackPoint &fix, double windMs);
};

} // namespace et::domain::hazard
