// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorypage.h"

#include <optional>

namespace et::test {

class HttpTestClient;
struct HttpReply;

/// GET /api/v1/energy/history?from=&to=&step= as a console asks it.
HttpReply getHistory(HttpTestClient &http, const QDateTime &from, const QDateTime &to, const QString &step = QStringLiteral("1m"));

/// Every 1-minute point of [from, to), following `has_more` page by page; nothing when an answer
/// is not a 200 that decodes (the reason in `error`).
std::optional<domain::EnergyHistoryPage> fetchAllMinutes(HttpTestClient &http, const QDateTime &from, const QDateTime &to,
                                                         QString *error = nullptr);

/// The mean over the 1-minute `minutes` that fall in [start, start + seconds), computed here with
/// plain sums and independently of domain::EnergyHistoryAggregator: MW values as time means, SMP
/// weighted by demand, `minutes` the count. Nothing when none falls in.
std::optional<domain::EnergyHistoryPoint> meanOfMinutes(const QList<domain::EnergyHistoryPoint> &minutes, const QDateTime &start,
                                                        qint64 seconds);

/// The largest absolute difference between two points of the same columns, over every value
/// (a missing value against a present one counts as infinite; different timestamps or minutes too).
double largestDifference(const domain::EnergyHistoryPoint &a, const domain::EnergyHistoryPoint &b);

} // namespace et::test
