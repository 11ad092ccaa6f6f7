// SPDX-License-Identifier: MIT
#pragma once

#include "routequery.h"

#include <QTextStream>

namespace et::cli {

/// Prints the drive for a RouteQuery over Jeju's bundled road graph (core/domain/dispatch's
/// RoadTravel): road distance, expected time with its P10–P90, the congestion factor and speed
/// cap it assumed, and the path's road nodes — computed here, with no server and no data folder.
/// Text for people, or one JSON object with --json.
class RouteReport
{
public:
    /// 0 when printed, 1 (and a message on err) when the road graph cannot be read.
    static int print(const RouteQuery &query, bool json, QTextStream &out, QTextStream &err);
};

} // namespace et::cli
