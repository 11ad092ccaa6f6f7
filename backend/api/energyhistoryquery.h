// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorystep.h"
#include "domain/result.h"

#include <QDateTime>
#include <QUrlQuery>

namespace et::backend {

/// The parameters of `GET /api/v1/energy/history`: `from` and `to` (ISO 8601 with a zone,
/// required; [from, to) is asked for), `step` (1m, 5m, 15m, 1h or 1d; default 1m). parse()
/// refuses times off the step's bucket boundaries, `to` not after `from`, and a range longer than
/// the step's limit (domain::historyStepMaxRangeSeconds), each with a message naming the
/// parameter and, for the range, the limit.
struct EnergyHistoryQuery
{
    QDateTime from;
    QDateTime to;
    domain::HistoryStep step = domain::HistoryStep::Minute;

    static domain::Result<EnergyHistoryQuery> parse(const QUrlQuery &query);
};

} // namespace et::backend
