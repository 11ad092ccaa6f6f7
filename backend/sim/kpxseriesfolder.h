// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/kpxislandseries.h"
#include "domain/result.h"

#include <QString>

namespace et::backend {

/// KPX's Jeju series for a replay (`--history-source kpx DIR`), read from a folder: the file
/// access around domain::energy::KpxIslandSeries, which checks what is in them. Each series is
/// the one file in DIR, or in a folder directly inside it, whose name matches KPX's downloads as
/// shared/data/energy keeps them: `*system_demand*.csv`, `*solar_hourly*.csv`,
/// `*wind_hourly*.csv`, `*lng_hourly*.csv`, `*bioheavyoil_hourly*.csv` and, when there,
/// `*wind_curtailment*.csv`. A folder that is missing, a series with no file or with two, a file
/// that cannot be read: an error naming the folder or the file; never a partial replay.
class KpxSeriesFolder
{
public:
    static domain::Result<domain::energy::KpxIslandSeries> load(const QString &dir);
};

} // namespace et::backend
