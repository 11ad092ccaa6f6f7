// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/curtailmenthindcast.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/jejucalibration.h"
#include "domain/energy/solarfleet.h"
#include "domain/energy/weatherprocess.h"
#include "domain/energy/windfarm.h"

namespace et::domain::energy {

/// Jeju in a past year as the simulation lives it, hour by hour, for CurtailmentHindcast: the
/// simulation's weather (WeatherProcess, one seed; its clouds calibrated to KPX's 2025 solar), the
/// PV fleet under IslandSky scaled to the year's installed solar, the wind farms under the
/// weather's wind scaled to the year's installed wind, and KPX-calibrated demand (DemandShape with
/// the year's holidays) scaled to the year's mean. Each hour is read at its middle.
class PastYearIsland
{
public:
    PastYearIsland(JejuCalibration::GridYear year, const WeatherProcess &weather, SolarFleet fleet, QList<WindFarm> farms, DemandShape demand);

    HindcastHour hour(const QDateTime &hourStart) const;

    const JejuCalibration::GridYear &year() const { return m_year; }

private:
    JejuCalibration::GridYear m_year;
    WeatherProcess m_weather;
    SolarFleet m_fleet;
    IslandSky m_sky;
    QList<WindFarm> m_farms;
    DemandShape m_demand;
    double m_solarScale = 1.0;
    double m_windScale = 1.0;
};

} // namespace et::domain::energy
