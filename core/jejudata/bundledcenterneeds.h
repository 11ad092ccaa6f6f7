// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerneeds.h"
#include "domain/result.h"

namespace et::jejudata {

/// What each public health center can help with (resources/data/center-needs.json), bundled in
/// the binary and read once on first use, from any thread: the console's ranking, the CLI and the
/// benchmark read the same rules.
class BundledCenterNeeds
{
public:
    static const domain::Result<domain::centers::CenterNeeds> &rules();
};

} // namespace et::jejudata
