// SPDX-License-Identifier: MIT
#include "domain/hazard/facilitypower.h"

#include "domain/geo/geodesy.h"
#include "domain/hazard/outageestimate.h"

#include <algorithm>

namespace et::domain::hazard {

double FacilityPower::loadKw(CriticalFacility::Kind kind)
{
    switch (kind) {
    case CriticalFacility::Kind::Hospital: return 1000.0;
    case CriticalFacility::Kind::Water: return 500.0;
    case CriticalFacility::Kind::Telecom: return 50.0;
    case CriticalFacility::Kind::Shelter: return 100.0;
    }
    return 100.0;
}

QList<FacilityOutage> FacilityPower::assess(const QList<CriticalFacility> &facilities, const QList<ImpactSite> &substations,
                                            const QList<SiteImpact> &impact)
{
    QHash<QString, const SiteImpact *> byId;
    for (const SiteImpact &s : impact)
        byId.insert(s.id, &s);
    QList<FacilityOutage> out;
    for (const CriticalFacility &f : facilities) {
        FacilityOutage o;
        o.facilityId = f.id;
        o.backupHours = f.backupHours;
        o.lifeCritical = f.lifeCritical;
        o.priority = f.priority;
        double nearest = std::numeric_limits<double>::infinity();
        for (const ImpactSite &s : substations) {
            const double d = geo::Geodesy::distanceKm(f.lat, f.lon, s.lat, s.lon);
            if (d < nearest) {
                nearest = d;
                o.substationId = s.id;
            }
        }
        if (const SiteImpact *s = byId.value(o.substationId)) {
            o.lossProbability = s->probability;
            o.outageHours = OutageEstimate::repairHours(s->state);
        }
        o.uncoveredHours = std::max(0.0, o.outageHours - o.backupHours);
        o.needMwh = loadKw(f.kind) / 1000.0 * o.uncoveredHours;
        out << o;
    }
    std::stable_sort(out.begin(), out.end(), [](const FacilityOutage &a, const FacilityOutage &b) {
        if (a.lifeCritical != b.lifeCritical)
            return a.lifeCritical;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.backupHours - a.outageHours < b.backupHours - b.outageHours; // runs out soonest first
    });
    return out;
}

QList<dispatch::EnergyNeed> FacilityPower::needs(const QList<FacilityOutage> &outages)
{
    QList<dispatch::EnergyNeed> out;
    for (const FacilityOutage &o : outages) {
        if (o.needMwh > 0.0)
            out << dispatch::EnergyNeed{o.facilityId, o.needMwh, o.lifeCritical};
    }
    return out;
}

} // namespace et::domain::hazard
