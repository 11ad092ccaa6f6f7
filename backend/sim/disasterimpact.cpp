// SPDX-License-Identifier: MIT
#include "sim/disasterimpact.h"

#include "domain/geo/geodesy.h"

namespace et::backend {

using domain::AssetStatus;

bool DisasterImpact::isActive(const domain::Disaster &d, const QDateTime &at)
{
    return d.status != domain::DisasterStatus::Resolved && d.startedAt <= at && (!d.endedAt || *d.endedAt > at);
}

QHash<QString, AssetStatus> DisasterImpact::statuses(const QList<domain::Disaster> &disasters,
                                                     const QList<domain::Asset> &assets, const QDateTime &at)
{
    QHash<QString, int> worst;
    for (const auto &d : disasters) {
        if (!isActive(d, at))
            continue;
        for (const auto &a : assets) {
            if (domain::geo::Geodesy::distanceKm(d.lat, d.lon, a.lat, a.lon) <= d.radiusKm)
                worst[a.id] = std::max(worst.value(a.id), d.severity);
        }
    }
    QHash<QString, AssetStatus> out;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        out.insert(it.key(), it.value() >= 4 ? AssetStatus::Offline : AssetStatus::Emergency);
    return out;
}

} // namespace et::backend
