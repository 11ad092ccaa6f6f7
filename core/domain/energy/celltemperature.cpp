// SPDX-License-Identifier: MIT
#include "celltemperature.h"

#include <algorithm>

namespace et::domain::energy {

double CellTemperature::faimanC(double poaGlobalWm2, double airTemperatureC, double windSpeedMs, double u0, double u1)
{
    return airTemperatureC + poaGlobalWm2 / (u0 + u1 * std::max(windSpeedMs, 0.0));
}

} // namespace et::domain::energy
