// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/planeofarray.h"
#include "domain/energy/pvsite.h"
#include "domain/result.h"

namespace et::domain::energy {

/// The weather and the sun at one instant, as the PV chain takes them.
struct PvConditions
{
    double sunZenithDeg = 90.0;  ///< apparent zenith (SolarPosition: zenith)
    double sunAzimuthDeg = 180.0; ///< clockwise from north (SolarPosition: azimuth)
    double ghi = 0.0;            ///< W/m²
    double dni = 0.0;
    double dhi = 0.0;
    double dniExtra = 1366.1;    ///< ExtraterrestrialIrradiance
    double airTemperatureC = 20.0;
    double windSpeedMs = 1.0;
};

/// Every stage of the chain, so a forecast can say where the energy went.
struct PvOutput
{
    PoaIrradiance poa;
    double cellTemperatureC = 0.0;
    double dcKw = 0.0;
    double inverterEfficiency = 0.0;
    double acKw = 0.0;
    bool clipped = false; ///< the inverter's rating capped the output
};

/// A PV plant's AC output from the sun and the weather: transposition to the plane of array
/// (isotropic or Hay–Davies), Faiman module temperature, DC = kWp·POA/1000·(1 + γ·(Tcell − 25))
/// less the stated losses, then the PVWatts inverter curve clipped at its AC rating. Pure and
/// allocation-free on success.
class PvPowerModel
{
public:
    static Result<PvOutput> compute(const PvSite &site, const PvConditions &conditions);
};

} // namespace et::domain::energy
