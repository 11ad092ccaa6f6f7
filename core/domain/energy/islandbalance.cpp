// SPDX-License-Identifier: MIT
#include "domain/energy/islandbalance.h"

#include <algorithm>

namespace et::domain::energy {

namespace {
// Below this a remainder is rounding, not power.
constexpr double kEpsilonMw = 1e-9;

struct Offer
{
    double priceKrwPerKwh;
    int order;        ///< ties keep the configured order: imports by link, then thermal by unit
    double headroomMw;
    int link = -1;    ///< index into the links, or -1
    int unit = -1;    ///< index into the thermal units, or -1
};

struct OfferTotals
{
    double wind = 0.0;
    double solar = 0.0;
    double all = 0.0;
};

/// What the renewables offer, by kind and in all, summed in input order. (A small function of
/// its own keeps the sums in registers: a forecast calls this for a thousand offers a step.)
[[gnu::noinline]] OfferTotals totalsOf(const QList<RenewableOffer> &offers)
{
    double wind = 0.0, solar = 0.0, all = 0.0;
    for (const RenewableOffer &r : offers) {
        const double available = std::max(0.0, r.availableMw);
        if (r.wind)
            wind += available;
        else
            solar += available;
        all += available;
    }
    return {wind, solar, all};
}

/// Each offer's output after its kind's curtailed share, into `output` (input order), and the
/// outputs summed by kind in input order.
[[gnu::noinline]] OfferTotals deliver(const QList<RenewableOffer> &offers, double windShare, double solarShare, double *output)
{
    double wind = 0.0, solar = 0.0;
    for (const RenewableOffer &r : offers) {
        const double available = std::max(0.0, r.availableMw);
        const double delivered = available - available * (r.wind ? windShare : solarShare);
        *output++ = delivered;
        if (r.wind)
            wind += delivered;
        else
            solar += delivered;
    }
    return {wind, solar, wind + solar};
}

/// The share of every offer that `amountMw` takes when taken pro rata from offers totalling
/// `totalMw`: each gives available × share.
double shareOf(double totalMw, double amountMw)
{
    return totalMw <= kEpsilonMw ? 0.0 : std::min(1.0, amountMw / totalMw);
}

/// The MW the renewables of one kind give at a share, summed in input order.
double sumOfCuts(const QList<RenewableOffer> &offers, bool wind, double share)
{
    double sum = 0.0;
    for (const RenewableOffer &r : offers) {
        if (r.wind == wind)
            sum += std::max(0.0, r.availableMw) * share;
    }
    return sum;
}

/// Takes `amountMw` from `offers` pro rata to their available MW; returns what each gave.
QList<double> proRata(const QList<double> &available, double amountMw)
{
    double total = 0.0;
    for (double a : available)
        total += a;
    QList<double> taken(available.size(), 0.0);
    if (total <= kEpsilonMw)
        return taken;
    const double share = std::min(1.0, amountMw / total);
    for (qsizetype i = 0; i < available.size(); ++i)
        taken[i] = available[i] * share;
    return taken;
}
} // namespace

double BalanceResult::suppliedMw() const
{
    return balance.thermalMw + balance.windMw + balance.solarMw + importMw + balance.truckDischargeMw;
}

double BalanceResult::usedMw() const
{
    // balance.demandMw is what was served, trucks soaking up a surplus included.
    return balance.demandMw + exportMw;
}

IslandBalance::IslandBalance(Config config) : m_config(std::move(config)) {}

BalanceResult IslandBalance::dispatch(const BalanceInput &input) const
{
    const MarketPrices &prices = m_config.prices;
    BalanceResult out;
    EnergyBalance &b = out.balance;
    b.timestamp = input.time;
    b.truckDischargeMw = std::max(0.0, input.truckDischargeMw);
    const double demand = std::max(0.0, input.demandMw);

    // What can run: an offline unit or converter station offers nothing and has no minimum.
    QList<ThermalUnit> units;
    for (const ThermalUnit &u : m_config.thermal) {
        if (!input.offline.contains(u.id))
            units << u;
        else if (input.assetDetail)
            out.assetOutputMw.insert(u.id, 0.0);
    }
    QList<HvdcLink> links = m_config.links;
    QList<double> flows;
    for (HvdcLink &l : links) {
        if (input.offline.contains(l.jejuAssetId))
            l.minMw = l.maxOperatingMw = 0.0;
        flows << (l.reversible ? 0.0 : l.minMw);
    }
    QList<double> thermal;
    double mustRun = 0.0;
    for (const ThermalUnit &u : units) {
        thermal << u.minStableMw;
        mustRun += u.minStableMw;
    }
    double lccMinimum = 0.0;
    for (double f : flows)
        lccMinimum += f;
    // Totals in input order: the pro-rata shares below are these sums' (see shareOf()).
    const OfferTotals offered = totalsOf(input.renewables);
    const double windAvailable = offered.wind, solarAvailable = offered.solar, renewables = offered.all;

    double served = demand;
    double curtailedWind = 0.0, curtailedSolar = 0.0;
    double windShare = 0.0, solarShare = 0.0; // the share of every wind (solar) offer curtailed
    const double surplus0 = mustRun + lccMinimum + renewables + b.truckDischargeMw - demand;

    if (surplus0 < -kEpsilonMw) {
        // A deficit: the cheapest offers first, imports before thermal at the same price.
        double deficit = -surplus0;
        QList<Offer> offers;
        int order = 0;
        for (qsizetype i = 0; i < links.size(); ++i)
            offers.append({prices.importKrwPerKwh, order++, std::max(0.0, links[i].maxOperatingMw - flows[i]), int(i), -1});
        for (qsizetype i = 0; i < units.size(); ++i)
            offers.append({units[i].marginalCostKrwPerKwh, order++, std::max(0.0, units[i].capacityMw - units[i].minStableMw), -1, int(i)});
        std::sort(offers.begin(), offers.end(), [](const Offer &x, const Offer &y) {
            return x.priceKrwPerKwh != y.priceKrwPerKwh ? x.priceKrwPerKwh < y.priceKrwPerKwh : x.order < y.order;
        });
        for (const Offer &o : std::as_const(offers)) {
            if (deficit <= kEpsilonMw)
                break;
            const double take = std::min(deficit, o.headroomMw);
            if (take <= kEpsilonMw)
                continue;
            deficit -= take;
            b.smpKrwPerKwh = o.priceKrwPerKwh;
            if (o.link >= 0) {
                flows[o.link] += take;
                out.priceSetBy = QStringLiteral("import");
            } else {
                thermal[o.unit] += take;
                out.priceSetBy = QStringLiteral("thermal:") + units[o.unit].id;
            }
        }
        if (deficit > kEpsilonMw) {
            // Nothing left to start: the operator sheds load, and the price is at its cap.
            out.shedMw = deficit;
            served = demand - deficit;
            b.smpKrwPerKwh = prices.priceCapKrwPerKwh;
            out.priceSetBy = QStringLiteral("shed");
        }
    } else {
        // A surplus (or an exact balance): export, then trucks, then curtailment, then below minimum.
        double surplus = std::max(0.0, surplus0);
        b.smpKrwPerKwh = prices.importKrwPerKwh; // exactly balanced: the next offer up sets it
        out.priceSetBy = QStringLiteral("import");
        for (qsizetype i = 0; i < links.size() && surplus > kEpsilonMw; ++i) {
            if (!links[i].reversible)
                continue;
            const double e = std::min(surplus, std::max(0.0, -links[i].minMw));
            if (e <= kEpsilonMw)
                continue;
            flows[i] -= e;
            surplus -= e;
            b.smpKrwPerKwh = prices.exportKrwPerKwh;
            out.priceSetBy = QStringLiteral("export");
        }
        if (surplus > kEpsilonMw && input.truckAbsorbMw > 0.0) {
            out.truckAbsorbedMw = std::min(surplus, input.truckAbsorbMw);
            surplus -= out.truckAbsorbedMw;
            served += out.truckAbsorbedMw;
            b.smpKrwPerKwh = prices.truckAbsorbKrwPerKwh;
            out.priceSetBy = QStringLiteral("trucks");
        }
        if (surplus > kEpsilonMw) {
            windShare = shareOf(windAvailable, surplus);
            curtailedWind = sumOfCuts(input.renewables, true, windShare);
            surplus -= curtailedWind;
            if (surplus > kEpsilonMw) {
                solarShare = shareOf(solarAvailable, surplus);
                curtailedSolar = sumOfCuts(input.renewables, false, solarShare);
                surplus -= curtailedSolar;
            }
            b.smpKrwPerKwh = prices.renewableBidKrwPerKwh;
            out.priceSetBy = QStringLiteral("curtailment");
        }
        if (surplus > kEpsilonMw) {
            // Even with every renewable off the must-run overshoots (a tiny night load): thermal
            // goes below its minimum, pro rata, and the price is at its floor.
            const QList<double> cut = proRata(thermal, surplus);
            for (qsizetype i = 0; i < thermal.size(); ++i)
                thermal[i] -= cut[i];
            b.smpKrwPerKwh = prices.priceFloorKrwPerKwh;
            out.priceSetBy = QStringLiteral("floor");
        }
    }

    // The island's view.
    b.demandMw = served;
    b.truckAbsorbedMw = out.truckAbsorbedMw;
    for (qsizetype i = 0; i < units.size(); ++i) {
        b.thermalMw += thermal[i];
        if (input.assetDetail)
            out.assetOutputMw.insert(units[i].id, thermal[i]);
    }
    out.renewableOutputMw.resize(input.renewables.size());
    const OfferTotals delivered = deliver(input.renewables, windShare, solarShare, out.renewableOutputMw.data());
    b.windMw = delivered.wind;
    b.solarMw = delivered.solar;
    for (qsizetype i = 0; input.assetDetail && i < input.renewables.size(); ++i) {
        const RenewableOffer &r = input.renewables.at(i);
        out.curtailedMw.insert(r.id, std::max(0.0, r.availableMw) * (r.wind ? windShare : solarShare));
        out.assetOutputMw.insert(r.id, out.renewableOutputMw.at(i));
    }
    b.curtailmentMw = curtailedWind + curtailedSolar;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const HvdcLink &l = m_config.links[i];
        b.hvdcLinks.append({l.id, l.name, l.mainlandTerminal, l.jejuAssetId, l.capacityMw, flows[i], l.reversible});
        if (input.assetDetail)
            out.assetOutputMw.insert(l.jejuAssetId, flows[i]);
        (flows[i] >= 0.0 ? out.importMw : out.exportMw) += std::abs(flows[i]);
    }
    for (auto it = m_config.loadShare.cbegin(); input.assetDetail && it != m_config.loadShare.cend(); ++it)
        out.assetOutputMw.insert(it.key(), -served * it.value());
    b.renewableShare = served > 0.0 ? std::clamp((b.windMw + b.solarMw) / served, 0.0, 1.0) : 0.0;
    return out;
}

} // namespace et::domain::energy
