// SPDX-License-Identifier: MIT
#pragma once

#include "energyhistorycolumns.h"
#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>

namespace et::domain {

struct Asset;
struct EnergyBalance;
struct HvdcLinkFlow;

/// The island's energy balance over one simulated minute, or the mean over a longer bucket of
/// history: demand, generation by type, each HVDC link's flow, curtailment, SMP, carbon intensity
/// and each asset's output. `minutes` says how many simulated minutes it stands for (1 for a minute; up
/// to the step's length for a bucket, fewer where the bucket is not complete). Power values are
/// time means in MW, so the energy of a bucket is mean × minutes / 60 (curtailedMwh()); the SMP is
/// the demand-weighted mean, the price of the average kWh served. Per-link and per-asset values
/// are in the order of the page's EnergyHistoryColumns.
struct EnergyHistoryPoint
{
    QDateTime timestamp; ///< start of the minute or bucket, UTC
    int minutes = 1;
    double demandMw = 0.0;
    double thermalMw = 0.0;
    double windMw = 0.0;
    double solarMw = 0.0;
    double truckDischargeMw = 0.0;
    double curtailmentMw = 0.0;
    double smpKrwPerKwh = 0.0;
    /// Carbon intensity of what Jeju consumed, gCO₂eq/kWh (the live balance's figure; a bucket's
    /// is weighted by demand, emissions over consumption). Absent in history kept before it was.
    std::optional<double> carbonGPerKwh;
    HistoryValues hvdcFlowMw;    ///< > 0 imports to Jeju
    HistoryValues assetOutputMw; ///< negative for loads (substations)

    static constexpr int kMaxMinutes = 1440;

    /// Renewable output ordered off in this bucket, MWh.
    double curtailedMwh() const { return curtailmentMw * minutes / 60.0; }

    /// One simulated minute: the balance's values, its links' flows and the assets' outputs, in
    /// the order EnergyHistoryColumns::of(balance, assets) names them.
    static EnergyHistoryPoint fromBalance(const EnergyBalance &balance, const QList<Asset> &assets);
    /// The balance this point records, for showing a past minute as the live balance is shown:
    /// its values, the renewable share worked out as the server works it out for the live
    /// balance ((wind + solar) / demand, 0..1), and the links of `links` — their
    /// names, terminals and ratings, which history does not keep — with this point's flows, in
    /// `links`' order. A link the point has no flow for (`columns` does not name it, or the value
    /// is missing) is left out: it did not carry power then.
    EnergyBalance toBalance(const EnergyHistoryColumns &columns, const QList<HvdcLinkFlow> &links) const;
    /// Every value rounded to 0.01 (MW, KRW/kWh), the resolution history keeps.
    EnergyHistoryPoint roundedToHundredths() const;

    /// Reads one point of a page whose columns are `columns`: `hvdc_mw` and `asset_mw` must have
    /// one entry (a number or null) per column.
    static Result<EnergyHistoryPoint> fromJson(const QJsonValue &value, const EnergyHistoryColumns &columns);
    QJsonObject toJson() const;
    bool operator==(const EnergyHistoryPoint &) const = default;
};

} // namespace et::domain
