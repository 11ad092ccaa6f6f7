// SPDX-License-Identifier: MIT
#include "pvpowermodel.h"

#include "celltemperature.h"
#include "inverterefficiency.h"
#include "rangecheck.h"

#include <algorithm>

namespace et::domain::energy {

Result<PvOutput> PvPowerModel::compute(const PvSite &site, const PvConditions &c)
{
    if (Status s = site.validate(); !s.ok())
        return s.error();
    if (Status s = rangecheck::require("air_temperature", c.airTemperatureC, -60, 70, "°C"); !s.ok())
        return s.error();
    if (Status s = rangecheck::require("wind_speed", c.windSpeedMs, 0, 100, "m/s"); !s.ok())
        return s.error();

    PoaInput in;
    in.surfaceTiltDeg = site.tiltDeg;
    in.surfaceAzimuthDeg = site.azimuthDeg;
    in.sunZenithDeg = c.sunZenithDeg;
    in.sunAzimuthDeg = c.sunAzimuthDeg;
    in.ghi = c.ghi;
    in.dni = c.dni;
    in.dhi = c.dhi;
    in.dniExtra = c.dniExtra;
    in.albedo = site.albedo;
    const auto poa = site.skyModel == PvSite::SkyModel::HayDavies ? PlaneOfArray::hayDavies(in) : PlaneOfArray::isotropic(in);
    if (!poa.ok())
        return poa.error();

    PvOutput out;
    out.poa = poa.value();
    out.cellTemperatureC = CellTemperature::faimanC(out.poa.global, c.airTemperatureC, c.windSpeedMs, site.faimanU0, site.faimanU1);
    const double temperatureFactor = 1.0 + site.gammaPerK * (out.cellTemperatureC - 25.0);
    out.dcKw = std::max(site.kWp * out.poa.global / 1000.0 * temperatureFactor * (1.0 - site.lossFraction), 0.0);
    out.inverterEfficiency = InverterEfficiency::pvwattsEfficiency(out.dcKw, site.inverterKw, site.inverterNominalEfficiency);
    out.acKw = InverterEfficiency::pvwattsAc(out.dcKw, site.inverterKw, site.inverterNominalEfficiency);
    out.clipped = out.dcKw > 0.0 && out.acKw >= site.inverterKw;
    return out;
}

} // namespace et::domain::energy
