// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/priorityallocation.h"
#include "domain/hazard/criticalfacility.h"
#include "domain/hazard/hazardimpact.h"

namespace et::domain::hazard {

/// Whether a critical facility keeps its power through a hazard, and what it needs if not.
struct FacilityOutage
{
    QString facilityId;
    QString substationId;       ///< the substation taken to feed it (the nearest)
    double lossProbability = 0.0; ///< that substation's damage probability
    double outageHours = 0.0;   ///< the repair time of that substation's state
    double backupHours = 0.0;
    double uncoveredHours = 0.0; ///< how long it is without power once its backup runs out
    double needMwh = 0.0;       ///< its load over the uncovered hours — what trucks would bring
    bool lifeCritical = false;
    int priority = 4;
    bool operator==(const FacilityOutage &) const = default;
};

/// Critical facilities without power (issue 17): each facility is fed by its nearest substation
/// (an ASSUMPTION: the feeder topology is not public), loses power with that substation's damage
/// probability for the repair time of its state (OutageEstimate's), and runs on its own backup for
/// its backup hours. What is left uncovered, at the facility's load (ASSUMED by kind: hospital
/// 1,000 kW, water works 500 kW, telecom 50 kW, shelter 100 kW), is its need — in the order the
/// command centre works through them: life-critical first, then by priority, then the soonest to
/// run out. needs() turns them into PriorityAllocation's input.
class FacilityPower
{
public:
    static double loadKw(CriticalFacility::Kind kind);

    /// `substations` are the substations' sites, `impact` their impact (by id).
    static QList<FacilityOutage> assess(const QList<CriticalFacility> &facilities, const QList<ImpactSite> &substations,
                                        const QList<SiteImpact> &impact);
    /// The outages with energy uncovered, as claims on the trucks' energy.
    static QList<dispatch::EnergyNeed> needs(const QList<FacilityOutage> &outages);
};

} // namespace et::domain::hazard
