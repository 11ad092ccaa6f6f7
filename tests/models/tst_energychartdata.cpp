// SPDX-License-Identifier: MIT
// EnergyChartData: refuses series that are not in time order (keeping the old one), tells each
// change once, stacks the generation (checked against sums worked out here point by point),
// answers the pointer with the nearest point of each series, and keeps the visible range.
#include "energychartdata.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using et::models::EnergyChartData;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinute = 60000.0;
constexpr double t0 = 1.78e12; // an instant in 2026, whole minutes

/// `values` one minute apart from t0.
QList<QPointF> minutes(const QList<double> &values, double start = t0)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points.append(QPointF(start + i * kMinute, values[i]));
    return points;
}
/// The same points, NaN values counting as equal.
bool sameSeries(const QList<QPointF> &a, const QList<QPointF> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool bothNaN = std::isnan(a[i].y()) && std::isnan(b[i].y());
        if (a[i].x() != b[i].x() || (!bothNaN && a[i].y() != b[i].y()))
            return false;
    }
    return true;
}
} // namespace

class TestEnergyChartData : public QObject
{
    Q_OBJECT
private slots:
    void refusesSeriesOutOfOrder();
    void signalsEachChangeOnce();
    void stacksTheGenerationBySource();
    void stacksSeriesOnDifferentTimes();
    void pointerValuesAreTheNearestPoints();
    void visibleRangeFollowsNowUntilMoved();
    void assetOutputNamesItsAsset();
    void summaryOfARange();
};

void TestEnergyChartData::refusesSeriesOutOfOrder()
{
    EnergyChartData data;
    const QList<QPointF> good = minutes({1, 2, 3});
    QVERIFY(data.setSeries(EnergyChartData::Demand, good).ok());

    const auto backwards = data.setSeries(EnergyChartData::Demand, QList<QPointF>{{t0, 1}, {t0 + 2 * kMinute, 2}, {t0 + kMinute, 3}});
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().field, QStringLiteral("demand[2]"));
    const auto twice = data.setSeries(EnergyChartData::Demand, QList<QPointF>{{t0, 1}, {t0, 2}});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().field, QStringLiteral("demand[1]"));
    const auto nanTime = data.setSeries(EnergyChartData::Wind, QList<QPointF>{{kNaN, 1}});
    QVERIFY(!nanTime.ok());
    QCOMPARE(nanTime.error().field, QStringLiteral("wind[0]"));
    const auto infinite = data.setSeries(EnergyChartData::Smp, QList<QPointF>{{t0, std::numeric_limits<double>::infinity()}});
    QVERIFY(!infinite.ok());
    QVERIFY(infinite.error().message.contains(QStringLiteral("infinite")));
    QCOMPARE(data.points(EnergyChartData::Demand), good); // nothing lost
    QVERIFY(data.points(EnergyChartData::Wind).isEmpty());

    // A NaN value is a gap, not an error.
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, kNaN, 3})).ok());
}

void TestEnergyChartData::signalsEachChangeOnce()
{
    EnergyChartData data;
    QSignalSpy any(&data, &EnergyChartData::seriesChanged);
    QSignalSpy wind(&data, &EnergyChartData::windChanged);
    QSignalSpy demand(&data, &EnergyChartData::demandChanged);
    QSignalSpy content(&data, &EnergyChartData::contentChanged);
    QVERIFY(!data.hasHistory());
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, 2})).ok());
    QCOMPARE(wind.size(), 1);
    QCOMPARE(demand.size(), 0);
    QCOMPARE(any.size(), 1);
    QCOMPARE(any.constFirst().constFirst().value<EnergyChartData::Series>(), EnergyChartData::Wind);
    QCOMPARE(content.size(), 1);
    QVERIFY(data.hasHistory());
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, 2})).ok()); // the same points
    QCOMPARE(wind.size(), 1);
    QVERIFY(!data.setSeries(EnergyChartData::Wind, QList<QPointF>{{t0, 1}, {t0, 1}}).ok()); // refused
    QCOMPARE(wind.size(), 1);
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, 3})).ok());
    QCOMPARE(wind.size(), 2);
    QCOMPARE(content.size(), 1); // still has history
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, kNaN})).ok());
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({1, kNaN})).ok()); // a gap equals a gap
    QCOMPARE(wind.size(), 3);

    QVERIFY(!data.hasForecast());
    QVERIFY(data.setSeries(EnergyChartData::ForecastUpper, minutes({5}, t0 + 10 * kMinute)).ok());
    QVERIFY(data.hasForecast());
    QCOMPARE(content.size(), 2);
    data.clear();
    QVERIFY(!data.hasHistory() && !data.hasForecast());
    QCOMPARE(content.size(), 3);
}

void TestEnergyChartData::stacksTheGenerationBySource()
{
    EnergyChartData data;
    const QList<double> thermal{200, 210, 220, 230};
    const QList<double> hvdc{100, -50, 0, 120}; // an export (-50) is no supply
    const QList<double> wind{50, 60, kNaN, 80};  // a gap
    const QList<double> trucks{5, 0, 5, 0};      // solar has no points at all
    const QList<double> curtailment{0, 30, 10, 0};
    QVERIFY(data.setSeries(EnergyChartData::Thermal, minutes(thermal)).ok());
    QVERIFY(data.setSeries(EnergyChartData::HvdcImport, minutes(hvdc)).ok());
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes(wind)).ok());
    QVERIFY(data.setSeries(EnergyChartData::Trucks, minutes(trucks)).ok());
    QVERIFY(data.setSeries(EnergyChartData::Curtailment, minutes(curtailment)).ok());

    // Each layer's top, summed here point by point (a negative counts 0, a NaN makes it unknown).
    const auto expectTop = [&](EnergyChartData::Series series, const QList<QList<double>> &layers) {
        const QList<QPointF> top = data.stackTop(series);
        QCOMPARE(top.size(), 4);
        for (int i = 0; i < 4; ++i) {
            double sum = 0;
            for (const auto &layer : layers)
                sum += std::isnan(layer[i]) ? kNaN : std::max(0.0, layer[i]);
            QCOMPARE(top[i].x(), t0 + i * kMinute);
            if (std::isnan(sum))
                QVERIFY2(std::isnan(top[i].y()), qPrintable(QString::number(i)));
            else
                QCOMPARE(top[i].y(), sum);
        }
    };
    expectTop(EnergyChartData::Thermal, {thermal});
    expectTop(EnergyChartData::HvdcImport, {thermal, hvdc});
    expectTop(EnergyChartData::Wind, {thermal, hvdc, wind});
    expectTop(EnergyChartData::Trucks, {thermal, hvdc, wind, trucks});
    expectTop(EnergyChartData::Curtailment, {thermal, hvdc, wind, trucks, curtailment});
    QVERIFY(data.stackTop(EnergyChartData::Solar).isEmpty());
    QVERIFY(data.stackTop(EnergyChartData::Demand).isEmpty()); // not stacked

    // An area's lower edge is the nearest layer below with points; the bottom one's is zero.
    QVERIFY(data.stackBase(EnergyChartData::Thermal).isEmpty());
    QVERIFY(sameSeries(data.stackBase(EnergyChartData::HvdcImport), data.stackTop(EnergyChartData::Thermal)));
    QVERIFY(sameSeries(data.stackBase(EnergyChartData::Trucks), data.stackTop(EnergyChartData::Wind))); // over the empty solar

    // A change below moves every layer above.
    QVERIFY(data.setSeries(EnergyChartData::Thermal, minutes({300, 300, 300, 300})).ok());
    QCOMPARE(data.stackTop(EnergyChartData::Curtailment).constFirst().y(), 300.0 + 100 + 50 + 5 + 0);
}

void TestEnergyChartData::stacksSeriesOnDifferentTimes()
{
    // Thermal every 15 minutes along a straight line, wind every 5: the thermal under each wind
    // point is on that line, so the sum is exact.
    EnergyChartData data;
    QList<QPointF> thermal;
    for (int i = 0; i <= 4; ++i)
        thermal.append(QPointF(t0 + i * 15 * kMinute, 100.0 + 2.0 * i * 15));
    QList<QPointF> wind;
    for (int i = 0; i <= 15; ++i)
        wind.append(QPointF(t0 - 5 * kMinute + i * 5 * kMinute, 40.0));
    QVERIFY(data.setSeries(EnergyChartData::Thermal, thermal).ok());
    QVERIFY(data.setSeries(EnergyChartData::Wind, wind).ok());
    const QList<QPointF> top = data.stackTop(EnergyChartData::Wind);
    QCOMPARE(top.size(), wind.size());
    QVERIFY(std::isnan(top[0].y())); // before thermal's first point: unknown
    for (int i = 1; i < top.size(); ++i) {
        const double minutesIn = (top[i].x() - t0) / kMinute;
        if (minutesIn > 60)
            QVERIFY(std::isnan(top[i].y()));
        else
            QCOMPARE(top[i].y(), 100.0 + 2.0 * minutesIn + 40.0);
    }
}

void TestEnergyChartData::pointerValuesAreTheNearestPoints()
{
    EnergyChartData data;
    QVERIFY(data.setSeries(EnergyChartData::Demand, minutes({600, 610, 620, 630})).ok());
    QVERIFY(data.setSeries(EnergyChartData::Wind, minutes({50, kNaN, 70, 80})).ok());
    // The forecast in 15-minute steps after the history.
    QVERIFY(data.setSeries(EnergyChartData::ForecastLower,
                           QList<QPointF>{{t0 + 15 * kMinute, 580}, {t0 + 30 * kMinute, 590}}).ok());

    // 40 s after the second minute: the nearest point is the third minute.
    QVariantMap v = data.valuesAt(t0 + kMinute + 40000);
    QCOMPARE(v.value("time").toDouble(), t0 + 2 * kMinute);
    QCOMPARE(v.value("demand").toDouble(), 620.0);
    QCOMPARE(v.value("wind").toDouble(), 70.0);
    QVERIFY(!v.contains("forecastLower")); // 15 min steps: 9 min before its first point is beyond half a step

    // 20 s after the second minute: the second minute, where wind has a gap.
    v = data.valuesAt(t0 + kMinute + 20000);
    QCOMPARE(v.value("demand").toDouble(), 610.0);
    QVERIFY(!v.contains("wind"));

    // Past the history's end by more than half a minute: only the forecast.
    v = data.valuesAt(t0 + 20 * kMinute);
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.value("forecastLower").toDouble(), 580.0);
    QCOMPARE(v.value("time").toDouble(), t0 + 15 * kMinute);

    QVERIFY(data.valuesAt(t0 - 10 * kMinute).isEmpty());
    QVERIFY(data.valuesAt(t0 + 100 * kMinute).isEmpty());
}

void TestEnergyChartData::visibleRangeFollowsNowUntilMoved()
{
    EnergyChartData data;
    QSignalSpy range(&data, &EnergyChartData::visibleRangeChanged);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(qint64(t0), Qt::UTC);
    data.setNow(now);
    QCOMPARE(data.nowMs(), t0);
    QVERIFY(data.followsNow());
    QCOMPARE(data.visibleFromMs(), t0 - 24 * 60 * kMinute);
    QCOMPARE(data.visibleToMs(), t0 + 24 * 60 * kMinute);
    QCOMPARE(range.size(), 1);

    QVERIFY(data.setVisibleRange(t0 - 3 * 60 * kMinute, t0));
    QVERIFY(!data.followsNow());
    data.setNow(now.addSecs(60));
    QCOMPARE(data.visibleToMs(), t0); // stays where the operator put it
    QVERIFY(!data.setVisibleRange(t0, t0));
    QVERIFY(!data.setVisibleRange(t0, t0 - 1));
    QVERIFY(!data.setVisibleRange(kNaN, t0));
    QCOMPARE(data.visibleFromMs(), t0 - 3 * 60 * kMinute);

    data.resetVisibleRange();
    QVERIFY(data.followsNow());
    QCOMPARE(data.visibleFromMs(), t0 + kMinute - 24 * 60 * kMinute);
}

void TestEnergyChartData::assetOutputNamesItsAsset()
{
    EnergyChartData data;
    QSignalSpy changed(&data, &EnergyChartData::assetOutputChanged);
    QVERIFY(data.setAssetOutput(QStringLiteral("wind-tamra"), minutes({10, 12})).ok());
    QCOMPARE(data.assetId(), QStringLiteral("wind-tamra"));
    QCOMPARE(changed.size(), 1);
    // Another asset with the same points is still a change.
    QVERIFY(data.setAssetOutput(QStringLiteral("wind-haengwon"), minutes({10, 12})).ok());
    QCOMPARE(changed.size(), 2);
    // A refused series leaves the asset as it was.
    QVERIFY(!data.setAssetOutput(QStringLiteral("solar-x"), QList<QPointF>{{t0, 1}, {t0, 2}}).ok());
    QCOMPARE(data.assetId(), QStringLiteral("wind-haengwon"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(data.valuesAt(t0).value("assetOutput").toDouble(), 10.0);
}

void TestEnergyChartData::summaryOfARange()
{
    EnergyChartData data;
    // 0, 60, 120, 60 MW a minute apart: trapezoids of 0.5, 1.5, 1.5 MWh/60 → 3.5 MW·h/60.
    QVERIFY(data.setSeries(EnergyChartData::Curtailment, minutes({0, 60, 120, 60, 0})).ok());
    const auto all = data.summaryOf(EnergyChartData::Curtailment, t0, t0 + 4 * kMinute);
    QVERIFY(all.valid);
    QCOMPARE(all.min, 0.0);
    QCOMPARE(all.max, 120.0);
    QCOMPARE(all.maxMs, t0 + 2 * kMinute);
    QCOMPARE(all.energyMwh, (30.0 + 90.0 + 90.0 + 30.0) / 60.0);
    // Only the points inside the range count.
    const auto part = data.summaryOf(EnergyChartData::Curtailment, t0 + 2 * kMinute, t0 + 3 * kMinute);
    QCOMPARE(part.min, 60.0);
    QCOMPARE(part.energyMwh, 90.0 / 60.0);
    QVERIFY(!data.summaryOf(EnergyChartData::Demand, t0, t0 + kMinute).valid);
    // A gap splits the integral: no energy is counted across it.
    QVERIFY(data.setSeries(EnergyChartData::Curtailment, minutes({60, kNaN, 60})).ok());
    QCOMPARE(data.summaryOf(EnergyChartData::Curtailment, t0, t0 + 2 * kMinute).energyMwh, 0.0);
}

QTEST_GUILESS_MAIN(TestEnergyChartData)
#include "tst_energychartdata.moc"
