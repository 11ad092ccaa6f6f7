// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/georegion.h"
#include "domain/hazard/hazardimpact.h"

#include <QStringList>

namespace et::domain::hazard {

/// The two hazards drawn as areas: a flood (a polygon with a water depth) and an outage (a
/// polygon, or a list of eup/myeon/dong of the base map, where the grid is down).
///
/// - Flood: a site inside the polygon stands in `depthM` of water; the damage probability is a
///   lognormal fragility in depth (ASSUMED, after HAZUS-MH flood's equipment thresholds: outdoor
///   electrical equipment fails once water reaches it — substations median 0.6 m, β 0.4; solar
///   arrays 0.8 m; wind turbines, thermal plants and converter stations, whose equipment stands on
///   plinths, 1.5 m, β 0.4).
/// - Outage: a site inside the area (or in one of the listed regions) is without power for
///   certain: intensity 1, probability 1, likely damaged — it is not damaged, but it is down,
///   and the impact table must put it first.
class AreaHazard
{
public:
    static QList<SiteImpact> ofFlood(const geo::GeoRing &area, double depthM, const QList<ImpactSite> &sites);
    static QList<SiteImpact> ofOutage(const geo::GeoRing &area, const QStringList &regions, const QList<geo::GeoRegion> &baseMap,
                                      const QList<ImpactSite> &sites);
    /// Even-odd point-in-polygon on a (lon, lat) ring.
    static bool contains(const geo::GeoRing &ring, double lat, double lon);
    /// The flood fragility of an asset type (median m, β).
    static FragilityCurve floodCurve(AssetKind kind);
};

} // namespace et::domain::hazard
