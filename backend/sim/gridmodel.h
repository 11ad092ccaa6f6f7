// SPDX-License-Identifier: MIT
#pragma once

#include "sim/seeddata.h"
#include "domain/energybalance.h"

#include <QHash>
#include <QSet>

namespace et::backend {

/// Island-wide dispatch for one instant, pure and deterministic. Given demand and what wind and
/// solar could produce, it decides HVDC flows, thermal output and curtailment the way Jeju's
/// operator does in outline:
///  - thermal units stay at their minimum stable level and LCC links at their minimum (must-run);
///  - a deficit is met by HVDC imports first (cheaper), then thermal above minimum;
///  - a surplus first reverses the VSC link (#3) to export, then curtails wind, then solar
///    (446 of 539 curtailment orders 2015-2023 were wind);
///  - SMP rises with thermal loading and residual load, is low while exporting and negative while
///    curtailing.
class GridModel
{
public:
    struct Dispatch
    {
        domain::EnergyBalance balance;
        QHash<QString, double> assetOutputMw; ///< per asset id (thermal, HVDC converters, substations)
        double windAvailableMw = 0.0;
        double solarAvailableMw = 0.0;
    };

    explicit GridModel(const SeedData &seed);

    double windCapacityMw() const { return m_windCapacity; }
    double solarCapacityMw() const { return m_solarCapacity; }

    /// Typical demand without noise: a night trough near 600 MW, a late-morning shoulder and an
    /// evening peak near 900 MW, ~8 % higher in mid-winter and mid-summer (heating and cooling),
    /// 7 % lower on weekends.
    static double baseDemandMw(const QDateTime &utc);
    /// Solar output the island could make now: sun elevation × capacity × clear-sky fraction.
    double solarPotentialMw(const QDateTime &utc, double cloudiness) const;

    /// `offline` names thermal plants and HVDC converters that cannot run (e.g. hit by a
    /// disaster): they produce and carry nothing, and their must-run minimum disappears with them.
    Dispatch dispatch(const QDateTime &utc, double demandMw, double windAvailableMw, double solarAvailableMw,
                      double truckDischargeMw, const QSet<QString> &offline = {}) const;

private:
    QList<HvdcLinkSpec> m_links;
    struct Thermal { QString id; double capacity; double minStable; };
    QList<Thermal> m_thermal;
    QHash<QString, double> m_loadShare;
    double m_windCapacity = 0.0;
    double m_solarCapacity = 0.0;
    double m_solarLat = 33.4;
    double m_solarLon = 126.55;
};

} // namespace et::backend
