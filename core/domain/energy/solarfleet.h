// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/islandsky.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/pvplantmodel.h"

#include <QList>

#include <optional>

namespace et::domain::energy {

/// Jeju's PV plants as one fleet under one sky (IslandSky): each plant's AC output by the PV chain
/// (PvPlantModel: Hay–Davies transposition, Faiman module temperature, PVWatts DC and inverter),
/// summed (the modules' weather: StepSky::pvConditions()). A plant whose site cannot be modelled
/// makes NaN, so the fleet's sum shows it.
class SolarFleet
{
public:
    SolarFleet() = default;
    explicit SolarFleet(QList<SolarPlant> plants);

    const QList<SolarPlant> &plants() const { return m_plants; }
    double kWp() const { return m_kWp; }
    /// The capacity-weighted middle of the fleet, where its IslandSky should stand.
    IslandSky::Place centre() const;

    /// AC MW of the whole fleet under `sky`.
    double acMw(const StepSky &sky) const;
    /// AC MW of one prepared plant under `sky` (its shared part prepared or not).
    static double plantAcMw(const PvPlantModel &plant, const StepSky &sky);
    /// The mean AC MW over the hour starting at `hourStart` under a clear sky: the mean of
    /// `samples` instants at the middles of equal parts of the hour (KPX's hourly values are hour
    /// means, and at sunrise the middle of the hour alone is far off).
    double clearSkyHourMeanMw(const IslandSky &sky, const QDateTime &hourStart, const Weather &weather, int samples = 6) const;

private:
    QList<SolarPlant> m_plants;
    QList<std::optional<PvPlantModel>> m_models; ///< empty where the site cannot be modelled
    double m_kWp = 0.0;
};

} // namespace et::domain::energy
