// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QUrlQuery>

namespace et::backend {

/// The parameters of `GET /api/v1/sync/changes`: `since` (a cursor, default 0) and `limit`
/// (1–5000, default 1000). parse() refuses anything that is not a whole number in range with a
/// message naming the parameter, so no page can be asked for without a bound.
struct ChangesQuery
{
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 5000;

    qint64 since = 0;
    int limit = kDefaultLimit;

    static domain::Result<ChangesQuery> parse(const QUrlQuery &query);
};

} // namespace et::backend
