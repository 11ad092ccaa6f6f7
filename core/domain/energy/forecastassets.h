// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/windfarm.h"
#include "domain/result.h"

namespace et::domain::energy {

/// The forecast's view of a PV plant and of a wind farm (ForecastAsset): what each makes under a
/// step's sky — the PV chain under the sky's sun and irradiance (SolarFleet::plantAcMw), the
/// farm's curve at the sky's weather wind (at 100 m, WeatherProcess's height).
class ForecastAssets
{
public:
    /// Fails when the plant's site cannot be modelled (PvSite::validate), naming the field.
    static Result<ForecastAsset> solar(const SolarPlant &plant);
    static ForecastAsset wind(const WindFarm &farm);
};

} // namespace et::domain::energy
