// SPDX-License-Identifier: MIT
#include "domain/energy/forecastassets.h"

#include "domain/energy/solarfleet.h"

namespace et::domain::energy {

namespace {
constexpr double kWeatherWindHeightM = 100.0; // WeatherProcess's wind height
}

Result<ForecastAsset> ForecastAssets::solar(const SolarPlant &plant)
{
    auto model = PvPlantModel::prepare(plant.site);
    if (!model)
        return model.error().prefixed(plant.id);
    return ForecastAsset{plant.id, false, [m = std::move(model).value()](const StepSky &sky) { return SolarFleet::plantAcMw(m, sky); }};
}

ForecastAsset ForecastAssets::wind(const WindFarm &farm)
{
    return ForecastAsset{farm.assetId, true,
                         [farm](const StepSky &sky) { return farm.outputMwFromReference(sky.weather.windSpeedMs, kWeatherWindHeightM); }};
}

} // namespace et::domain::energy
