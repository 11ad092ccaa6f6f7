// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/energy/islandmodel.h"
#include "domain/energy/kpxislandseries.h"

#include <QList>
#include <QSet>

namespace et::domain::energy {

/// One minute of Jeju as KPX's series say it ran (KpxIslandTotals), spread over the island's
/// assets, for a replay of a real day:
/// - thermal (LNG + bio heavy oil), wind and solar: each total over the plants of that kind in
///   proportion to their capacity; a plant in `offline` makes nothing and the others take its
///   share; a kind with no plant left makes nothing;
/// - demand is KPX's system demand plus the trucks charging; trucks discharging feed in;
/// - the HVDC import is what the local plants leave of demand (KPX publishes no flows: this
///   residual also carries whatever generation the four series do not list), over the links in
///   service in proportion to their rating (capacity). An LCC link never reverses: a surplus
///   goes out over the reversible links only, within their rating; beyond that renewables are
///   curtailed (wind first, then solar) and then thermal turned down, as IslandBalance does. An
///   import beyond the links' ratings is shed (only when assets are taken out: KPX's 2025 hours
///   need at most 680 of the 900 MW). The model's operating band (min_mw, max_operating_mw) and
///   the thermal units' minimum stable level are the model's assumptions and do not bind here;
/// - curtailment: KPX's wind curtailment where its record covers the date (else 0);
/// - SMP: the model's prices (MarketPrices, the units' marginal costs) on this real dispatch —
///   whatever is at the margin sets it: shed load the cap, curtailment the renewables' bid, an
///   export the export price, else the dearest thermal unit running above its minimum stable
///   level, else the import. It is not KPX's SMP (not in these series);
/// - carbon: CarbonIntensity of the real fuel split (thermal in KPX's LNG : bio heavy oil ratio,
///   each wind farm onshore or offshore, the import at the mainland's factor).
/// Energy is conserved: thermal + wind + solar + import + trucks' discharge = demand + export.
class KpxReplayDispatch
{
public:
    /// `spec` gives the grid (thermal units, HVDC links, the substations' load shares, prices)
    /// and the offshore wind farms; `assets` each plant's kind and capacity.
    KpxReplayDispatch(const IslandModelSpec &spec, const QList<Asset> &assets);

    /// `truckChargingMw` is trucks charging from the grid (load); up to `truckAbsorbMw` of trucks
    /// at charge sites take what KPX reports as curtailed wind instead (that much less is curtailed).
    BalanceResult dispatch(const QDateTime &utc, const KpxIslandTotals &island, double truckChargingMw, double truckDischargeMw,
                           const QSet<QString> &offline, double truckAbsorbMw = 0.0) const;

private:
    struct Plant
    {
        QString id;
        AssetKind kind = AssetKind::Thermal;
        double capacityMw = 0.0;
        bool offshore = false;
    };

    double onlineCapacity(AssetKind kind, const QSet<QString> &offline) const;
    /// `totalMw` over the online plants of `kind` by capacity, into `out` (offline ones get 0).
    void spread(AssetKind kind, double totalMw, const QSet<QString> &offline, QHash<QString, double> &out) const;
    void setPrice(BalanceResult &r, const QSet<QString> &offline) const;
    GenerationMix mixOf(const KpxIslandTotals &island, const BalanceResult &r) const;

    IslandBalance::Config m_grid;
    QList<Plant> m_plants;
};

} // namespace et::domain::energy
