// SPDX-License-Identifier: MIT
// Demand: DemandShape against KPX's 2025 system demand — the shape calibrated to 2025 (in sample)
// and the same shape calibrated to 2024 (out of sample), month by month and season by season.
#include "markdowntable.h"
#include "reportmath.h"
#include "reportsections.h"

namespace et::bench {

using namespace domain::energy;

QString demandSection(const KpxReportData &d)
{
    const HourlyValues &clock = d.demand;
    const DemandShape in2025 = DemandShape::jeju(d.holidays);
    auto c2024 = DemandShape::calibrate(d.demandPoints, d.holidays, 2024);
    if (!c2024)
        qFatal("demand 2024: %s", qPrintable(c2024.error().toString()));
    const DemandShape from2024(c2024.value(), d.holidays);
    const MonthlyFigures kpx = monthlyFigures(clock, 2025, [&](qsizetype i) { return clock.at(i); });
    const auto shapeFigures = [&](const DemandShape &s) {
        return monthlyFigures(clock, 2025, [&](qsizetype i) { return s.hourlyMeanMw(clock.dateOf(i), HourlyValues::hourOfDay(i)); });
    };
    const MonthlyFigures a = shapeFigures(in2025), b = shapeFigures(from2024);

    MarkdownTable months({QStringLiteral("2025"), QStringLiteral("KPX mean MW"), QStringLiteral("shape (2025) mean MW"),
                          QStringLiteral("worst hour, 2025 shape"), QStringLiteral("shape (2024) mean MW"),
                          QStringLiteral("worst hour, 2024 shape")});
    double meanA = 0.0, meanB = 0.0, worstA = 0.0, worstB = 0.0;
    for (int m = 0; m < 12; ++m) {
        const ProfileGap ga = profileGap(kpx.profile[size_t(m)], a.profile[size_t(m)], true);
        const ProfileGap gb = profileGap(kpx.profile[size_t(m)], b.profile[size_t(m)], true);
        meanA += ga.meanAbs / 12.0;
        meanB += gb.meanAbs / 12.0;
        worstA = std::max(worstA, std::abs(ga.worst));
        worstB = std::max(worstB, std::abs(gb.worst));
        months.add({QString::fromLatin1(kMonthNames[m]), MarkdownTable::number(kpx.mwh[size_t(m)] / kpx.hours[size_t(m)], 0),
                    MarkdownTable::number(a.mwh[size_t(m)] / a.hours[size_t(m)], 0),
                    QStringLiteral("%1 (%2 h)").arg(MarkdownTable::signedPercent(ga.worst)).arg(ga.worstHour, 2, 10, QLatin1Char('0')),
                    MarkdownTable::number(b.mwh[size_t(m)] / b.hours[size_t(m)], 0),
                    QStringLiteral("%1 (%2 h)").arg(MarkdownTable::signedPercent(gb.worst)).arg(gb.worstHour, 2, 10, QLatin1Char('0'))});
    }
    MarkdownTable seasons({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("shape (2025) GWh"), QStringLiteral("shape (2024) GWh")});
    const auto sk = seasonalMwh(kpx.mwh), sa = seasonalMwh(a.mwh), sb = seasonalMwh(b.mwh);
    for (int s = 0; s < 4; ++s)
        seasons.add({QString::fromLatin1(kSeasonNames[s]), MarkdownTable::number(sk[size_t(s)] / 1000.0),
                     QStringLiteral("%1 (%2)").arg(MarkdownTable::number(sa[size_t(s)] / 1000.0), MarkdownTable::signedPercent(sa[size_t(s)] / sk[size_t(s)] - 1.0)),
                     QStringLiteral("%1 (%2)").arg(MarkdownTable::number(sb[size_t(s)] / 1000.0), MarkdownTable::signedPercent(sb[size_t(s)] / sk[size_t(s)] - 1.0))});

    QString out = QStringLiteral("### Demand\n\n");
    out += QStringLiteral("Mean daily profile of each month of 2025, KPX against DemandShape: the shape calibrated to 2025 "
                          "(in sample, the one the programs use) and the same shape calibrated to 2024 and run on 2025's "
                          "calendar (out of sample). \"Worst hour\": the largest departure of one hour of the month's mean "
                          "profile, relative to KPX's value of that hour.\n\n");
    out += months.toString();
    out += QStringLiteral("\nMean |departure| over the 288 month-hours: 2025 shape %1, 2024 shape %2; worst %3 and %4.\n\n")
               .arg(MarkdownTable::percent(meanA, 2), MarkdownTable::percent(meanB, 2), MarkdownTable::percent(worstA), MarkdownTable::percent(worstB));
    out += seasons.toString();
    return out;
}

} // namespace et::bench
