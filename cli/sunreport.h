// SPDX-License-Identifier: MIT
#pragma once

#include "sunquery.h"

#include <QTextStream>

namespace et::cli {

/// Prints where the sun is for a SunQuery — zenith, elevation, azimuth — and the sunrise, transit
/// and sunset of that local date, computed on this machine with the NREL SPA (core/domain/energy):
/// no server, no data folder. Text for people, or one JSON object with --json.
class SunReport
{
public:
    /// 0 when printed, 1 (and a message on err) when the position cannot be computed.
    static int print(const SunQuery &query, bool json, QTextStream &out, QTextStream &err);
};

} // namespace et::cli
