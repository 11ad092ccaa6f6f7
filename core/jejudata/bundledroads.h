// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadgraph.h"
#include "domain/result.h"

namespace et::jejudata {

/// Jeju's road graph as bundled in the binary (resources/data/roads: the national standard
/// node-link data), read and checked once on first use, from any thread; later calls share it.
/// An error (a damaged build) says which file and line, and stays the answer.
class BundledRoads
{
public:
    static const domain::Result<domain::dispatch::RoadGraph> &graph();
};

} // namespace et::jejudata
