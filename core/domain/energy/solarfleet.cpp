// SPDX-License-Identifier: MIT
#include "domain/energy/solarfleet.h"


#include <limits>

namespace et::domain::energy {

SolarFleet::SolarFleet(QList<SolarPlant> plants) : m_plants(std::move(plants))
{
    for (const SolarPlant &p : m_plants) {
        m_kWp += p.site.kWp;
        auto model = PvPlantModel::prepare(p.site);
        m_models << (model ? std::optional<PvPlantModel>(std::move(model).value()) : std::nullopt);
    }
}

IslandSky::Place SolarFleet::centre() const
{
    IslandSky::Place c;
    if (m_kWp <= 0.0)
        return c;
    double lat = 0.0, lon = 0.0;
    for (const SolarPlant &p : m_plants) {
        lat += p.site.latitudeDeg * p.site.kWp;
        lon += p.site.longitudeDeg * p.site.kWp;
    }
    c.latitudeDeg = lat / m_kWp;
    c.longitudeDeg = lon / m_kWp;
    return c;
}

double SolarFleet::plantAcMw(const PvPlantModel &plant, const StepSky &sky)
{
    if (sky.zenithDeg >= 90.0 || sky.ghi <= 0.0)
        return 0.0;
    return (sky.pv ? plant.acKw(*sky.pv) : plant.acKw(sky.pvSky())) / 1000.0;
}

double SolarFleet::acMw(const StepSky &sky) const
{
    if (sky.zenithDeg >= 90.0 || sky.ghi <= 0.0)
        return 0.0;
    const PvPlantModel::Sky shared = sky.pvSky();
    double kw = 0.0;
    for (const std::optional<PvPlantModel> &m : m_models)
        kw += m ? m->acKw(shared) : std::numeric_limits<double>::quiet_NaN();
    return kw / 1000.0;
}

double SolarFleet::clearSkyHourMeanMw(const IslandSky &sky, const QDateTime &hourStart, const Weather &weather, int samples) const
{
    const int n = std::max(1, samples);
    double sum = 0.0;
    for (int i = 0; i < n; ++i) {
        const qint64 offsetMs = qint64((i + 0.5) * 3600000.0 / n);
        sum += acMw(sky.clear(hourStart.addMSecs(offsetMs), weather));
    }
    return sum / n;
}

} // namespace et::domain::energy
