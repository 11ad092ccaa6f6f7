// SPDX-License-Identifier: MIT
// Wind: the farms (jeju-wind-farms.json) under the simulation's wind climate (WindClimatology,
// JejuCalibration::windClimate, re-derived here by WindCalibration) against KPX's 2025 wind series,
// whose coverage of the fleet changed on 1 March 2025: capacity factors are compared, and MW
// through the share a period's highest hour gives.
#include "markdowntable.h"
#include "reportmath.h"
#include "reportsections.h"

#include "domain/energy/jejucalibration.h"
#include "domain/energy/weatherprocess.h"

#include <cmath>

namespace et::bench {

using namespace domain::energy;

QString windSection(const KpxReportData &d)
{
    const HourlyValues &kpx = d.wind2025;
    const WindClimatology fleet(d.farms);
    const QDate change = JejuCalibration::kpxWindCoverageChange();
    const WindCalibration::Result r = WindCalibration::derive(kpx, fleet, change);
    const WindCalibration::Climate code = JejuCalibration::windClimate();
    std::vector<double> expected(size_t(kpx.size()));
    for (qsizetype i = 0; i < kpx.size(); ++i)
        expected[size_t(i)] = fleet.expectedMw(WeatherProcess::climateWindMs(kpx.dateOf(i).dayOfYear(), HourlyValues::hourOfDay(i) + 0.5));
    const MonthlyFigures observed = monthlyFigures(kpx, 2025, [&](qsizetype i) { return kpx.at(i); });
    const MonthlyFigures model = monthlyFigures(kpx, 2025, [&](qsizetype i) { return expected[size_t(i)]; });
    double installed = 0.0;
    for (const WindFarm &f : d.farms)
        installed += f.installedMw();
    const double highest = fleet.maxMw();
    const double share[2] = {r.highestBefore / highest, r.highestAfter / highest};

    MarkdownTable constants({QStringLiteral("climate"), QStringLiteral("mean m/s"), QStringLiteral("amplitude m/s"),
                             QStringLiteral("windiest day"), QStringLiteral("diurnal"), QStringLiteral("diurnal peak")});
    for (const auto &[name, c] : {std::pair{QStringLiteral("derived"), r.climate}, std::pair{QStringLiteral("in code"), code}})
        constants.add({name, MarkdownTable::number(c.meanMs, 2), MarkdownTable::number(c.amplitudeMs, 2), MarkdownTable::number(c.peakDayOfYear, 0),
                       MarkdownTable::percent(c.diurnalAmplitude), MarkdownTable::number(c.diurnalPeakHour, 1) + QStringLiteral(" h")});

    MarkdownTable months({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("whole fleet, model GWh"),
                          QStringLiteral("model × share GWh"), QStringLiteral("capacity factor KPX / model")});
    std::array<double, 4> seasonsKpx{}, seasonsModel{};
    for (int m = 0; m < 12; ++m) {
        const double covered = model.mwh[size_t(m)] * share[m + 1 < change.month() ? 0 : 1];
        months.add({QString::fromLatin1(kMonthNames[m]), MarkdownTable::number(observed.mwh[size_t(m)] / 1000.0, 2),
                    MarkdownTable::number(model.mwh[size_t(m)] / 1000.0, 1), MarkdownTable::number(covered / 1000.0, 2),
                    QStringLiteral("%1 / %2").arg(MarkdownTable::percent(r.observedCapacityFactor[size_t(m)], 0),
                                                  MarkdownTable::percent(model.mwh[size_t(m)] / (model.hours[size_t(m)] * highest), 0))});
        const int season = m == 11 || m < 2 ? 0 : (m + 1) / 3;
        seasonsKpx[size_t(season)] += observed.mwh[size_t(m)];
        seasonsModel[size_t(season)] += covered;
    }
    MarkdownTable seasons({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("model × share GWh")});
    for (int s = 0; s < 4; ++s)
        seasons.add({QString::fromLatin1(kSeasonNames[s]), MarkdownTable::number(seasonsKpx[size_t(s)] / 1000.0, 2),
                     QStringLiteral("%1 (%2)").arg(MarkdownTable::number(seasonsModel[size_t(s)] / 1000.0, 2),
                                                   MarkdownTable::signedPercent(seasonsModel[size_t(s)] / seasonsKpx[size_t(s)] - 1.0))});
    QStringList header{QStringLiteral("mean day ÷ its mean")};
    for (int h = 0; h < 24; h += 3)
        header << QStringLiteral("%1 h").arg(h, 2, 10, QLatin1Char('0'));
    MarkdownTable diurnal(header);
    QStringList kpxRow{QStringLiteral("KPX")}, modelRow{QStringLiteral("model")};
    for (int h = 0; h < 24; h += 3) {
        kpxRow << MarkdownTable::number(r.observedDiurnal[size_t(h)], 2);
        modelRow << MarkdownTable::number(r.modelDiurnal[size_t(h)], 2);
    }
    diurnal.add(kpxRow);
    diurnal.add(modelRow);

    QString out = QStringLiteral("### Wind\n\n");
    out += QStringLiteral("The fleet: %1 farms, %2 MW installed, at most %3 MW after availability and losses. Model = the farms' "
                          "curves integrated over the simulation's wind climate (100 m mean wind as below, log-normal spread σ = %4), "
                          "hour by hour. KPX's series holds only part of the fleet, and another part from %5: its highest hour "
                          "is %6 MW before and %7 MW after. Capacity factors take that highest hour as the covered farms' full "
                          "output; share = the highest hour ÷ the fleet's highest output (%8 and %9). Fit RMS of the monthly "
                          "capacity factors: %10 points.\n\n")
               .arg(d.farms.size())
               .arg(MarkdownTable::number(installed, 1), MarkdownTable::number(highest, 1), MarkdownTable::number(WeatherProcess::windLogSpread(), 3),
                    change.toString(Qt::ISODate), MarkdownTable::number(r.highestBefore, 1), MarkdownTable::number(r.highestAfter, 1),
                    MarkdownTable::number(share[0], 3), MarkdownTable::number(share[1], 3))
               .arg(MarkdownTable::number(100.0 * r.rms, 1));
    out += constants.toString() + u'\n' + months.toString() + u'\n' + seasons.toString() + u'\n' + diurnal.toString();
    return out;
}

} // namespace et::bench
