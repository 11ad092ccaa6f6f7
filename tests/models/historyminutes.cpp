// SPDX-License-Identifier: MIT
#include "historyminutes.h"

#include <cmath>

namespace et::test {

namespace {
/// `v` rounded to the hundredths history keeps.
double hundredths(double v)
{
    return std::round(v * 100.0) / 100.0;
}
} // namespace

domain::EnergyHistoryPage HistoryMinutes::page(const QDateTime &from, int count, int seed)
{
    domain::EnergyHistoryPage page;
    page.from = from;
    page.to = from.addSecs(60LL * count);
    page.step = domain::HistoryStep::Minute;
    page.columns.hvdcLinkIds = {QStringLiteral("hvdc-1"), QStringLiteral("hvdc-2"), QStringLiteral("hvdc-3")};
    page.columns.assetIds = kAssetIds;
    for (int i = 0; i < count; ++i) {
        const double m = double(i + 37 * seed);
        domain::EnergyHistoryPoint p;
        p.timestamp = from.addSecs(60LL * i);
        p.minutes = 1;
        p.thermalMw = hundredths(240.0 + 40.0 * std::sin(m / 300.0) + (i % 311 == 5 ? 90.0 : 0.0));
        p.windMw = hundredths(std::max(0.0, 120.0 + 90.0 * std::sin(m / 170.0 + seed) + 3.0 * std::sin(m * 1.7)));
        p.solarMw = hundredths(std::max(0.0, 260.0 * std::sin(m / 229.0)));
        p.truckDischargeMw = hundredths(i % 400 < 30 ? 12.5 : 0.0);
        p.curtailmentMw = hundredths(i % 500 > 440 ? 35.0 + (i % 7) : 0.0);
        const double flow3 = i % 650 < 60 ? -45.0 : 60.0 + (i % 11); // the VSC link exports at times
        p.hvdcFlowMw = {hundredths(180.0 + (i % 13)), hundredths(150.0 + 0.37 * (i % 29)), hundredths(flow3)};
        const double supply = p.thermalMw + p.windMw + p.solarMw + p.truckDischargeMw + *p.hvdcFlowMw[0] + *p.hvdcFlowMw[1] + flow3;
        p.demandMw = hundredths(supply + (i == count / 2 ? 150.0 : 0.0)); // one spike of demand
        p.smpKrwPerKwh = hundredths(p.curtailmentMw > 0 ? -20.0 - (i % 5) : 95.0 + 0.11 * (i % 97));
        p.assetOutputMw = {i % 97 == 3 ? std::nullopt : std::optional<double>(hundredths(p.windMw * 0.2)),
                           hundredths(p.solarMw * 0.1), hundredths(p.thermalMw * 0.5), hundredths(-p.demandMw * 0.3)};
        page.points.append(p);
    }
    return page;
}

} // namespace et::test
