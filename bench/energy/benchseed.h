// SPDX-License-Identifier: MIT
#pragma once
// What the energy benchmarks that run the server's Simulation in process share.

#include "sim/fleetgenerator.h"
#include "sim/seeddata.h"
#include "store/store.h"

namespace et::bench {

/// Writes the seed's assets and a fleet of 20 trucks (seed 1) into a fresh store, as the server's
/// first start does (without the centers, which the simulation does not read).
inline bool writeSeed(backend::Store &store, const backend::SeedData &seed, const QDateTime &start)
{
    QList<backend::EntityWrite> writes;
    for (const auto &a : seed.assets)
        writes.append({domain::EntityKind::Asset, a.id, a.toJson()});
    for (const auto &t : backend::FleetGenerator::generate(1, seed.depots, 20, start))
        writes.append({domain::EntityKind::Truck, t.id, t.toJson()});
    return store.write(writes).ok();
}

} // namespace et::bench
