// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/pvplantmodel.h"
#include "domain/energy/weatherprocess.h"

#include <optional>

namespace et::domain::energy {

/// The sky over the island at one step of one scenario, worked out once and shared by every solar
/// site: where the sun is, and the irradiance on a horizontal surface under the scenario's clouds.
struct StepSky
{
    double zenithDeg = 90.0;   ///< apparent (refracted) zenith
    double azimuthDeg = 180.0; ///< eastward from north
    double ghi = 0.0;          ///< W/m², global horizontal
    double dni = 0.0;          ///< W/m², direct normal
    double dhi = 0.0;          ///< W/m², diffuse horizontal
    double dniExtra = 1361.0;  ///< W/m², extraterrestrial
    Weather weather;           ///< the scenario's weather (temperature and wind for the modules too)
    /// What every PV plant shares under this sky (the sun's trigonometry, the modules' weather),
    /// worked out once by preparePv() — IslandSky does it — so a thousand plants do not each
    /// repeat it. Call preparePv() again after changing a field above; without it (a sky made
    /// by hand) the plants work it out themselves.
    std::optional<PvPlantModel::Sky> pv;

    /// The PV chain's inputs under this sky: the weather's wind is at 100 m (WeatherProcess), the
    /// modules feel it at 10 m, moved down by the onshore power law (WindProfile).
    PvConditions pvConditions() const;
    void preparePv();
    /// pv, or the same worked out now.
    PvPlantModel::Sky pvSky() const;
};

} // namespace et::domain::energy
