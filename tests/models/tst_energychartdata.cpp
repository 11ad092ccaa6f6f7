// SPDX-License-Identifier: MIT
// EnergyChartData: refuses series that are not in time order (keeping the old one), tells each
// change once, stacks the generation (checked against sums worked out here point by point),
// answers the pointer with the nearest point of each series, and keeps the visible range. A
// forecast worked out by the domain's EnergyForecast continues each series where its measured
// points end, step by step (expected values, demand's P10/P90 as the band, the chosen asset's own),
// a broken one is refused whole, and the values "now" are the latest points.
#include "energychartdata.h"
#include "islandforecast.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using et::models::EnergyChartData;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinute = 60000.0;
constexpr double t0 = 1.78e12; // an instant in 2026
/// A quarter hour (2026-05-26 03:00 UTC), where forecast steps start.
const double tq = double(QDateTime(QDate(2026, 5, 26), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch());

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
    void scrubbedInstantTurnsPages();
    void assetOutputNamesItsAsset();
    void summaryOfARange();
    void forecastFollowsTheMeasuredSeries();
    void forecastOfTheChosenAsset();
    void refusesABrokenForecast();
    void valuesNowAreTheLatestPoints();
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
    QVERIFY(data.setForecast(et::test::IslandForecast::issuedAt(QDateTime::fromMSecsSinceEpoch(qint64(t0), Qt::UTC))).ok());
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

    // Past the history's end by more than half a minute: only the band (set here as measured
    // points, so not the forecast's).
    v = data.valuesAt(t0 + 20 * kMinute);
    QCOMPARE(v.size(), 3);
    QCOMPARE(v.value("forecastLower").toDouble(), 580.0);
    QCOMPARE(v.value("time").toDouble(), t0 + 15 * kMinute);
    QCOMPARE(v.value("forecast").toBool(), false);

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
    // The hour t0 is in, a day either side of it.
    const double hour = std::floor(t0 / (60 * kMinute)) * 60 * kMinute;
    QVERIFY(t0 - hour > kMinute); // t0 is inside its hour, so the snapping shows
    QCOMPARE(data.visibleFromMs(), hour - 24 * 60 * kMinute);
    QCOMPARE(data.visibleToMs(), hour + 25 * 60 * kMinute);
    QCOMPARE(range.size(), 1);
    // A minute later in the same hour: the range stays, only now moves.
    data.setNow(now.addSecs(60));
    QCOMPARE(range.size(), 1);
    QCOMPARE(data.visibleFromMs(), hour - 24 * 60 * kMinute);
    // In the next hour it moves by the hour.
    data.setNow(QDateTime::fromMSecsSinceEpoch(qint64(hour + 60 * kMinute), Qt::UTC));
    QCOMPARE(range.size(), 2);
    QCOMPARE(data.visibleFromMs(), hour - 23 * 60 * kMinute);
    data.setNow(now);

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
    QCOMPARE(data.visibleFromMs(), hour - 24 * 60 * kMinute);
}

void TestEnergyChartData::scrubbedInstantTurnsPages()
{
    EnergyChartData data;
    QSignalSpy range(&data, &EnergyChartData::visibleRangeChanged);
    const double hour = std::floor(t0 / (60 * kMinute)) * 60 * kMinute;
    const auto at = [](double ms) { return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC); };
    data.setNow(at(t0)); // live: [hour − 24 h, hour + 25 h]
    QCOMPARE(range.size(), 1);
    // Scrubbed back 17 h (7 h from the left end, past the 6-h margin) and on two hours: the page stays.
    data.setNow(at(t0 - 17 * 60 * kMinute), EnergyChartData::Follow::Paged);
    data.setNow(at(t0 - 15 * 60 * kMinute), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 1);
    QCOMPARE(data.visibleFromMs(), hour - 24 * 60 * kMinute);
    QCOMPARE(data.nowMs(), t0 - 15 * 60 * kMinute);
    // Within 6 h of the left end: a new page around the instant's hour.
    const double instant = hour - 19 * 60 * kMinute + 5 * kMinute;
    data.setNow(at(instant), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 2);
    QCOMPARE(data.visibleFromMs(), hour - 19 * 60 * kMinute - 24 * 60 * kMinute);
    QCOMPARE(data.visibleToMs(), hour - 19 * 60 * kMinute + 25 * 60 * kMinute);
    // Near the right end the same; exactly on the margin the page still holds.
    data.setNow(at(data.visibleToMs() - EnergyChartData::kPageMarginMs), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 2);
    data.setNow(at(data.visibleToMs() - EnergyChartData::kPageMarginMs + kMinute), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 3);
    // That page is the first one again ([hour − 24 h, hour + 25 h]); 10 h on is inside it.
    QCOMPARE(data.visibleFromMs(), hour - 24 * 60 * kMinute);
    data.setNow(at(t0 + 10 * 60 * kMinute), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 3);
    // A reset while scrubbed centres the instant's hour, whatever page is shown.
    data.resetVisibleRange();
    QCOMPARE(range.size(), 4);
    QCOMPARE(data.visibleFromMs(), hour + 10 * 60 * kMinute - 24 * 60 * kMinute);
    // Live again (the same instant, 20 h before the page's right end): by the hour, at once.
    data.setNow(at(t0 - 2 * 60 * kMinute), EnergyChartData::Follow::Paged);
    QCOMPARE(range.size(), 4);
    data.setNow(at(t0 - 2 * 60 * kMinute), EnergyChartData::Follow::Hourly);
    QCOMPARE(range.size(), 5);
    QCOMPARE(data.visibleFromMs(), hour - 2 * 60 * kMinute - 24 * 60 * kMinute);
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

void TestEnergyChartData::forecastFollowsTheMeasuredSeries()
{
    using et::domain::energy::ForecastStep;
    EnergyChartData data;
    const QDateTime issued = QDateTime::fromMSecsSinceEpoch(qint64(tq), Qt::UTC).addSecs(7 * 60);
    const auto forecast = et::test::IslandForecast::issuedAt(issued);
    QCOMPARE(forecast.quarterHours.size(), 96);
    // Two hours of measured minutes up to the issue time.
    QList<double> demand;
    for (int i = 0; i <= 127; ++i)
        demand << 600.0 + i;
    const QList<QPointF> measured = minutes(demand, tq - 120 * kMinute);
    QVERIFY(data.setSeries(EnergyChartData::Demand, measured).ok());
    QSignalSpy content(&data, &EnergyChartData::contentChanged);
    QVERIFY(data.setForecast(forecast).ok());
    QCOMPARE(content.size(), 1);
    QVERIFY(data.hasForecast());
    const double firstStep = double(forecast.quarterHours.constFirst().time.toMSecsSinceEpoch());
    QCOMPARE(firstStep, tq + 15 * kMinute); // the next quarter-hour after the issue time
    QCOMPARE(data.forecastFromMs(), firstStep);

    // Demand: the measured minutes, then each step's expected value at its start.
    const QList<QPointF> &drawn = data.points(EnergyChartData::Demand);
    QCOMPARE(drawn.size(), measured.size() + forecast.quarterHours.size());
    QCOMPARE(drawn.mid(0, measured.size()), measured);
    for (qsizetype i = 0; i < forecast.quarterHours.size(); ++i) {
        const ForecastStep &step = forecast.quarterHours[i];
        const double x = double(step.time.toMSecsSinceEpoch());
        const auto at = [&](EnergyChartData::Series s) {
            const QList<QPointF> &points = data.points(s);
            return points[points.size() - forecast.quarterHours.size() + i];
        };
        QCOMPARE(at(EnergyChartData::Demand), QPointF(x, step.demandMw.p50));
        QCOMPARE(at(EnergyChartData::ForecastLower), QPointF(x, step.demandMw.p10));
        QCOMPARE(at(EnergyChartData::ForecastUpper), QPointF(x, step.demandMw.p90));
        QCOMPARE(at(EnergyChartData::Thermal), QPointF(x, step.thermalMw.p50));
        QCOMPARE(at(EnergyChartData::Wind), QPointF(x, step.windMw.p50));
        QCOMPARE(at(EnergyChartData::Solar), QPointF(x, step.solarMw.p50));
        QCOMPARE(at(EnergyChartData::HvdcImport), QPointF(x, step.importMw.p50 - step.exportMw.p50));
        QCOMPARE(at(EnergyChartData::Curtailment), QPointF(x, step.curtailmentMw.p50));
        QCOMPARE(at(EnergyChartData::Smp), QPointF(x, step.smpKrwPerKwh.p50));
        QCOMPARE(at(EnergyChartData::CarbonIntensity), QPointF(x, step.carbonGPerKwh.p50));
        QVERIFY(step.demandMw.p10 < step.demandMw.p90);
    }
    QVERIFY(data.points(EnergyChartData::Trucks).isEmpty()); // the forecast plans no trucks

    // The pointer knows the forecast's side.
    QVERIFY(data.valuesAt(firstStep + 15 * kMinute).value("forecast").toBool());
    QVERIFY(!data.valuesAt(tq - kMinute).value("forecast").toBool());

    // Newer minutes replace the forecast's steps they overlap.
    demand << 900 << 901 << 902 << 903 << 904 << 905 << 906 << 907 << 908 << 909 << 910 << 911 << 912 << 913 << 914 << 915 << 916 << 917;
    QVERIFY(data.setSeries(EnergyChartData::Demand, minutes(demand, tq - 120 * kMinute)).ok()); // up to tq + 25 min
    QCOMPARE(data.points(EnergyChartData::Demand).size(), demand.size() + forecast.quarterHours.size() - 1);
    QCOMPARE(data.forecastFromMs(), firstStep); // the other series still change over there
    QVERIFY(data.setMeasured({}).ok());
    QCOMPARE(data.points(EnergyChartData::Demand).size(), forecast.quarterHours.size());

    data.clearForecast();
    QVERIFY(!data.hasForecast());
    QVERIFY(std::isnan(data.forecastFromMs()));
    QVERIFY(data.points(EnergyChartData::ForecastUpper).isEmpty());
}

void TestEnergyChartData::forecastOfTheChosenAsset()
{
    EnergyChartData data;
    const auto forecast = et::test::IslandForecast::issuedAt(QDateTime::fromMSecsSinceEpoch(qint64(tq), Qt::UTC));
    QVERIFY(data.setForecast(forecast).ok());
    QVERIFY(data.points(EnergyChartData::AssetOutput).isEmpty()); // no asset chosen
    const QList<QPointF> measured = minutes({10, 11, 12}, tq - 3 * kMinute); // the first step is at tq
    QVERIFY(data.setAssetOutput(QStringLiteral("wind-gasiri"), measured).ok());
    const QList<QPointF> &drawn = data.points(EnergyChartData::AssetOutput);
    const auto &wind = forecast.assets.at(0);
    QCOMPARE(wind.assetId, QStringLiteral("wind-gasiri"));
    QCOMPARE(drawn.size(), 3 + wind.quarterHourMw.size());
    QCOMPARE(drawn.mid(0, 3), measured);
    for (qsizetype i = 0; i < wind.quarterHourMw.size(); ++i)
        QCOMPARE(drawn[3 + i], QPointF(double(forecast.quarterHours[i].time.toMSecsSinceEpoch()), wind.quarterHourMw[i].p50));
    // Another asset brings its own forecast; one the forecast does not know has only its history.
    QVERIFY(data.setAssetOutput(QStringLiteral("solar-gujwa"), measured).ok());
    QCOMPARE(data.points(EnergyChartData::AssetOutput).constLast().y(), forecast.assets.at(1).quarterHourMw.constLast().p50);
    QVERIFY(data.setAssetOutput(QStringLiteral("sub-sinjeju"), measured).ok());
    QCOMPARE(data.points(EnergyChartData::AssetOutput), measured);
}

void TestEnergyChartData::refusesABrokenForecast()
{
    EnergyChartData data;
    const auto good = et::test::IslandForecast::issuedAt(QDateTime::fromMSecsSinceEpoch(qint64(tq), Qt::UTC));
    QVERIFY(data.setForecast(good).ok());
    const QList<QPointF> before = data.points(EnergyChartData::Demand);

    auto backwards = good;
    std::swap(backwards.quarterHours[3], backwards.quarterHours[4]);
    const auto refused = data.setForecast(backwards);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("forecast.thermal[4]"));
    auto infinite = good;
    infinite.quarterHours[10].smpKrwPerKwh.p50 = std::numeric_limits<double>::infinity();
    QCOMPARE(data.setForecast(infinite).error().field, QStringLiteral("forecast.smp[10]"));
    auto shortAsset = good;
    shortAsset.assets[1].quarterHourMw.removeLast();
    const auto mismatch = data.setForecast(shortAsset);
    QCOMPARE(mismatch.error().field, QStringLiteral("forecast.assets[1].quarter_hour_mw"));
    QVERIFY(mismatch.error().message.contains(QStringLiteral("solar-gujwa")));
    QCOMPARE(data.points(EnergyChartData::Demand), before); // the old forecast stays
}

void TestEnergyChartData::valuesNowAreTheLatestPoints()
{
    EnergyChartData data;
    QVERIFY(data.setSeries(EnergyChartData::Demand, minutes({600, 610, 620})).ok());
    QVERIFY(data.setSeries(EnergyChartData::CarbonIntensity, minutes({300, kNaN, 320})).ok());
    QSignalSpy changed(&data, &EnergyChartData::valuesNowChanged);
    data.setNow(QDateTime::fromMSecsSinceEpoch(qint64(t0 + kMinute + 30000), Qt::UTC));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(data.valuesNow().value("demand").toDouble(), 610.0); // the last point before now
    QVERIFY(!data.valuesNow().contains("carbonIntensity"));      // a gap there
    QVERIFY(data.setSeries(EnergyChartData::Demand, minutes({600, 615, 620})).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(data.valuesNow().value("demand").toDouble(), 615.0);
    // Twenty minutes after the last point is still now; more is not.
    data.setNow(QDateTime::fromMSecsSinceEpoch(qint64(t0 + 22 * kMinute), Qt::UTC));
    QCOMPARE(data.valuesNow().value("carbonIntensity").toDouble(), 320.0);
    data.setNow(QDateTime::fromMSecsSinceEpoch(qint64(t0 + 23 * kMinute), Qt::UTC));
    QVERIFY(data.valuesNow().isEmpty());
    data.setNow(QDateTime::fromMSecsSinceEpoch(qint64(t0 - kMinute), Qt::UTC));
    QVERIFY(data.valuesNow().isEmpty());
}

QTEST_GUILESS_MAIN(TestEnergyChartData)
#include "tst_energychartdata.moc"
