// SPDX-License-Identifier: MIT
#include "domain/energy/pastyearisland.h"

namespace et::domain::energy {

namespace {
constexpr double kWeatherWindHeightM = 100.0; // WeatherProcess's wind height
}

PastYearIsland::PastYearIsland(JejuCalibration::GridYear year, const WeatherProcess &weather, SolarFleet fleet, QList<WindFarm> farms,
                               DemandShape demand)
    : m_year(std::move(year)), m_weather(weather), m_fleet(std::move(fleet)), m_sky(m_fleet.centre()), m_farms(std::move(farms)),
      m_demand(demand.scaledToAnnualMeanMw(m_year.demandMeanMw))
{
    double windMw = 0.0;
    for (const WindFarm &f : m_farms)
        windMw += f.installedMw();
    m_solarScale = m_fleet.kWp() > 0.0 ? m_year.solarMw * 1000.0 / m_fleet.kWp() : 0.0;
    m_windScale = windMw > 0.0 ? m_year.windMw / windMw : 0.0;
}

HindcastHour PastYearIsland::hour(const QDateTime &hourStart) const
{
    const QDateTime middle = hourStart.addSecs(1800);
    const Weather w = m_weather.at(middle);
    double windMw = 0.0;
    for (const WindFarm &f : m_farms)
        windMw += f.outputMwFromReference(w.windSpeedMs, kWeatherWindHeightM);
    const QDateTime kst = hourStart.toOffsetFromUtc(9 * 3600);
    HindcastHour out;
    out.demandMw = m_demand.hourlyMeanMw(kst.date(), kst.time().hour());
    out.renewables = {{QStringLiteral("wind"), true, windMw * m_windScale},
                      {QStringLiteral("solar"), false, m_fleet.acMw(m_sky.at(middle, w)) * m_solarScale}};
    return out;
}

} // namespace et::domain::energy
