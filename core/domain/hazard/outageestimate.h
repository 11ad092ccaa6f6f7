// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/hazardimpact.h"

#include <QHash>
#include <QList>
#include <QString>

namespace et::domain::hazard {

/// A substation as the outage estimate needs it: the eup/myeon/dong it serves (its own region
/// here: the seed data gives one per substation) and its share of the island's demand.
struct ServedArea
{
    QString substationId;
    QString region;
    double loadShare = 0.0;
};

/// Demand a hazard leaves unserved, per region, and what it would take to bridge it with trucks.
///
/// Stated model: a substation's load is lost with its damage probability (an expected value —
/// the operator sees how much demand is at risk, not a yes/no per feeder), for the repair time of
/// its state (ASSUMED: 24 h when likely damaged, 4 h when it needs an inspection, none when ok).
/// The deficit is the expected unserved energy over those hours; the trucks needed are that
/// energy over what one truck can deliver in the outage (its usable energy, kUsableMwhPerTruck,
/// once — a truck that must recharge elsewhere does not come back within a day).
class OutageEstimate
{
public:
    static constexpr double kRepairHoursLikelyDamaged = 24.0;
    static constexpr double kRepairHoursInspect = 4.0;
    /// A 1 MWh truck between 95 % and its 20 % reserve.
    static constexpr double kUsableMwhPerTruck = 0.75;

    QHash<QString, double> unservedMwByRegion;
    double unservedMw = 0.0;
    double deficitMwh = 0.0;
    int trucksNeeded = 0;

    static OutageEstimate of(const QList<SiteImpact> &impact, const QList<ServedArea> &areas, double islandDemandMw);
    /// How long a substation in `state` is out: the stated repair times.
    static double repairHours(DamageState state);
};

} // namespace et::domain::hazard
