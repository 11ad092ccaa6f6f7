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
/// drive in a straight line at 40-60 km/h, using 1 kWh per km. A truck working on a dispatch
/// order (`order_id` set) is the OrderBook's: step() and decide() leave it alone, and the order
/// book moves it with drive().
class TruckMover
{
public:
    /// Autonomous trucks stop charging here and stop discharging at the reserve.
    static constexpr double kFullSoc = 0.95;
    static constexpr double kReserveSoc = 0.2;

    enum class Drive { Moving, Arrived, NoTarget };

    explicit TruckMover(const QList<domain::Asset> &assets);

    /// Advances every autonomous truck by `dtSec`; a truck that changed gets `now` as its updated_at.
    void step(QList<domain::Truck> &trucks, double dtSec, const QDateTime &now) const;
    void decide(QList<domain::Truck> &trucks, const domain::EnergyBalance &latest, SimRandom &rng, const QDateTime &now) const;
    /// Moves a driving truck `dtSec` towards its target asset (any asset); on arrival it stands
    /// there with speed 0 and the caller decides what it does next.
    Drive drive(domain::Truck &t, double dtSec) const;
    /// Charge and discharge power of one truck, kW.
    static double powerKw(const domain::Truck &t);
    /// Power of all trucks in `status` (Charging: drawn from the grid; Discharging: fed into it), in MW.
    static double powerMw(const QList<domain::Truck> &trucks, domain::TruckStatus status);

private:
    enum class Role { Charge, Discharge, Other };
    struct Site
    {
        QString id;
        double lat;
        double lon;
        Role role; ///< wind or solar: trucks charge here; substations: they discharge
    };
    QString pickNear(const domain::Truck &t, bool charges, int among, SimRandom &rng) const;

    QHash<QString, Site> m_sites;
};

} // namespace et::backend
