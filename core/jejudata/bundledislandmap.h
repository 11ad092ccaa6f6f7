// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/georegion.h"
#include "domain/hazard/criticalfacility.h"
#include "domain/result.h"

namespace et::jejudata {

/// Jeju's eup/myeon/dong (KOSTAT 2018, the base map's) and its critical facilities
/// (resources/data/jeju-critical-facilities.json) as bundled in the binary, read and checked once
/// on first use, from any thread. An error says which file failed and stays the answer.
class BundledIslandMap
{
public:
    static const domain::Result<QList<domain::geo::GeoRegion>> &regions();
    static const domain::Result<QList<domain::hazard::CriticalFacility>> &criticalFacilities();
};

} // namespace et::jejudata
