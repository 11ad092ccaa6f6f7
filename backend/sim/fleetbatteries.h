// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/batteryhealth.h"
#include "domain/result.h"
#include "domain/truck.h"

#include <QHash>
#include <QJsonObject>

namespace et::backend {

/// The battery health of every simulated truck (domain::dispatch::BatteryHealth): fed each
/// truck's SoC every simulated minute, it sets the truck's `soh` and gives the dispatch its wear
/// cost per kWh. A truck the simulation has not seen before comes with a pack already in service:
/// ASSUMED 1–3 years (deterministic from the seed and its id) of one daily swing between 20 % and
/// 95 % SoC at 25 °C, which is what TruckMover's charge and reserve limits make of a working day —
/// a new fleet's packs would otherwise all sit in the SEI film's first fast-ageing months.
/// Kept in the simulation's state, so a restarted server goes on with the same packs.
class FleetBatteries
{
public:
    static constexpr double kCellTemperatureC = 25.0;
    /// The swing the wear cost is quoted for: half the pack around half charge.
    static constexpr double kQuotedDepth = 0.5;
    static constexpr double kQuotedMeanSoc = 0.5;

    /// Gives every truck without a battery one, aged as above.
    void ensure(const QList<domain::Truck> &trucks, quint64 seed);
    /// `seconds` more of every truck at its SoC now; sets each truck's soh (to 1e-4) and, when
    /// that changed it, stamps the truck `now` (a changed entity carries when it changed).
    domain::Status sample(QList<domain::Truck> &trucks, double seconds, const QDateTime &now);
    /// The wear cost of a kWh through `truckId`'s pack; 0 for a truck without one.
    double wearKrwPerKwh(const QString &truckId) const;

    QJsonObject toJson() const;
    /// Restores what toJson() wrote; an error names the truck.
    domain::Status load(const QJsonObject &json);

private:
    QHash<QString, domain::dispatch::BatteryHealth> m_packs;
};

} // namespace et::backend
