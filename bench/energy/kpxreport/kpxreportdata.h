// SPDX-License-Identifier: MIT
#pragma once
// Everything energy_kpx_report reads: KPX's real Jeju series (shared/data/energy) and the bundled
// model data (resources/data), decoded by the project's own readers.

#include "domain/energy/demandshape.h"
#include "domain/energy/hourlyvalues.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/windfarm.h"

#include <QString>

namespace et::bench {

struct KpxReportData
{
    domain::energy::KoreanHolidays holidays;
    /// KPX, 2025 (solar, wind) and 2023-09..2026-06 (demand), on a KST hourly clock.
    domain::energy::HourlyValues solar2025;
    domain::energy::HourlyValues wind2025;
    domain::energy::HourlyValues demand;          ///< from 2023-09-01
    QList<domain::energy::KpxHourlyPoint> demandPoints;
    QList<domain::energy::KpxHourlyPoint> windCurtailment; ///< MWh per hour on curtailment days, 2021–2024
    domain::energy::JejuAssetCatalog::Assets assets;       ///< solar plants at JejuCalibration's tilt
    QList<domain::energy::WindFarm> farms;
    int seeds = 20; ///< weather seeds for the simulation's figures
};

/// Reads every file; a file that cannot be read or decoded ends the program with its name and why.
KpxReportData loadKpxReportData(const QString &sharedDataDir, const QString &resourceDir);

} // namespace et::bench
