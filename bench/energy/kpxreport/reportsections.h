// SPDX-License-Identifier: MIT
#pragma once
// The sections of docs/energy-calibration.md that energy_kpx_report writes, each in Markdown.

#include "kpxreportdata.h"

namespace et::bench {

QString demandSection(const KpxReportData &data);
QString solarSection(const KpxReportData &data);
QString windSection(const KpxReportData &data);
QString skillSection(const KpxReportData &data);
QString curtailmentSection(const KpxReportData &data);

} // namespace et::bench
