// SPDX-License-Identifier: MIT
#include "domain/energy/pvplantmodel.h"

#include "domain/energy/angles.h"
#include "domain/energy/inverterefficiency.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

using namespace angles;

PvPlantModel::Sun PvPlantModel::Sun::at(double apparentZenithDeg, double azimuthDeg)
{
    const double cosZenith = cosd(apparentZenithDeg);
    // 0.01745 = cos 89°, as PlaneOfArray::hayDavies: Rb stays finite with the sun on the horizon.
    return {apparentZenithDeg, cosZenith, sind(apparentZenithDeg), cosd(azimuthDeg), sind(azimuthDeg), 1.0 / std::max(cosZenith, 0.01745)};
}

Result<PvPlantModel> PvPlantModel::prepare(const PvSite &site)
{
    if (Status s = site.validate(); !s.ok())
        return s.error();
    PvPlantModel m;
    m.m_site = site;
    m.m_cosTilt = cosd(site.tiltDeg);
    m.m_sinTilt = sind(site.tiltDeg);
    m.m_cosAzimuth = cosd(site.azimuthDeg);
    m.m_sinAzimuth = sind(site.azimuthDeg);
    m.m_skyViewFactor = (1.0 + m.m_cosTilt) / 2.0;
    m.m_groundFactor = site.albedo * (1.0 - m.m_cosTilt) / 2.0;
    m.m_dcPerPoa = site.kWp / 1000.0 * (1.0 - site.lossFraction);
    m.m_inverseDcRating = site.inverterKw > 0.0 ? site.inverterNominalEfficiency / site.inverterKw : 0.0;
    m.m_dcRating = site.inverterKw / site.inverterNominalEfficiency;
    m.m_efficiencyScale = site.inverterNominalEfficiency / InverterEfficiency::kReferenceEfficiency;
    return m;
}

PvPlantModel::Sky PvPlantModel::Sky::of(const Sun &sun, const PvConditions &c)
{
    Sky sky;
    sky.sun = sun;
    sky.ghi = c.ghi;
    sky.dni = c.dni;
    sky.dhi = c.dhi;
    sky.anisotropy = c.dni / c.dniExtra;
    sky.airTemperatureC = c.airTemperatureC;
    sky.windSpeedMs = std::max(c.windSpeedMs, 0.0);
    sky.finite = std::isfinite(c.ghi + c.dni + c.dhi + c.dniExtra + c.airTemperatureC + c.windSpeedMs + sun.cosZenith + sun.cosAzimuth);
    return sky;
}

} // namespace et::domain::energy
