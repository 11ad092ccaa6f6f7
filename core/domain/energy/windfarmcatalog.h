// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/windfarm.h"
#include "domain/energy/windturbinelibrary.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>

namespace et::domain::energy {

/// Reads the wind farm table (resources/data/jeju-wind-farms.json: per farm the asset id, the
/// turbine type from windpowerlib's library, count, hub height, offshore, availability, losses,
/// and how the type was chosen) into WindFarm values with their turbine models. Pure: bytes in.
class WindFarmCatalog
{
public:
    /// Fails on the first farm that cannot be used, naming it ("farms[3].turbine_type: ...").
    static Result<QList<WindFarm>> read(const QByteArray &json, const WindTurbineLibrary &library);
};

} // namespace et::domain::energy
