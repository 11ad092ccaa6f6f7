// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/disaster.h"

#include <QHash>

namespace et::backend {

/// Which assets an active disaster reaches, and how badly: an asset inside the circle of a
/// disaster that is active at the given time is `emergency` (severity 1-3: running, watched) or
/// `offline` (severity 4-5: tripped or shut down for safety, producing nothing). The worst
/// disaster wins; assets outside every circle are absent from the result.
class DisasterImpact
{
public:
    static QHash<QString, domain::AssetStatus> statuses(const QList<domain::Disaster> &disasters,
                                                        const QList<domain::Asset> &assets, const QDateTime &at);
    static bool isActive(const domain::Disaster &disaster, const QDateTime &at);
};

} // namespace et::backend
