// SPDX-License-Identifier: MIT
// HistoryChartSeries: every cached minute becomes one point of each island series at its time
// with its own value, the HVDC series is the links' net flow, the asset's series has a gap where
// the minute has no value, and the carbon intensity is the life-cycle mean of the minute's mix
// worked out here from the published factors (IPCC AR5 / SRREN medians, Korea's 2023 grid factor)
// and KPX's 2025 LNG / bio heavy oil split.
#include "historychartseries.h"
#include "historyminutes.h"

#include <QTest>

#include <cmath>

using et::models::EnergyChartData;
using et::models::HistoryChartSeries;

namespace {
const QDateTime kFrom(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC);

/// gCO₂eq/kWh of a minute, from the factors as published (not from CarbonIntensity).
double expectedCarbon(const et::domain::EnergyHistoryPoint &p)
{
    const double lngShare = 1466.31 / (1466.31 + 1252.77); // KPX Jeju 2025, GWh
    const double thermalFactor = lngShare * 490.0 + (1.0 - lngShare) * 230.0;
    double imports = 0.0;
    for (const auto &f : p.hvdcFlowMw)
        imports += f ? std::max(0.0, *f) : 0.0;
    const double grams = p.thermalMw * thermalFactor + (p.windMw + p.truckDischargeMw) * 11.0 + p.solarMw * 48.0 + imports * 417.3;
    const double energy = p.thermalMw + p.windMw + p.truckDischargeMw + p.solarMw + imports;
    return grams / energy;
}
} // namespace

class TestHistoryChartSeries : public QObject
{
    Q_OBJECT
private slots:
    void everyMinuteIsOnePointOfEachSeries()
    {
        const auto page = et::test::HistoryMinutes::page(kFrom, 700);
        const HistoryChartSeries s = HistoryChartSeries::of(page, QStringLiteral("wind-gasiri"));
        for (int series = 0; series <= EnergyChartData::CarbonIntensity; ++series)
            QCOMPARE(s.island[size_t(series)].size(), page.points.size());
        QVERIFY(s.island[EnergyChartData::ForecastLower].isEmpty() && s.island[EnergyChartData::ForecastUpper].isEmpty());
        QVERIFY(s.island[EnergyChartData::AssetOutput].isEmpty());
        int exports = 0;
        int wrongTimes = 0;
        for (qsizetype i = 0; i < page.points.size(); ++i) {
            const auto &p = page.points[i];
            const double x = double(p.timestamp.toMSecsSinceEpoch());
            const auto at = [&](EnergyChartData::Series series) {
                const QPointF point = s.island[series][i];
                wrongTimes += point.x() != x;
                return point.y();
            };
            QCOMPARE(at(EnergyChartData::Demand), p.demandMw);
            QCOMPARE(at(EnergyChartData::Thermal), p.thermalMw);
            QCOMPARE(at(EnergyChartData::Wind), p.windMw);
            QCOMPARE(at(EnergyChartData::Solar), p.solarMw);
            QCOMPARE(at(EnergyChartData::Trucks), p.truckDischargeMw);
            QCOMPARE(at(EnergyChartData::Curtailment), p.curtailmentMw);
            QCOMPARE(at(EnergyChartData::Smp), p.smpKrwPerKwh);
            const double net = *p.hvdcFlowMw[0] + *p.hvdcFlowMw[1] + *p.hvdcFlowMw[2];
            QVERIFY(std::abs(at(EnergyChartData::HvdcImport) - net) < 1e-9);
            exports += *p.hvdcFlowMw[2] < 0;
            const double carbon = at(EnergyChartData::CarbonIntensity);
            QVERIFY2(std::abs(carbon - expectedCarbon(p)) < 1e-9 * carbon, qPrintable(QString::number(carbon)));
        }
        QCOMPARE(wrongTimes, 0);
        QVERIFY(exports > 0); // the export minutes were among them
    }

    void theAssetHasAGapWhereTheMinuteHasNoValue()
    {
        const auto page = et::test::HistoryMinutes::page(kFrom, 300);
        const HistoryChartSeries s = HistoryChartSeries::of(page, QStringLiteral("wind-gasiri"));
        QCOMPARE(s.assetId, QStringLiteral("wind-gasiri"));
        QCOMPARE(s.asset.size(), page.points.size());
        int gaps = 0;
        for (qsizetype i = 0; i < page.points.size(); ++i) {
            const auto &value = page.points[i].assetOutputMw[0];
            QCOMPARE(s.asset[i].x(), double(page.points[i].timestamp.toMSecsSinceEpoch()));
            if (value) {
                QCOMPARE(s.asset[i].y(), *value);
            } else {
                QVERIFY(std::isnan(s.asset[i].y()));
                ++gaps;
            }
        }
        QCOMPARE(gaps, 4); // minutes 3, 100, 197 and 294

        // A substation's load is negative; another column is read.
        const HistoryChartSeries sub = HistoryChartSeries::of(page, QStringLiteral("sub-sinjeju"));
        QCOMPARE(sub.asset.constFirst().y(), *page.points.constFirst().assetOutputMw[3]);
        QVERIFY(sub.asset.constFirst().y() < 0);
        // No column, no series: the chart says it has no history for the asset.
        QVERIFY(HistoryChartSeries::of(page, QStringLiteral("wind-unknown")).asset.isEmpty());
        QVERIFY(HistoryChartSeries::of(page, QString()).asset.isEmpty());
    }

    void carbonIntensityOfPlainMixes()
    {
        et::domain::EnergyHistoryPoint p;
        // Imports alone: the mainland grid's factor.
        p.hvdcFlowMw = {300.0, std::nullopt, -50.0};
        QCOMPARE(HistoryChartSeries::carbonIntensityOf(p), 417.3);
        // Solar alone, with an export that does not change it.
        p.hvdcFlowMw = {std::nullopt, std::nullopt, -50.0};
        p.solarMw = 80;
        QCOMPARE(HistoryChartSeries::carbonIntensityOf(p), 48.0);
        // Thermal alone: LNG and bio heavy oil in KPX's 2025 shares, 53.93 % × 490 + 46.07 % × 230.
        p = {};
        p.thermalMw = 100;
        QVERIFY(std::abs(HistoryChartSeries::carbonIntensityOf(p) - 370.21) < 0.01);
        // Nothing generated or imported: no intensity.
        QVERIFY(std::isnan(HistoryChartSeries::carbonIntensityOf({})));
    }
};

QTEST_GUILESS_MAIN(TestHistoryChartSeries)
#include "tst_historychartseries.moc"
