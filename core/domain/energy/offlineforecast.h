// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/energyforecast.h"
#include "domain/energy/forecastinputs.h"
#include "domain/energy/islandmodel.h"
#include "domain/result.h"

#include <QSet>

namespace et::domain::energy {

/// The forecast a console works out itself while the server cannot be reached: the IslandModel
/// the server forecast with, rebuilt from the cached assets and the inputs the server sent with
/// its last forecast, run at a later issue time from that forecast's outlook.
/// - From the cache: which assets there are, each solar site's place and AC rating, each thermal
///   unit's capacity, and which assets are out of service (outOfService: they produce nothing).
/// - From the inputs: everything else (ForecastInputs). An asset the inputs name that the cache
///   lacks, or has as another kind, is an error: the two no longer describe one island.
/// - The weather: the cached hourly outlook; past its end (an issue more than a few hours after
///   the outlook's, for the hourly steps) the climate with the widest spread (HourlyOutlook::at).
///   The spreads are the outlook's as issued: an older outlook is no surer for being read later.
/// Issued at the outlook's own issue time it gives exactly the forecast the server issued.
class OfflineForecast
{
public:
    /// The assets a forecast takes to produce nothing: offline or in maintenance.
    static QSet<QString> outOfService(const QList<Asset> &assets);
    static Result<IslandModelSpec> islandModelSpec(const ForecastInputs &inputs, const QList<Asset> &assets);
    /// The built-in shape the inputs name, at their annual mean, with their holidays.
    static Result<DemandShape> demandShape(const ForecastInputs::Demand &demand);
    /// The forecast issued at `issued` (not before the outlook was), rounded to the tenths the
    /// server sends (ForecastJson::kResolution). It carries no inputs of its own: its outlook
    /// was issued with another forecast.
    static Result<EnergyForecastResult> recompute(const ForecastInputs &inputs, const QList<Asset> &assets, const QDateTime &issued);
};

} // namespace et::domain::energy
