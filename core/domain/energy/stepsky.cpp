// SPDX-License-Identifier: MIT
#include "domain/energy/stepsky.h"

#include "domain/energy/windprofile.h"

#include <algorithm>

namespace et::domain::energy {

namespace {
// The weather's wind height (WeatherProcess) and the module temperature model's (Faiman fitted
// his U1 to wind at the module, a few metres up; pvlib feeds it the 10 m wind as most users do).
// The power law between two fixed heights is one factor.
const double kModuleWindFactor = WindProfile::powerLaw(1.0, 100.0, WindProfile::kStationHeightM, WindProfile::kShearOnshore);
} // namespace

PvConditions StepSky::pvConditions() const
{
    PvConditions c;
    c.sunZenithDeg = zenithDeg;
    c.sunAzimuthDeg = azimuthDeg;
    c.ghi = ghi;
    c.dni = dni;
    c.dhi = dhi;
    c.dniExtra = dniExtra;
    c.airTemperatureC = weather.temperatureC;
    c.windSpeedMs = std::max(weather.windSpeedMs, 0.0) * kModuleWindFactor;
    return c;
}

void StepSky::preparePv()
{
    pv.reset();
    pv = pvSky();
}

PvPlantModel::Sky StepSky::pvSky() const
{
    if (pv)
        return *pv;
    return PvPlantModel::Sky::of(PvPlantModel::Sun::at(zenithDeg, azimuthDeg), pvConditions());
}

} // namespace et::domain::energy
