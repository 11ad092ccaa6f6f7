// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"
#include "truckroute.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

enum class TruckStatus { Idle, Driving, Charging, Discharging, Maintenance };

/// An energy truck: a mobile battery that charges from curtailed wind or solar and delivers the
/// energy elsewhere. `soc` is the state of charge as a fraction of `capacityKwh` (0..1).
struct Truck
{
    QString id;
    QString name;
    double capacityKwh = 0.0;
    double soc = 0.0;
    /// State of health: the battery's capacity left relative to new (0..1; 1 from a server that
    /// does not say). capacityKwh is the nameplate; what the pack holds now is capacityKwh × soh.
    double soh = 1.0;
    double lat = 0.0;
    double lon = 0.0;
    double headingDeg = 0.0; ///< 0 = north, clockwise
    double speedKmh = 0.0;
    TruckStatus status = TruckStatus::Idle;
    QString targetAssetId;   ///< empty when the truck has no destination
    QString orderId;         ///< the dispatch order it is working on; empty when it decides itself
    /// The trip it is driving (empty unless driving): its path over the roads and the ETA.
    TruckRoute route;
    /// What it charges (status charging) or discharges (discharging) at, kW; held for a whole
    /// simulated minute, the step the island's balance is computed at.
    double powerKw = 0.0;
    QDateTime updatedAt;

    double energyKwh() const { return soc * capacityKwh; }

    static Result<Truck> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Truck &) const = default;
};

QString toString(TruckStatus status);
std::optional<TruckStatus> truckStatusFromString(QStringView text);

} // namespace et::domain
