// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/energybalance.h"
#include "domain/truck.h"

#include <QHash>

namespace et::backend {

class SimRandom;

/// Moves the energy trucks: each simulated second it drives, charges or discharges them; each
/// simulated minute it decides new trips. Trucks go to a wind or solar site while the grid
/// curtails (or, when nearly empty, while power is cheap) and charge there; they discharge at a
/// substation during expensive (high-SMP) hours or on an occasional peer-to-peer delivery. They
/// drive in a straight line at 40-60 km/h, using 1 kWh per km.
class TruckMover
{
public:
    explicit TruckMover(const QList<domain::Asset> &assets);

    /// Advances every truck by `dtSec`; a truck that changed gets `now` as its updated_at.
    void step(QList<domain::Truck> &trucks, double dtSec, const QDateTime &now) const;
    void decide(QList<domain::Truck> &trucks, const domain::EnergyBalance &latest, SimRandom &rng, const QDateTime &now) const;
    /// Power of all trucks in `status` (Charging: drawn from the grid; Discharging: fed into it), in MW.
    static double powerMw(const QList<domain::Truck> &trucks, domain::TruckStatus status);

private:
    struct Site
    {
        QString id;
        double lat;
        double lon;
        bool charges; ///< wind or solar: trucks charge here; substations: they discharge
    };
    QString pickNear(const domain::Truck &t, bool charges, int among, SimRandom &rng) const;

    QHash<QString, Site> m_sites;
};

} // namespace et::backend
