// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energybalance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace et::domain::energy {

/// A thermal unit as the island balance dispatches it: it runs at least at its minimum stable
/// level while online (must-run, as Jeju's operator keeps its plants for inertia and voltage) and
/// offers the rest at its marginal cost.
struct ThermalUnit
{
    QString id;
    double capacityMw = 0.0;
    double minStableMw = 0.0;
    double marginalCostKrwPerKwh = 0.0;
};

/// An HVDC link to the mainland. LCC links (#1, #2) cannot reverse and must carry at least
/// `minMw` while on; the VSC link (#3) can export down to `minMw` < 0.
struct HvdcLink
{
    QString id;
    QString name;
    QString mainlandTerminal;
    QString jejuAssetId;    ///< the converter station on Jeju: offline when it is
    double capacityMw = 0.0;
    double minMw = 0.0;     ///< LCC: the minimum transfer while on (> 0); VSC: the export limit (< 0)
    double maxOperatingMw = 0.0;
    bool reversible = false;

    bool operator==(const HvdcLink &) const = default;
};

/// What a wind farm or solar site could make this step, before any curtailment.
struct RenewableOffer
{
    QString id;
    bool wind = true; ///< wind is curtailed before solar (446 of Jeju's 539 orders 2015-2023)
    double availableMw = 0.0;
};

/// The prices the merit order clears at, in KRW/kWh. The defaults are stated assumptions of this
/// model (docs/energy-model.md, "Island balance"), in the range of Jeju's pilot real-time market.
struct MarketPrices
{
    double importKrwPerKwh = 110.0;        ///< mainland power over HVDC (the mainland SMP)
    double exportKrwPerKwh = 60.0;         ///< what the VSC export earns at the margin
    double truckAbsorbKrwPerKwh = 0.0;     ///< trucks soaking up a surplus pay nothing more
    double renewableBidKrwPerKwh = -60.0;  ///< a renewable would rather pay than be curtailed (lost REC value)
    double priceFloorKrwPerKwh = -100.0;   ///< must-run alone exceeds demand: the floor
    double priceCapKrwPerKwh = 1000.0;     ///< load is shed: the cap

    bool operator==(const MarketPrices &) const = default;
};

/// One step's inputs.
struct BalanceInput
{
    QDateTime time;
    double demandMw = 0.0;          ///< consumers, including trucks charging on an order
    double truckDischargeMw = 0.0;  ///< trucks feeding back into the grid
    double truckAbsorbMw = 0.0;     ///< what trucks at charge sites could still take from a surplus
    QList<RenewableOffer> renewables;
    QSet<QString> offline;          ///< thermal units and converter stations that cannot run
    /// Fill the per-asset maps of the result; a forecast running a million steps reads
    /// renewableOutputMw instead and saves the hashing.
    bool assetDetail = true;
};

/// One step's outcome. `balance` is the island's view; the rest says how it came about.
struct BalanceResult
{
    EnergyBalance balance;
    QHash<QString, double> assetOutputMw; ///< thermal units, converters (import > 0), substations (< 0), renewables
    QHash<QString, double> curtailedMw;   ///< per renewable
    QList<double> renewableOutputMw;      ///< after curtailment, in the order of the input's renewables
    double importMw = 0.0;
    double exportMw = 0.0;
    double truckAbsorbedMw = 0.0;
    double shedMw = 0.0;                  ///< demand that could not be served
    QString priceSetBy;                   ///< "import", "thermal:<id>", "export", "trucks", "curtailment", "floor", "shed"

    /// Power into the island's grid and out of it; equal at every step (conservation).
    double suppliedMw() const;
    double usedMw() const;
};

/// The island's power balance at one step, pure and deterministic: must-run thermal and the LCC
/// links' minimum, then every renewable on offer, are taken first; a deficit is met by the cheapest
/// offers in merit order (imports over HVDC, then thermal by marginal cost) and a surplus is taken,
/// in order, by the VSC link's export, trucks at charge sites and, last, curtailment (wind before
/// solar, pro rata within each). The system marginal price (SMP) is the price of whatever was at
/// the margin, so it is negative while curtailing. Energy is conserved at every step.
class IslandBalance
{
public:
    struct Config
    {
        QList<ThermalUnit> thermal;
        QList<HvdcLink> links;
        QHash<QString, double> loadShare; ///< substation id -> share of island demand
        MarketPrices prices;
    };

    explicit IslandBalance(Config config);

    const Config &config() const { return m_config; }
    BalanceResult dispatch(const BalanceInput &input) const;

private:
    Config m_config;
};

} // namespace et::domain::energy
