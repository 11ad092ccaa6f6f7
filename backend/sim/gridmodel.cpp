// SPDX-License-Identifier: MIT
#include "sim/gridmodel.h"

#include "sim/sunposition.h"

#include <cmath>
#include <numbers>

namespace et::backend {

namespace {
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double bump(double hour, double centre, double width)
{
    const double d = (hour - centre) / width;
    return std::exp(-d * d);
}
} // namespace

GridModel::GridModel(const SeedData &seed) : m_links(seed.links), m_loadShare(seed.loadShare)
{
    double latSum = 0.0, lonSum = 0.0;
    for (const auto &a : seed.assets) {
        switch (a.kind) {
        case domain::AssetKind::Wind: m_windCapacity += a.capacityMw; break;
        case domain::AssetKind::Solar:
            m_solarCapacity += a.capacityMw;
            latSum += a.lat * a.capacityMw;
            lonSum += a.lon * a.capacityMw;
            break;
        case domain::AssetKind::Thermal:
            m_thermal.append({a.id, a.capacityMw, seed.minStableMw.value(a.id)});
            break;
        default: break;
        }
    }
    // One sun for the island, seen from the capacity-weighted centre of its solar.
    if (m_solarCapacity > 0.0) {
        m_solarLat = latSum / m_solarCapacity;
        m_solarLon = lonSum / m_solarCapacity;
    }
}

double GridModel::baseDemandMw(const QDateTime &utc)
{
    const QDateTime kst = utc.toUTC().addSecs(9 * 3600); // Korea Standard Time, no DST
    const double hour = kst.time().msecsSinceStartOfDay() / 3600000.0;
    // Distance from the equinoxes: 1 in mid-winter and mid-summer, 0 in spring and autumn.
    const double season = std::abs(std::cos(4.0 * std::numbers::pi * (kst.date().dayOfYear() - 15) / 365.0));
    const double shape = 600.0 + 110.0 * bump(hour, 11.0, 4.0) + 290.0 * bump(hour, 19.5, 3.0)
                         + 290.0 * bump(hour - 24.0, 19.5, 3.0);
    // Weekends use less: offices and factories idle (Jeju's curtailment came mostly on spring weekends).
    const bool weekend = kst.date().dayOfWeek() >= Qt::Saturday;
    return shape * (1.0 + 0.08 * season) * (weekend ? 0.93 : 1.0);
}

double GridModel::solarPotentialMw(const QDateTime &utc, double cloudiness) const
{
    const double elevation = SunPosition::elevationDeg(utc, m_solarLat, m_solarLon);
    if (elevation <= 0.0)
        return 0.0;
    // sin(elevation)^1.2 approximates plane-of-array irradiance plus air mass losses; 0.85 is a
    // typical performance ratio; clouds remove up to 75 % of the output.
    const double clearSky = std::pow(std::sin(elevation * std::numbers::pi / 180.0), 1.2);
    return m_solarCapacity * 0.85 * clearSky * (1.0 - 0.75 * std::clamp(cloudiness, 0.0, 1.0));
}

GridModel::Dispatch GridModel::dispatch(const QDateTime &utc, double demandMw, double windAvailableMw,
                                        double solarAvailableMw, double truckDischargeMw, const QSet<QString> &offline) const
{
    QList<Thermal> plants;
    for (const auto &t : m_thermal) {
        if (!offline.contains(t.id))
            plants << t;
    }
    QList<HvdcLinkSpec> links;
    for (const auto &l : m_links) {
        HvdcLinkSpec usable = l;
        if (offline.contains(l.jejuAssetId))
            usable.minMw = usable.maxOperatingMw = 0.0;
        links << usable;
    }
    Dispatch out;
    out.windAvailableMw = windAvailableMw;
    out.solarAvailableMw = solarAvailableMw;
    domain::EnergyBalance &b = out.balance;
    b.timestamp = utc;
    b.demandMw = round2(demandMw);
    b.truckDischargeMw = round2(truckDischargeMw);

    double thermalMin = 0.0, thermalMax = 0.0;
    for (const auto &t : plants) {
        thermalMin += t.minStable;
        thermalMax += t.capacity;
    }
    QList<double> flows;
    double linkMin = 0.0;
    for (const auto &l : links) {
        const double f = l.reversible ? 0.0 : l.minMw;
        flows << f;
        linkMin += f;
    }

    const double net = b.demandMw - b.truckDischargeMw;
    const double renewables = windAvailableMw + solarAvailableMw;
    double thermal = thermalMin;
    double wind = windAvailableMw, solar = solarAvailableMw;
    double exportMw = 0.0;
    double surplus = thermalMin + linkMin + renewables - net;
    if (surplus >= 0.0) {
        for (qsizetype i = 0; i < links.size() && surplus > 0.0; ++i) {
            if (!links[i].reversible)
                continue;
            const double e = std::min(surplus, -links[i].minMw);
            flows[i] -= e;
            exportMw += e;
            surplus -= e;
        }
        const double curtailWind = std::min(surplus, wind);
        wind -= curtailWind;
        surplus -= curtailWind;
        const double curtailSolar = std::min(surplus, solar);
        solar -= curtailSolar;
        surplus -= curtailSolar;
        // Only when even zero renewables overshoot (a tiny night load) does thermal go below minimum.
        thermal = std::max(0.0, thermal - surplus);
        b.curtailmentMw = round2(curtailWind + curtailSolar);
    } else {
        double deficit = -surplus;
        for (qsizetype i = 0; i < links.size() && deficit > 0.0; ++i) {
            const double add = std::min(deficit, links[i].maxOperatingMw - flows[i]);
            flows[i] += add;
            deficit -= add;
        }
        const double extra = std::min(deficit, thermalMax - thermalMin);
        thermal += extra;
        deficit -= extra;
        // Nothing left to start: the operator sheds load, so demand_mw is what is served.
        if (deficit > 0.0)
            b.demandMw = round2(b.demandMw - deficit);
    }

    b.windMw = round2(wind);
    b.solarMw = round2(solar);
    b.thermalMw = round2(thermal);
    for (qsizetype i = 0; i < links.size(); ++i) {
        const auto &l = links[i];
        b.hvdcLinks.append({l.id, l.name, l.mainlandTerminal, l.jejuAssetId, l.capacityMw, round2(flows[i]), l.reversible});
        out.assetOutputMw.insert(l.jejuAssetId, round2(flows[i]));
    }
    b.renewableShare = b.demandMw > 0.0 ? std::clamp(std::round((b.windMw + b.solarMw) / b.demandMw * 10000.0) / 10000.0, 0.0, 1.0) : 0.0;

    const double loading = thermalMax > thermalMin ? (thermal - thermalMin) / (thermalMax - thermalMin) : 0.0;
    if (b.curtailmentMw > 0.0)
        b.smpKrwPerKwh = round2(std::max(-100.0, -(5.0 + 0.2 * b.curtailmentMw)));
    else if (exportMw > 0.0)
        b.smpKrwPerKwh = round2(40.0 - 30.0 * exportMw / 200.0);
    else
        b.smpKrwPerKwh = round2(100.0 + 100.0 * loading + 0.04 * std::max(0.0, b.demandMw - b.windMw - b.solarMw - 400.0));

    for (const auto &t : plants) {
        const double share = thermalMax > thermalMin ? (t.capacity - t.minStable) / (thermalMax - thermalMin) : 0.0;
        const double below = thermalMin > 0.0 ? thermal / thermalMin : 0.0;
        const double mw = thermal >= thermalMin ? t.minStable + (thermal - thermalMin) * share : t.minStable * below;
        out.assetOutputMw.insert(t.id, round2(mw));
    }
    for (const auto &t : m_thermal) {
        if (offline.contains(t.id))
            out.assetOutputMw.insert(t.id, 0.0);
    }
    for (auto it = m_loadShare.cbegin(); it != m_loadShare.cend(); ++it)
        out.assetOutputMw.insert(it.key(), round2(-b.demandMw * it.value()));
    return out;
}

} // namespace et::backend
