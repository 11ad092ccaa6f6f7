// SPDX-License-Identifier: MIT
#pragma once

#include "energychartdata.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace et::domain::energy {
struct EnergyForecastResult;
}

namespace et::models {

/// The forward part of the Energy chart, read off a forecast's quarter-hour steps (the next
/// 24 h), one point per step at its start like a history minute: the expected (P50) generation
/// by source — HVDC import is the expected import less the expected export, as the measured
/// series is the links' net flow — curtailment, demand, SMP and carbon intensity; demand's P10
/// and P90 for the band; and each asset's expected output. Nothing for the trucks, which the
/// forecast does not plan. An asset whose steps are not as many as the island's is an error
/// naming it; times and values are otherwise taken as they are (EnergyChartData checks them).
struct ForecastChartSeries
{
    EnergyChartData::SeriesPoints island; ///< AssetOutput stays empty
    QHash<QString, QList<QPointF>> assets; ///< asset id → expected output, MW

    static domain::Result<ForecastChartSeries> of(const domain::energy::EnergyForecastResult &forecast);
};

} // namespace et::models
