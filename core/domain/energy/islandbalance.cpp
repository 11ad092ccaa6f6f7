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
    QList<double> windAvailable, solarAvailable;
    for (const RenewableOffer &r : input.renewables)
        (r.wind ? windAvailable : solarAvailable) << std::max(0.0, r.availableMw);
    double renewables = 0.0;
    for (const RenewableOffer &r : input.renewables)
        renewables += std::max(0.0, r.availableMw);

    double served = demand;
    double curtailedWind = 0.0, curtailedSolar = 0.0;
    QList<double> windCut(windAvailable.size(), 0.0), solarCut(solarAvailable.size(), 0.0);
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
            windCut = proRata(windAvailable, surplus);
            for (double c : windCut)
                curtailedWind += c;
            surplus -= curtailedWind;
            if (surplus > kEpsilonMw) {
                solarCut = proRata(solarAvailable, surplus);
                for (double c : solarCut)
                    curtailedSolar += c;
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
    for (qsizetype i = 0; i < units.size(); ++i) {
        b.thermalMw += thermal[i];
        if (input.assetDetail)
            out.assetOutputMw.insert(units[i].id, thermal[i]);
    }
    qsizetype w = 0, s = 0;
    out.renewableOutputMw.reserve(input.renewables.size());
    for (const RenewableOffer &r : input.renewables) {
        const double available = std::max(0.0, r.availableMw);
        const double cut = r.wind ? windCut.value(w++) : solarCut.value(s++);
        out.renewableOutputMw.append(available - cut);
        if (input.assetDetail) {
            out.curtailedMw.insert(r.id, cut);
            out.assetOutputMw.insert(r.id, available - cut);
        }
        (r.wind ? b.windMw : b.solarMw) += available - cut;
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
