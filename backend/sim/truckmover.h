// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/dispatch/truckrouteplanner.h"
#include "domain/energybalance.h"
#include "domain/truck.h"

#include <QHash>

#include <memory>

namespace et::backend {

class SimRandom;

/// Energy the trucks actually moved, kWh, summed step by step (the accounting's other side).
struct TruckLedger
{
    double chargedKwh = 0.0;
    double deliveredKwh = 0.0;
    double drivenKwh = 0.0;
};

/// Moves the energy trucks: each simulated second it drives, charges or discharges them; each
/// simulated minute it decides new trips. Trucks go to a wind or solar site while the grid
/// curtails (or, when nearly empty, while power is cheap) and charge there; they discharge at a
/// substation during expensive (high-SMP) hours or on an occasional peer-to-peer delivery.
///
/// A trip is planned when the truck leaves (TruckRoutePlanner: Jeju's roads at the truck's speed
/// cap and the hour's congestion) and stored in the truck; its position is then a function of the
/// trip and the time, so a restarted server continues exactly. Driving uses 1 kWh per km.
/// Charge and discharge run at the power the minute's balance set (Truck::powerKw, see
/// TruckPowers). A truck working on a dispatch order (`order_id` set) is the OrderBook's:
/// step() and decide() leave it alone, and the order book moves it with drive().
class TruckMover
{
public:
    /// Autonomous trucks stop charging here and stop discharging at the reserve.
    static constexpr double kFullSoc = 0.95;
    static constexpr double kReserveSoc = 0.2;
    /// Trucks' top speed (a link is driven at the lower of its limit and this).
    static constexpr double kSpeedCapKmh = 80.0;
    static constexpr double kKwhPerKm = 1.0;

    enum class Drive { Moving, Arrived, NoTarget };

    /// Without a road graph trips are straight lines at RoadTravel's fallback speed.
    TruckMover(const QList<domain::Asset> &assets, const domain::dispatch::RoadGraph *graph);

    /// Advances every autonomous truck to `now`, `dtSec` after the last step; a truck that changed
    /// gets `now` as its updated_at.
    void step(QList<domain::Truck> &trucks, double dtSec, const QDateTime &now, TruckLedger &ledger);
    void decide(QList<domain::Truck> &trucks, const domain::EnergyBalance &latest, SimRandom &rng, const QDateTime &now);
    /// Sends `t` to the asset `targetId` now: plans its trip and sets it driving.
    bool depart(domain::Truck &t, const QString &targetId, const QDateTime &now);
    /// Moves a driving truck along its trip to where it is at `now` (planning the trip first if it
    /// has none, e.g. an order just accepted); on arrival it stands at the target with speed 0,
    /// no trip, and the caller decides what it does next.
    Drive drive(domain::Truck &t, const QDateTime &now, TruckLedger &ledger);
    /// Charge and discharge rating of one truck, kW: 0.5 C, at most 500 kW.
    static double ratedKw(const domain::Truck &t);

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
    domain::TruckRoute straightTrip(const domain::Truck &t, const Site &site, const QDateTime &now) const;

    QHash<QString, Site> m_sites;
    std::unique_ptr<domain::dispatch::TruckRoutePlanner> m_planner;
};

} // namespace et::backend
