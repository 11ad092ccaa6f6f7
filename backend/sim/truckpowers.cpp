// SPDX-License-Identifier: MIT
#include "sim/truckpowers.h"

#include "sim/truckmover.h"

#include <algorithm>

namespace et::backend {

using domain::Truck;
using domain::TruckStatus;

namespace {
constexpr double kMinutesPerHour = 60.0;
// Less than this is nothing left to charge or give (a rounding error, not energy).
constexpr double kNothingKwh = 1e-9;
} // namespace

TruckPowers::Asked TruckPowers::ask(QList<Truck> &trucks, const QMap<QString, domain::DispatchOrder> &orders,
                                    const QHash<QString, domain::AssetStatus> &assetStatus, const QDateTime &now)
{
    Asked asked;
    for (Truck &t : trucks) {
        const double before = t.powerKw;
        t.powerKw = 0.0;
        const bool charging = t.status == TruckStatus::Charging;
        if (!charging && t.status != TruckStatus::Discharging) {
            if (before != 0.0)
                t.updatedAt = now;
            continue;
        }
        double room = charging ? (TruckMover::kFullSoc - t.soc) * t.capacityKwh : (t.soc - TruckMover::kReserveSoc) * t.capacityKwh;
        if (!t.orderId.isEmpty()) {
            // The order book finishes an order whose target went offline at the next second.
            if (assetStatus.value(t.targetAssetId) == domain::AssetStatus::Offline)
                room = 0.0;
            if (const auto o = orders.constFind(t.orderId); o != orders.cend())
                room = std::min(room, o->kwh - o->doneKwh);
        } else if (room <= kNothingKwh || assetStatus.value(t.targetAssetId) == domain::AssetStatus::Offline) {
            // An autonomous truck that is done (or whose site is gone) stands idle again.
            t.status = TruckStatus::Idle;
            t.targetAssetId.clear();
            t.updatedAt = now;
            continue;
        }
        t.powerKw = std::max(0.0, std::min(TruckMover::ratedKw(t), room * kMinutesPerHour));
        if (t.powerKw != before)
            t.updatedAt = now;
        (charging ? asked.chargeMw : asked.dischargeMw) += t.powerKw / 1000.0;
    }
    return asked;
}

void TruckPowers::grant(QList<Truck> &trucks, double factor)
{
    if (factor >= 1.0)
        return;
    for (Truck &t : trucks) {
        if (t.status == TruckStatus::Charging)
            t.powerKw *= std::max(0.0, factor);
    }
}

} // namespace et::backend
