// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/dispatchplan.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/result.h"

#include <vector>

namespace et::domain::dispatch {

/// One planning round of the truck dispatch: which truck should go where, now. Every available
/// truck is paired with every task (a charge slot of a forecast curtailment window, a delivery to a
/// substation); pair() works out when it would arrive (RoadTravel over Jeju's roads) and what the
/// trip is worth:
///
///   energy × (value of the energy − its price) − battery wear − travel − lateness,
///
/// where the energy is what the truck can take or give between its arrival and the window's end,
/// limited by its free room or charge above the reserve, its power and the site's connection
/// limit, and the task's energy. A pairing that cannot be done — the truck is unavailable or held
/// in reserve, arrives after the window, or would move less than the minimum — is excluded, not
/// penalised. The round then solves the assignment exactly (RectangularAssignment, maximising,
/// with an "idle" choice of value 0 for each truck, so no truck is sent to lose money) and
/// explains each suggestion with its parts and the best other truck for the same task.
class DispatchPlanner
{
public:
    /// What `truck` would do for `task` after the drive `travel`.
    static Pairing pair(const PlanTruck &truck, const PlanTask &task, const TravelEstimate &travel, const PlanParameters &parameters,
                        bool heldInReserve = false);

    /// The round, with the drives worked out over the road graph (one search per truck).
    static Result<DispatchPlan> plan(const QList<PlanTruck> &trucks, const QList<PlanTask> &tasks, const PlanParameters &parameters,
                                     RoadTravel &travel);

    /// The round with the drives given: travel[t][k] is truck t's drive to task k.
    static Result<DispatchPlan> planWithTravel(const QList<PlanTruck> &trucks, const QList<PlanTask> &tasks,
                                               const PlanParameters &parameters, const std::vector<std::vector<TravelEstimate>> &travel);

    /// Fills each suggestion's route with the road junctions of its drive (only the suggestions':
    /// a round looks at thousands of pairings but draws a few dozen).
    static void addRoutes(DispatchPlan &plan, const QList<PlanTruck> &trucks, RoadTravel &travel);

    /// Which trucks the round holds back for critical sites: the `parameters.reserveTrucks`
    /// available ones with the most energy on board (ties by id), as a flag per truck.
    static std::vector<bool> heldInReserve(const QList<PlanTruck> &trucks, const PlanParameters &parameters);
};

} // namespace et::domain::dispatch
