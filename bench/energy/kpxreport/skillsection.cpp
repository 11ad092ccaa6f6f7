// SPDX-License-Identifier: MIT
// Forecast skill on KPX's real 2025 series: KpxForecaster against persistence (and, for solar,
// clear-sky-index persistence), issued every hour, 1–24 h ahead, scored by ForecastSkill.
#include "markdowntable.h"
#include "reportmath.h"
#include "reportsections.h"

#include "domain/energy/forecastskill.h"
#include "domain/energy/solarcalibration.h"

namespace et::bench {

using namespace domain::energy;

namespace {
using Methods = QList<std::pair<QString, ForecastSkill::Method>>;

/// One series: rows per method, with the full year's and the second half's MAE and the MAE at a
/// few leads.
void addRows(MarkdownTable &table, const QString &series, const HourlyValues &observed, qsizetype first, qsizetype end, qsizetype half,
             const Methods &methods)
{
    const ForecastSkill::Comparison year = ForecastSkill::compare(observed, first, end, methods);
    const ForecastSkill::Comparison second = ForecastSkill::compare(observed, half, end, methods);
    for (qsizetype m = 0; m < methods.size(); ++m) {
        const ForecastSkill::Score &s = year.scores.at(m);
        QStringList row{m == 0 ? QStringLiteral("%1 (mean %2 MW, %3 targets)").arg(series, MarkdownTable::number(year.meanObserved, 1))
                                       .arg(year.targets)
                               : QString(),
                        s.method, MarkdownTable::number(s.mae, 2), MarkdownTable::percent(s.mae / year.meanObserved),
                        MarkdownTable::number(second.scores.at(m).mae, 2)};
        for (int lead : {1, 3, 6, 12, 24})
            row << MarkdownTable::number(s.maeByLead[size_t(lead - 1)], 2);
        table.add(row);
    }
}
} // namespace

QString skillSection(const KpxReportData &d)
{
    auto c2024 = DemandShape::calibrate(d.demandPoints, d.holidays, 2024);
    if (!c2024)
        qFatal("demand 2024: %s", qPrintable(c2024.error().toString()));
    const KpxForecaster ours(DemandShape(c2024.value(), d.holidays));
    const KpxForecaster inSample(DemandShape::jeju(d.holidays));
    MarkdownTable table({QStringLiteral("series"), QStringLiteral("method"), QStringLiteral("MAE MW"), QStringLiteral("of mean"),
                         QStringLiteral("MAE Jul–Dec"), QStringLiteral("lead 1 h"), QStringLiteral("3 h"), QStringLiteral("6 h"),
                         QStringLiteral("12 h"), QStringLiteral("24 h")});

    const HourlyValues &demand = d.demand;
    addRows(table, QStringLiteral("demand"), demand, demand.indexOf(QDate(2025, 1, 1)), demand.indexOf(QDate(2026, 1, 1)) - 23,
            demand.indexOf(QDate(2025, 7, 1)),
            {{QStringLiteral("ours (shape of 2024)"), [&](qsizetype i) { return ours.demand(demand, i); }},
             {QStringLiteral("persistence"), [&](qsizetype i) { return KpxForecaster::persistence(demand, i); }},
             {QStringLiteral("ours with the 2025 shape (in sample)"), [&](qsizetype i) { return inSample.demand(demand, i); }}});

    const HourlyValues &solar = d.solar2025;
    const std::vector<double> clear = SolarCalibration::clearSkyHours(solar, d.assets.solar, SolarCalibration::climateWeather, 24);
    addRows(table, QStringLiteral("solar"), solar, 24, solar.size() - 23, solar.indexOf(QDate(2025, 7, 1)),
            {{QStringLiteral("ours"), [&](qsizetype i) { return ours.solar(solar, clear, i); }},
             {QStringLiteral("persistence"), [&](qsizetype i) { return KpxForecaster::persistence(solar, i); }},
             {QStringLiteral("clear-sky-index persistence"), [&](qsizetype i) { return KpxForecaster::clearSkyIndexPersistence(solar, clear, i); }}});

    const HourlyValues &wind = d.wind2025;
    addRows(table, QStringLiteral("wind"), wind, 24, wind.size() - 23, wind.indexOf(QDate(2025, 7, 1)),
            {{QStringLiteral("ours"), [&](qsizetype i) { return ours.wind(wind, i); }},
             {QStringLiteral("persistence"), [&](qsizetype i) { return KpxForecaster::persistence(wind, i); }}});

    const KpxForecaster::Settings &s = ours.settings();
    QString out = QStringLiteral("### Forecast skill\n\n");
    out += QStringLiteral("Issued at the start of every hour of 2025 (solar and wind from 2 January: persistence needs a day), "
                          "each method forecasting the next 24 hours; MAE over every (issue, lead) pair all methods could "
                          "forecast. Demand's shape is calibrated to 2024 (out of sample); the row with 2025's shape is for "
                          "comparison only. The constants (%1) were chosen on January–June: the Jul–Dec column is out of sample "
                          "for them.\n\n")
               .arg(QStringLiteral("demand level %1 h, departure %2 h, yesterday's weight %3; solar index %4 h, last %5 sunny hour(s), "
                                   "climatology %6 days; wind departure %7 h, climatology %8 days")
                        .arg(s.demandLevelHours)
                        .arg(s.demandDepartureHours)
                        .arg(s.demandYesterdayWeight)
                        .arg(s.solarIndexHours)
                        .arg(s.solarRecentSunHours)
                        .arg(s.climatologyDays)
                        .arg(s.windDepartureHours)
                        .arg(s.windClimatologyDays));
    out += table.toString();
    return out;
}

} // namespace et::bench
