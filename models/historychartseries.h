// SPDX-License-Identifier: MIT
#pragma once

#include "energychartdata.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace et::domain {
struct EnergyHistoryPage;
struct EnergyHistoryPoint;
} // namespace et::domain

namespace et::models {

/// The measured part of the Energy chart, read off cached history minutes (client::Store::history):
/// one point per minute at its start for demand, thermal, wind, solar, truck discharge,
/// curtailment, SMP, the HVDC links' net flow (HvdcImport: the sum of the links' flows, as
/// EnergyBalance::hvdcImportMw(); an export is negative) and carbon intensity
/// (carbonIntensityOf()), and the output of one asset. Pure: HistoryChartReader runs it on its
/// own thread.
struct HistoryChartSeries
{
    EnergyChartData::SeriesPoints island; ///< AssetOutput and the forecast band stay empty
    QString assetId;
    /// assetId's output, NaN (a gap) for a minute without its value; empty when no column of
    /// the page names the asset (or assetId is empty).
    QList<QPointF> asset;

    static HistoryChartSeries of(const domain::EnergyHistoryPage &page, const QString &assetId);

    /// The carbon intensity of what the island consumed in `point`, gCO₂eq/kWh: the figure the
    /// server worked out from its per-plant dispatch when the point carries it; for minutes kept
    /// before history carried it, domain::energy::CarbonIntensity::consumedGPerKWh() of the
    /// point's mix (NaN when nothing was generated or imported), under these assumptions:
    /// - thermal is LNG and bio heavy oil in the shares of KPX's Jeju generation of 2025
    ///   (LNG 1,466.31 GWh, bio heavy oil 1,252.77 GWh: 53.9 % / 46.1 %, docs/energy-model.md,
    ///   "KPX data"); the history keeps no per-plant fuel;
    /// - wind at the onshore factor (11 g; offshore's 12 g would move the result by < 0.1 g);
    /// - truck discharge at the wind factor too: the trucks deliver curtailed renewable energy,
    ///   and most curtailment on Jeju is wind (446 of 539 orders 2015–2023);
    /// - imports are the links flowing to Jeju, at the mainland grid's factor; exports do not
    ///   change the intensity (CarbonIntensity's formula).
    static double carbonIntensityOf(const domain::EnergyHistoryPoint &point);
};

} // namespace et::models
