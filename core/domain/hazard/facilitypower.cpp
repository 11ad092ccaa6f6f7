// SPDX-License-Identifier: MIT
#include "domain/hazard/facilitypower.h"

#include "domain/hazard/outageestimate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace et::domain::hazard {

double FacilityPower::loadKw(CriticalFacility::Kind kind)
{
    switch (kind) {
    case CriticalFacility::Kind::Hospital: return 1000.0;
    case CriticalFacility::Kind::Water: return 500.0;
    case CriticalFacility::Kind::Telecom: return 50.0;
    case CriticalFacility::Kind::Shelter: return 100.0;
    // A public health center: lights, computers and the counselling phones of a small office.
    case CriticalFacility::Kind::HealthCenter: return 30.0;
    }
    return 100.0;
}

QList<FacilityOutage> FacilityPower::assess(const QList<CriticalFacility> &facilities, const QList<ImpactSite> &substations,
                                            const QList<SiteImpact> &impact)
{
    QHash<QString, const SiteImpact *> byId;
    for (const SiteImpact &s : impact)
        byId.insert(s.id, &s);
    // The substations by latitude: a facility's nearest is searched outwards from its own
    // latitude and the search stops where the latitude alone is farther than the best so far.
    std::vector<const ImpactSite *> byLat;
    for (const ImpactSite &s : substations)
        byLat.push_back(&s);
    std::sort(byLat.begin(), byLat.end(), [](const ImpactSite *a, const ImpactSite *b) { return a->lat < b->lat; });
    QList<FacilityOutage> out;
    for (const CriticalFacility &f : facilities) {
        FacilityOutage o;
        o.facilityId = f.id;
        o.backupHours = f.backupHours;
        o.lifeCritical = f.lifeCritical;
        o.priority = f.priority;
        // Nearest on a local equirectangular projection around the facility: within 0.5 % of the
        // great circle across the island, and a thousand facilities by ten thousand sites stay
        // well inside the impact's time budget (bench_impact).
        const double kx = std::cos(f.lat * std::numbers::pi / 180.0);
        double nearest = std::numeric_limits<double>::infinity();
        const auto consider = [&](const ImpactSite *s) {
            const double dx = (s->lon - f.lon) * kx, dy = s->lat - f.lat;
            const double d2 = dx * dx + dy * dy;
            // Ties go to the smaller id, whichever side they were met from.
            if (d2 < nearest || (d2 == nearest && s->id < o.substationId)) {
                nearest = d2;
                o.substationId = s->id;
            }
        };
        const auto start = std::lower_bound(byLat.cbegin(), byLat.cend(), f.lat, [](const ImpactSite *s, double lat) { return s->lat < lat; });
        for (auto up = start; up != byLat.cend() && ((*up)->lat - f.lat) * ((*up)->lat - f.lat) <= nearest; ++up)
            consider(*up);
        for (auto down = start; down != byLat.cbegin() && (f.lat - (*(down - 1))->lat) * (f.lat - (*(down - 1))->lat) <= nearest; --down)
            consider(*(down - 1));
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
