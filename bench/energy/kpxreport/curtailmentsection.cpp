// SPDX-License-Identifier: MIT
// Curtailment: the hours per year the model curtails wind under 2021–2024 conditions
// (JejuCalibration::pastGrids, the links in service, the thermal units' minimum as must-run),
// dispatched by IslandBalance over the simulation's weather, beside KPX's wind curtailment record.
#include "markdowntable.h"
#include "reportmath.h"
#include "reportsections.h"

#include "domain/energy/pastyearisland.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace et::bench {

using namespace domain::energy;

namespace {
struct Observed
{
    int hours = 0;
    int days = 0;
    double mwh = 0.0;
    QList<int> byMonth = QList<int>(12, 0);
};

Observed observedIn(const QList<KpxHourlyPoint> &record, const JejuCalibration::GridYear &y)
{
    Observed o;
    QSet<QDate> days;
    for (const KpxHourlyPoint &p : record) {
        if (p.date < y.first || p.date > y.last || !(p.value > 0.0))
            continue;
        ++o.hours;
        ++o.byMonth[p.date.month() - 1];
        o.mwh += p.value;
        days.insert(p.date);
    }
    o.days = int(days.size());
    return o;
}

struct Modelled
{
    double hours = 0.0, days = 0.0, mwh = 0.0, solarMwh = 0.0;
    int minHours = 0, maxHours = 0;
    QList<double> byMonth = QList<double>(12, 0.0);
};

/// The hindcast of one year over `seeds` weathers, with the thermal minima scaled by `mustRunScale`
/// and demand by `demandScale`.
Modelled modelled(const KpxReportData &d, const JejuCalibration::GridYear &y, int seeds, double mustRunScale, double demandScale)
{
    JejuAssetCatalog::Assets assets = d.assets;
    for (ThermalUnit &u : assets.thermal)
        u.minStableMw *= mustRunScale;
    JejuCalibration::GridYear year = y;
    year.demandMeanMw *= demandScale;
    Modelled m;
    m.minHours = std::numeric_limits<int>::max();
    for (int s = 1; s <= seeds; ++s) {
        const PastYearIsland island(year, WeatherProcess(quint64(s)), SolarFleet(assets.solar), d.farms, DemandShape::jeju(d.holidays));
        const CurtailmentHindcast::Totals t = CurtailmentHindcast::run([&](QDate day) { return assets.gridOn(day); }, y.first, y.last,
                                                                       [&](const QDateTime &start) { return island.hour(start); });
        m.hours += double(t.windHours) / seeds;
        m.days += double(t.windDays) / seeds;
        m.mwh += t.windMwh / seeds;
        m.solarMwh += t.solarMwh / seeds;
        m.minHours = std::min(m.minHours, t.windHours);
        m.maxHours = std::max(m.maxHours, t.windHours);
        for (int k = 0; k < 12; ++k)
            m.byMonth[k] += double(t.windHoursByMonth.at(k)) / seeds;
    }
    return m;
}
} // namespace

QString curtailmentSection(const KpxReportData &d)
{
    const QList<JejuCalibration::GridYear> years = JejuCalibration::pastGrids();
    double mustRun = 0.0;
    for (const ThermalUnit &u : d.assets.thermal)
        mustRun += u.minStableMw;

    MarkdownTable inputs({QStringLiteral("year"), QStringLiteral("days"), QStringLiteral("wind MW"), QStringLiteral("solar MW"),
                          QStringLiteral("mean demand MW"), QStringLiteral("HVDC links (LCC minimum)"), QStringLiteral("source")});
    MarkdownTable result({QStringLiteral("year"), QStringLiteral("KPX hours"), QStringLiteral("model hours (seeds' range)"),
                          QStringLiteral("KPX days"), QStringLiteral("model days"), QStringLiteral("KPX wind GWh"),
                          QStringLiteral("model wind GWh"), QStringLiteral("model solar GWh")});
    QList<int> observedByMonth(12, 0);
    QList<double> modelByMonth(12, 0.0);
    for (const JejuCalibration::GridYear &y : years) {
        const IslandBalance::Config grid = d.assets.gridOn(y.first);
        QStringList links;
        for (const HvdcLink &l : grid.links)
            links << QStringLiteral("%1 (%2 MW)").arg(l.id).arg(l.minMw);
        inputs.add({QString::number(y.year), QStringLiteral("%1 – %2").arg(y.first.toString(Qt::ISODate), y.last.toString(Qt::ISODate)),
                    MarkdownTable::number(y.windMw, 1), MarkdownTable::number(y.solarMw, 1), MarkdownTable::number(y.demandMeanMw, 1),
                    links.join(QStringLiteral(", ")), y.source});
        const Observed o = observedIn(d.windCurtailment, y);
        const Modelled m = modelled(d, y, d.seeds, 1.0, 1.0);
        for (int k = 0; k < 12; ++k) {
            observedByMonth[k] += o.byMonth.at(k);
            modelByMonth[k] += m.byMonth.at(k);
        }
        result.add({QString::number(y.year), QString::number(o.hours),
                    QStringLiteral("%1 (%2–%3)").arg(MarkdownTable::number(m.hours, 0)).arg(m.minHours).arg(m.maxHours),
                    QString::number(o.days), MarkdownTable::number(m.days, 0), MarkdownTable::number(o.mwh / 1000.0, 1),
                    MarkdownTable::number(m.mwh / 1000.0, 1), MarkdownTable::number(m.solarMwh / 1000.0, 1)});
    }

    QStringList monthHeader{QStringLiteral("2021–2024, hours")};
    for (const char *name : kMonthNames)
        monthHeader << QString::fromLatin1(name);
    MarkdownTable months(monthHeader);
    QStringList kpxRow{QStringLiteral("KPX")}, modelRow{QStringLiteral("model")};
    for (int k = 0; k < 12; ++k) {
        kpxRow << QString::number(observedByMonth.at(k));
        modelRow << MarkdownTable::number(modelByMonth.at(k), 0);
    }
    months.add(kpxRow);
    months.add(modelRow);

    QStringList sensitivityHeader{QStringLiteral("model hours with")};
    for (const JejuCalibration::GridYear &y : years)
        sensitivityHeader << QString::number(y.year);
    MarkdownTable sensitivity(sensitivityHeader);
    const int fewer = std::max(1, d.seeds / 4);
    const QList<std::tuple<QString, double, double>> cases{
        {QStringLiteral("must-run × 0.6 (%1 MW)").arg(mustRun * 0.6, 0, 'f', 0), 0.6, 1.0},
        {QStringLiteral("must-run × 0.8 (%1 MW)").arg(mustRun * 0.8, 0, 'f', 0), 0.8, 1.0},
        {QStringLiteral("as stated (%1 MW)").arg(mustRun, 0, 'f', 0), 1.0, 1.0},
        {QStringLiteral("demand + 5 %"), 1.0, 1.05},
        {QStringLiteral("demand − 5 %"), 1.0, 0.95},
    };
    for (const auto &[name, must, demand] : cases) {
        QStringList row{name};
        for (const JejuCalibration::GridYear &y : years)
            row << MarkdownTable::number(modelled(d, y, fewer, must, demand).hours, 0);
        sensitivity.add(row);
    }

    QString out = QStringLiteral("### Curtailment\n\n");
    out += QStringLiteral("Every hour of each year dispatched by IslandBalance: thermal units at their minimum (%1 MW, "
                          "jeju-assets.json) and the LCC links at theirs first, then every renewable; a surplus goes to "
                          "the VSC link (#3, from 2024-11-29: after the compared days) and then to curtailment, wind first. "
                          "An hour counts when more than 1 MW of wind is curtailed (KPX: an hour with MWh > 0). Weather: "
                          "the simulation's (WeatherProcess, seeds 1–%2; clouds calibrated to 2025's solar), read at each "
                          "hour's middle. Sensitivity rows use seeds 1–%3.\n\n")
               .arg(mustRun, 0, 'f', 0)
               .arg(d.seeds)
               .arg(fewer);
    out += inputs.toString() + u'\n' + result.toString() + u'\n' + months.toString() + u'\n' + sensitivity.toString();
    return out;
}

} // namespace et::bench
