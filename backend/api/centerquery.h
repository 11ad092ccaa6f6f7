// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/result.h"

#include <QUrlQuery>

#include <optional>

namespace et::backend {

/// The filters of `GET /api/v1/centers`: an optional point with a radius, a text query and a
/// category. parse() rejects what it cannot use (bad numbers, NaN, out-of-range coordinates,
/// a radius without a point) with a message naming the parameter, instead of ignoring it.
struct CenterQuery
{
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<double> radiusKm;
    QString text;     ///< q: case-insensitive substring of name, address or services
    QString category; ///< exact 건강증진센터구분

    static domain::Result<CenterQuery> parse(const QUrlQuery &query);

    /// The matching centers; with a point they carry distance_km and come nearest first.
    QList<domain::Center> apply(const QList<domain::Center> &centers) const;
};

} // namespace et::backend
