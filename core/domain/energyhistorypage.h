// SPDX-License-Identifier: MIT
#pragma once

#include "energyhistorypoint.h"
#include "energyhistorystep.h"

namespace et::domain {

/// One answer of `GET /api/v1/energy/history` (docs/api.md): the points of [from, to) at `step`,
/// oldest first, with the columns their per-link and per-asset values stand for. When
/// `hasMore`, the answer stopped early and `to` is where it stopped: ask again from there.
///
/// fromJson() takes nothing on trust, since a client caches what it accepts: `from` < `to`, both
/// on the step's bucket boundaries and no further apart than the step's range limit; every point
/// inside [from, to), on a boundary, after the one before it, standing for at most the step's
/// minutes, with one value per column.
struct EnergyHistoryPage
{
    QDateTime from;
    QDateTime to;
    HistoryStep step = HistoryStep::Minute;
    bool hasMore = false;
    EnergyHistoryColumns columns;
    QList<EnergyHistoryPoint> points;

    static Result<EnergyHistoryPage> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const EnergyHistoryPage &) const = default;
};

} // namespace et::domain
