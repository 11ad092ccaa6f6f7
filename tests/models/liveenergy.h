// SPDX-License-Identifier: MIT
#pragma once

#include "energyinstant.h"
#include "timecursor.h"

#include "client/store.h"

namespace et::test {

/// What the Energy view's models read (an EnergyInstant) over a test's Store, with a TimeCursor
/// that stays live unless the test scrubs it: the models then show the cached live entities.
struct LiveEnergy
{
    explicit LiveEnergy(client::Store &store) : instant(&store, &cursor) {}

    models::TimeCursor cursor;
    models::EnergyInstant instant;
};

} // namespace et::test
