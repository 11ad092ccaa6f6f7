// SPDX-License-Identifier: MIT
#include "domain/hazard/areahazard.h"

namespace et::domain::hazard {

bool AreaHazard::contains(const geo::GeoRing &ring, double lat, double lon)
{
    bool in = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring[i], &b = ring[j];
        if ((a.y() > lat) != (b.y() > lat) && lon < (b.x() - a.x()) * (lat - a.y()) / (b.y() - a.y()) + a.x())
            in = !in;
    }
    return in;
}

FragilityCurve AreaHazard::floodCurve(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Substation: return {0.6, 0.4};
    case AssetKind::Solar: return {0.8, 0.4};
    case AssetKind::Wind:
    case AssetKind::Thermal:
    case AssetKind::HvdcConverter: return {1.5, 0.4};
    }
    return {0.6, 0.4};
}

QList<SiteImpact> AreaHazard::ofFlood(const geo::GeoRing &area, double depthM, const QList<ImpactSite> &sites)
{
    QList<SiteImpact> out;
    out.reserve(sites.size());
    for (const ImpactSite &s : sites) {
        const double depth = contains(area, s.lat, s.lon) ? std::max(0.0, depthM) : 0.0;
        out << SiteImpact::of(s.id, depth, floodCurve(s.kind).probability(depth));
    }
    return out;
}

QList<SiteImpact> AreaHazard::ofOutage(const geo::GeoRing &area, const QStringList &regions, const QList<geo::GeoRegion> &baseMap,
                                       const QList<ImpactSite> &sites)
{
    QList<const geo::GeoRegion *> down;
    for (const geo::GeoRegion &g : baseMap) {
        if (regions.contains(g.name))
            down << &g;
    }
    QList<SiteImpact> out;
    out.reserve(sites.size());
    for (const ImpactSite &s : sites) {
        bool inside = area.size() >= 3 && contains(area, s.lat, s.lon);
        for (qsizetype i = 0; !inside && i < down.size(); ++i) {
            for (const geo::GeoPolygon &p : down[i]->polygons) {
                if (!p.isEmpty() && contains(p.first(), s.lat, s.lon)) {
                    inside = true;
                    break;
                }
            }
        }
        out << SiteImpact::of(s.id, inside ? 1.0 : 0.0, inside ? 1.0 : 0.0);
    }
    return out;
}

} // namespace et::domain::hazard
