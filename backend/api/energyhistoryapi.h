// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiserver.h"

namespace et::backend {

class EnergyHistoryStore;

/// `GET /api/v1/energy/history?from=&to=&step=` (docs/api.md): the island's balance over a time
/// range, one point per minute or the means of coarser buckets (EnergyHistoryAggregator), read
/// from EnergyHistoryStore — steps of an hour and more from the hourly means, finer ones from the
/// minutes, which reach back `minuteDays`. An answer holds at most `limit` points (a day of
/// minutes by default), starting with the first stored bucket at or after `from` — a stretch
/// with no history before it is skipped, not paged through — and says `has_more` with the `to`
/// it stopped at. ReadGrid, like the balance.
class EnergyHistoryApi
{
public:
    explicit EnergyHistoryApi(EnergyHistoryStore &history);
    void registerRoutes(ApiServer &server);

private:
    ApiResponse history(const ApiRequest &request) const;

    EnergyHistoryStore &m_history;
};

} // namespace et::backend
