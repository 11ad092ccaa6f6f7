// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/incidentimpact.h"

#include <QString>

namespace et::client {
class Store;
}

namespace et::models {

/// What a what-if's assessment needs of the island, from the offline cache and the bundled data
/// only, so it works with no server: the cached assets, trucks and health centers, the bundled
/// critical facilities and eup/myeon/dong, each substation's share of the load (the same
/// resources/data/jeju-assets.json the server seeds from), the island's demand of the cached
/// balance (else the cached forecast's first step) and its time.
struct WhatIfInputs
{
    domain::hazard::IncidentInputs inputs;
    QString problem; ///< what is missing ("" when everything was there), for the operator

    static WhatIfInputs fromCache(const client::Store &store);
};

} // namespace et::models
