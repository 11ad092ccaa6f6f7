// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/dispatchorder.h"
#include "domain/truck.h"

#include <QHash>
#include <QMap>

namespace et::backend {

/// What the trucks draw and feed in during one simulated minute, the step the island's balance is
/// computed at. At the start of each minute every truck standing at its site asks for its rated
/// power, capped so that it cannot pass full (or its reserve), nor its order's energy, within the
/// minute; the balance then grants the charging side what its surplus allows (trucks are paid
/// curtailment, IslandBalance) — or, with no surplus at all, they charge as ordinary load — and
/// every truck holds its power for the whole minute. What the trucks take is then exactly what the
/// balance counted, minute by minute: the accounting the simulation checks.
class TruckPowers
{
public:
    struct Asked
    {
        double chargeMw = 0.0;
        double dischargeMw = 0.0;
    };

    /// Sets each truck's powerKw to what it asks for this minute (0 for a truck that is not
    /// charging or discharging, or whose target is offline) and returns the totals. An autonomous
    /// truck that is full (or at its reserve) stops and is idle again.
    static Asked ask(QList<domain::Truck> &trucks, const QMap<QString, domain::DispatchOrder> &orders,
                     const QHash<QString, domain::AssetStatus> &assetStatus, const QDateTime &now);
    /// Scales every charging truck's power by `granted` / `asked` of the charging side.
    static void grant(QList<domain::Truck> &trucks, double factor);
};

} // namespace et::backend
