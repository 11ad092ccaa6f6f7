// SPDX-License-Identifier: MIT
#include "domain/energy/kpxreplaydispatch.h"

#include "domain/energy/carbonintensity.h"

#include <algorithm>

namespace et::domain::energy {

namespace {
// Below this a remainder is rounding, not power (as IslandBalance).
constexpr double kEpsilonMw = 1e-9;

/// Takes up to `amountMw` from `available`, returns what it took.
double takeUpTo(double &available, double &amountMw)
{
    const double taken = std::clamp(amountMw, 0.0, std::max(0.0, available));
    available -= taken;
    amountMw -= taken;
    return taken;
}
} // namespace

KpxReplayDispatch::KpxReplayDispatch(const IslandModelSpec &spec, const QList<Asset> &assets) : m_grid(spec.grid)
{
    QSet<QString> offshore;
    for (const WindFarm &f : spec.wind) {
        if (f.offshore)
            offshore.insert(f.assetId);
    }
    for (const Asset &a : assets) {
        if ((a.kind == AssetKind::Thermal || a.kind == AssetKind::Wind || a.kind == AssetKind::Solar) && a.capacityMw > 0.0)
            m_plants.append({a.id, a.kind, a.capacityMw, offshore.contains(a.id)});
    }
}

double KpxReplayDispatch::onlineCapacity(AssetKind kind, const QSet<QString> &offline) const
{
    double mw = 0.0;
    for (const Plant &p : m_plants) {
        if (p.kind == kind && !offline.contains(p.id))
            mw += p.capacityMw;
    }
    return mw;
}

void KpxReplayDispatch::spread(AssetKind kind, double totalMw, const QSet<QString> &offline, QHash<QString, double> &out) const
{
    const double capacity = onlineCapacity(kind, offline);
    for (const Plant &p : m_plants) {
        if (p.kind == kind)
            out.insert(p.id, capacity > 0.0 && !offline.contains(p.id) ? totalMw * p.capacityMw / capacity : 0.0);
    }
}

BalanceResult KpxReplayDispatch::dispatch(const QDateTime &utc, const KpxIslandTotals &island, double truckChargingMw,
                                          double truckDischargeMw, const QSet<QString> &offline, double truckAbsorbMw) const
{
    BalanceResult out;
    EnergyBalance &b = out.balance;
    b.timestamp = utc;
    b.truckDischargeMw = std::max(0.0, truckDischargeMw);
    // A kind with no plant in service makes nothing; what it made is then asked of the links.
    const auto made = [&](AssetKind kind, double mw) { return onlineCapacity(kind, offline) > 0.0 ? std::max(0.0, mw) : 0.0; };
    double thermal = made(AssetKind::Thermal, island.thermalMw());
    double wind = made(AssetKind::Wind, island.windMw);
    double solar = made(AssetKind::Solar, island.solarMw);
    double windCurtailed = onlineCapacity(AssetKind::Wind, offline) > 0.0 ? std::max(0.0, island.windCurtailedMw) : 0.0;
    double solarCurtailed = 0.0;
    double served = std::max(0.0, island.demandMw) + std::max(0.0, truckChargingMw);
    // Trucks at charge sites take curtailed wind: it is generated after all, and served to them.
    out.truckAbsorbedMw = std::min(std::max(0.0, truckAbsorbMw), windCurtailed);
    windCurtailed -= out.truckAbsorbedMw;
    wind += out.truckAbsorbedMw;
    served += out.truckAbsorbedMw;
    const double residual = served - thermal - wind - solar - b.truckDischargeMw;

    // The links in service, each within its rating, in proportion to it.
    QList<double> flows(m_grid.links.size(), 0.0);
    const auto carry = [&](double amountMw, bool reversibleOnly) {
        double rating = 0.0;
        for (const HvdcLink &l : m_grid.links) {
            if (!offline.contains(l.jejuAssetId) && (l.reversible || !reversibleOnly))
                rating += std::max(0.0, l.capacityMw);
        }
        const double carried = std::min(amountMw, rating);
        for (qsizetype i = 0; rating > 0.0 && i < m_grid.links.size(); ++i) {
            const HvdcLink &l = m_grid.links[i];
            if (!offline.contains(l.jejuAssetId) && (l.reversible || !reversibleOnly))
                flows[i] = carried * std::max(0.0, l.capacityMw) / rating * (reversibleOnly ? -1.0 : 1.0);
        }
        return carried;
    };
    if (residual > kEpsilonMw) {
        const double unserved = residual - carry(residual, false);
        if (unserved > kEpsilonMw) {
            out.shedMw = unserved;
            served -= unserved;
        }
    } else if (residual < -kEpsilonMw) {
        double surplus = -residual - carry(-residual, true);
        // What the links cannot take: renewables off (wind first), then thermal below its level.
        windCurtailed += takeUpTo(wind, surplus);
        solarCurtailed += takeUpTo(solar, surplus);
        takeUpTo(thermal, surplus);
        takeUpTo(b.truckDischargeMw, surplus);
    }

    spread(AssetKind::Thermal, thermal, offline, out.assetOutputMw);
    spread(AssetKind::Wind, wind, offline, out.assetOutputMw);
    spread(AssetKind::Solar, solar, offline, out.assetOutputMw);
    spread(AssetKind::Wind, windCurtailed, offline, out.curtailedMw);
    spread(AssetKind::Solar, solarCurtailed, offline, out.curtailedMw);
    b.demandMw = served;
    b.thermalMw = thermal;
    b.windMw = wind;
    b.solarMw = solar;
    b.curtailmentMw = windCurtailed + solarCurtailed;
    b.truckAbsorbedMw = out.truckAbsorbedMw;
    b.truckGridChargeMw = std::max(0.0, truckChargingMw);
    for (qsizetype i = 0; i < m_grid.links.size(); ++i) {
        const HvdcLink &l = m_grid.links[i];
        b.hvdcLinks.append({l.id, l.name, l.mainlandTerminal, l.jejuAssetId, l.capacityMw, flows[i], l.reversible});
        out.assetOutputMw.insert(l.jejuAssetId, flows[i]);
        (flows[i] >= 0.0 ? out.importMw : out.exportMw) += std::abs(flows[i]);
    }
    for (auto it = m_grid.loadShare.cbegin(); it != m_grid.loadShare.cend(); ++it)
        out.assetOutputMw.insert(it.key(), -served * it.value());
    b.renewableShare = served > 0.0 ? std::clamp((wind + solar) / served, 0.0, 1.0) : 0.0;
    setPrice(out, offline);
    const auto carbon = CarbonIntensity::consumedGPerKWh(mixOf(island, out));
    b.carbonGPerKwh = carbon.ok() ? carbon.value() : 0.0;
    return out;
}

void KpxReplayDispatch::setPrice(BalanceResult &r, const QSet<QString> &offline) const
{
    const MarketPrices &prices = m_grid.prices;
    double &smp = r.balance.smpKrwPerKwh;
    if (r.shedMw > kEpsilonMw) {
        smp = prices.priceCapKrwPerKwh;
        r.priceSetBy = QStringLiteral("shed");
    } else if (r.balance.curtailmentMw > kEpsilonMw) {
        smp = prices.renewableBidKrwPerKwh;
        r.priceSetBy = QStringLiteral("curtailment");
    } else if (r.exportMw > kEpsilonMw) {
        smp = prices.exportKrwPerKwh;
        r.priceSetBy = QStringLiteral("export");
    } else {
        smp = prices.importKrwPerKwh;
        r.priceSetBy = QStringLiteral("import");
        // The dearest unit running above its minimum stable level is the one at the margin.
        bool thermalAtMargin = false;
        for (const ThermalUnit &u : m_grid.thermal) {
            if (offline.contains(u.id) || r.assetOutputMw.value(u.id) <= u.minStableMw + kEpsilonMw)
                continue;
            if (!thermalAtMargin || u.marginalCostKrwPerKwh > smp) {
                smp = u.marginalCostKrwPerKwh;
                r.priceSetBy = QStringLiteral("thermal:") + u.id;
                thermalAtMargin = true;
            }
        }
    }
}

GenerationMix KpxReplayDispatch::mixOf(const KpxIslandTotals &island, const BalanceResult &r) const
{
    GenerationMix mix;
    // Thermal in KPX's own LNG : bio heavy oil ratio of the minute (not the catalog's fuels).
    if (island.thermalMw() > 0.0) {
        mix[Fuel::Lng] = r.balance.thermalMw * std::max(0.0, island.lngMw) / island.thermalMw();
        mix[Fuel::BioHeavyOil] = r.balance.thermalMw * std::max(0.0, island.bioHeavyOilMw) / island.thermalMw();
    }
    mix[Fuel::SolarPv] = r.balance.solarMw;
    for (const Plant &p : m_plants) {
        if (p.kind == AssetKind::Wind)
            mix[p.offshore ? Fuel::WindOffshore : Fuel::WindOnshore] += r.assetOutputMw.value(p.id);
    }
    mix.imports = r.importMw;
    mix.exports = r.exportMw;
    return mix;
}

} // namespace et::domain::energy
