// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/typhoontrack.h"
#include "domain/result.h"

namespace et::jejudata {

/// The typhoons that passed Jeju, as bundled in the binary (resources/data/hazards: JMA's best
/// tracks 2015–2021 within 300 km of Jeju), read and checked once on first use, from any thread,
/// for the console's "replay a past typhoon".
class BundledHazards
{
public:
    static const domain::Result<QList<domain::hazard::TyphoonTrack>> &jmaTracks();
};

} // namespace et::jejudata
