// SPDX-License-Identifier: MIT
#include "sim/fleetgenerator.h"

#include "sim/simrandom.h"

#include <cmath>

namespace et::backend {

QList<domain::Truck> FleetGenerator::generate(quint64 seed, const QList<TruckDepot> &depots, int count,
                                              const QDateTime &updatedAt)
{
    // A stream of its own, so changing the weather model never reshuffles the fleet.
    SimRandom rng(SimRandom::mix(seed, 0x666c656574ULL));
    static constexpr double kSizes[] = {500, 750, 1000, 1250, 1500, 2000};
    QList<domain::Truck> trucks;
    for (int i = 0; i < count; ++i) {
        const TruckDepot &home = depots.at(i % depots.size());
        domain::Truck t;
        t.id = QStringLiteral("truck-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        t.name = QStringLiteral("ET-%1 %2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(home.name);
        t.capacityKwh = kSizes[rng.below(int(std::size(kSizes)))];
        t.soc = std::round(rng.uniform(0.2, 0.9) * 1000.0) / 1000.0;
        t.lat = std::round((home.lat + rng.uniform(-0.004, 0.004)) * 1e6) / 1e6;
        t.lon = std::round((home.lon + rng.uniform(-0.004, 0.004)) * 1e6) / 1e6;
        t.status = rng.uniform() < 0.05 ? domain::TruckStatus::Maintenance : domain::TruckStatus::Idle;
        t.updatedAt = updatedAt;
        trucks << t;
    }
    return trucks;
}

} // namespace et::backend
