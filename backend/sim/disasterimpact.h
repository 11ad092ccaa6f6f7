// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/disaster.h"

#include <QHash>

namespace et::backend {

/// Which assets an active disaster reaches, and how badly. A disaster the server has assessed
/// (its `impact`, hazard::IncidentImpact) takes the assets it finds likely damaged `offline`
/// (tripped or shut down for safety, producing nothing) and the ones to inspect `emergency`
/// (running, watched). One without an impact goes by its circle: inside it, `emergency` at
/// severity 1-3 and `offline` at 4-5. The worst disaster wins; assets no disaster harms are
/// absent from the result.
class DisasterImpact
{
public:
    static QHash<QString, domain::AssetStatus> statuses(const QList<domain::Disaster> &disasters,
                                                        const QList<domain::Asset> &assets, const QDateTime &at);
    static bool isActive(const domain::Disaster &disaster, const QDateTime &at);
};

} // namespace et::backend
