// SPDX-License-Identifier: MIT
#include "domain/hazard/outageestimate.h"

#include <cmath>

namespace et::domain::hazard {

double OutageEstimate::repairHours(DamageState state)
{
    switch (state) {
    case DamageState::LikelyDamaged: return kRepairHoursLikelyDamaged;
    case DamageState::Inspect: return kRepairHoursInspect;
    case DamageState::Ok: break;
    }
    return 0.0;
}

OutageEstimate OutageEstimate::of(const QList<SiteImpact> &impact, const QList<ServedArea> &areas, double islandDemandMw)
{
    QHash<QString, const SiteImpact *> byId;
    for (const SiteImpact &s : impact)
        byId.insert(s.id, &s);
    OutageEstimate e;
    for (const ServedArea &a : areas) {
        const SiteImpact *s = byId.value(a.substationId);
        if (!s || s->probability <= 0.0)
            continue;
        const double mw = std::max(0.0, islandDemandMw) * a.loadShare * s->probability;
        const double hours = repairHours(s->state);
        e.unservedMwByRegion[a.region] += mw;
        e.unservedMw += mw;
        e.deficitMwh += mw * hours;
    }
    e.trucksNeeded = int(std::ceil(e.deficitMwh / kUsableMwhPerTruck - 1e-9));
    return e;
}

} // namespace et::domain::hazard
