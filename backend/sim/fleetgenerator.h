// SPDX-License-Identifier: MIT
#pragma once

#include "sim/seeddata.h"
#include "domain/truck.h"

namespace et::backend {

/// Makes the initial energy-truck fleet from the seed: sizes 500-2000 kWh, a state of charge,
/// a home town among the depots (with a few hundred metres of spread so markers do not stack),
/// about one in twenty in maintenance. Same seed, same fleet.
class FleetGenerator
{
public:
    static QList<domain::Truck> generate(quint64 seed, const QList<TruckDepot> &depots, int count,
                                         const QDateTime &updatedAt);
};

} // namespace et::backend
