// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace et::domain::dispatch {

/// An energy truck as a planning round sees it.
struct PlanTruck
{
    QString id;
    QString name;
    double lat = 0.0;
    double lon = 0.0;
    double capacityKwh = 0.0;      ///< usable now: the new capacity × the battery's state of health
    double soc = 0.0;              ///< 0..1 of capacityKwh
    double powerKw = 0.0;          ///< charge and discharge power
    double speedCapKmh = 80.0;
    bool available = true;         ///< false: in maintenance or on an order it must finish
    bool reserved = false;         ///< reserved by an incident for critical facilities: critical deliveries only
    double reserveSoc = 0.2;       ///< never discharged below this for an ordinary delivery
    double wearKrwPerKwh = 0.0;    ///< the battery wear of cycling one kWh (BatteryHealth)
    double energyCostKrwPerKwh = 0.0; ///< what the energy on board cost when it was charged
    bool operator==(const PlanTruck &) const = default;
};

/// One thing a truck can be sent to do: charge from a site's forecast curtailment, or deliver to a
/// substation, inside a time window, with at most `energyKwh` to take or give and the site's
/// connection limit on the power.
struct PlanTask
{
    enum class Kind { Charge, Deliver };
    QString id; ///< stable over rounds for the same site and window (the suggestion's id builds on it)
    Kind kind = Kind::Charge;
    QString siteId;
    QString siteName;
    double lat = 0.0;
    double lon = 0.0;
    QDateTime windowStart;
    QDateTime windowEnd;
    double energyKwh = 0.0;     ///< charge: the curtailed energy this slot may absorb; deliver: what is needed
    double powerLimitKw = 0.0;  ///< the connection limit of this slot
    double priceKrwPerKwh = 0.0; ///< charge: the SMP while charging; deliver: the value of energy delivered there
    bool critical = false;      ///< deliver: a site trucks held in reserve may go to
    /// Why the task exists, which a suggestion names: the round's best value (curtailment to
    /// absorb, a substation to feed), or an incident's priority supply (PriorityAllocation's rule).
    enum class Rule { BestValue, LifeCritical, FairShare };
    Rule rule = Rule::BestValue;
    bool operator==(const PlanTask &) const = default;
};

/// The money and rules of a planning round. Every figure is a stated assumption, see
/// docs/dispatch.md "The planning round".
struct PlanParameters
{
    QDateTime now;
    /// What a kWh absorbed from curtailment is worth once delivered: the SMP the trucks will
    /// discharge at (by default the forecast's expensive hours, DispatchTaskBuilder).
    double deliveredValueKrwPerKwh = 150.0;
    /// Diesel, driver and tyres of a 25-t battery truck (≈ 0.35 L/km at 1,600 KRW/L, a driver's
    /// hour over 40 km): about 1,200 KRW per km.
    double travelKrwPerKm = 1200.0;
    /// An arrival after the window opened wastes curtailed energy that is already counted in the
    /// energy a truck can absorb; this charges the operator's cost of a late truck on top.
    double latenessKrwPerMinute = 500.0;
    /// Trucks kept back for critical sites: the ones with the most energy on board may then only
    /// take critical deliveries.
    int reserveTrucks = 0;
    /// Less than this is not worth a trip.
    double minimumKwh = 10.0;
    /// A truck sent now may arrive at most this long before its window opens: one sent earlier
    /// would stand waiting instead of working, and a later round (every few minutes) sends it in
    /// time. An ASSUMPTION of this planner: an hour covers a drive across the island.
    double maxEarlyMinutes = 60.0;
};

} // namespace et::domain::dispatch
