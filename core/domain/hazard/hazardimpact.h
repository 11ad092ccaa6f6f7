// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/earthquakeintensity.h"
#include "domain/hazard/fragilitycurve.h"
#include "domain/hazard/typhoontrack.h"

#include <QList>
#include <QString>

namespace et::domain::hazard {

/// A place a hazard is assessed at: an asset (its kind picks the fragility curve).
struct ImpactSite
{
    QString id;
    AssetKind kind = AssetKind::Substation;
    double lat = 0.0;
    double lon = 0.0;
};

/// What a hazard means at one site: its intensity there (the highest surface wind in m/s, or the
/// MMI), the damage probability by the site's fragility curve, the state and the inspection
/// priority.
struct SiteImpact
{
    QString id;
    double intensity = 0.0;
    double probability = 0.0;
    DamageState state = DamageState::Ok;
    InspectionPriority priority = InspectionPriority::Green;

    /// A site with `intensity` and damage `probability`: its state and colour by the stated
    /// thresholds (FragilityCurve::stateOf, priorityOf).
    static SiteImpact of(const QString &id, double intensity, double probability);
    bool operator==(const SiteImpact &) const = default;
};

/// The impact of a hazard on many sites at once (issue 17's impact table).
///
/// A typhoon is stepped hourly between `from` and `to` along its track (TyphoonTrack::at); at each
/// step the fix's profile (TyphoonWindField) is set once, the radius of a 10 m/s surface wind
/// bounds which sites it can matter to, and those sites get the profile's wind at their distance
/// — on a local equirectangular projection around the fix, within 0.5 % of the great circle
/// inside that radius. Each site keeps its highest wind.
class HazardImpact
{
public:
    /// Below this surface wind a step leaves a site alone (no asset here is harmed by it).
    static constexpr double kIgnoredWindMs = 10.0;

    static QList<SiteImpact> ofTyphoon(const TyphoonTrack &track, const QDateTime &from, const QDateTime &to,
                                       const QList<ImpactSite> &sites);
    static QList<SiteImpact> ofEarthquake(const EarthquakeIntensity &quake, const QList<ImpactSite> &sites);
};

} // namespace et::domain::hazard
