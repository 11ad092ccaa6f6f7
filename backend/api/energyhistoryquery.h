// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorystep.h"
#include "domain/result.h"

#include <QDateTime>
#include <QUrlQuery>

namespace et::backend {

/// The parameters of `GET /api/v1/energy/history`: `from` and `to` (ISO 8601 with a zone,
/// required; [from, to) is asked for), `step` (1m, 5m, 15m, 1h or 1d; default 1m) and `limit`
/// (points in one answer, 1 to maxPoints(step), default maxPoints(step)). parse() refuses times
/// off the step's bucket boundaries, `to` not after `from`, a range longer than the step's limit
/// (domain::historyStepMaxRangeSeconds) and a limit out of range, each with a message naming the
/// parameter and, for the range, the limit.
struct EnergyHistoryQuery
{
    QDateTime from;
    QDateTime to;
    domain::HistoryStep step = domain::HistoryStep::Minute;
    int limit = 0;

    /// The most points one answer holds: a day of minutes (1,440), or a year of days (366).
    static int maxPoints(domain::HistoryStep step) { return step == domain::HistoryStep::Day ? 366 : 1440; }

    static domain::Result<EnergyHistoryQuery> parse(const QUrlQuery &query);
};

} // namespace et::backend
