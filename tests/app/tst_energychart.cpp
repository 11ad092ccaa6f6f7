// SPDX-License-Identifier: MIT
// The Energy view's chart in the console's real QML (Main.qml, offscreen) over hand-made series:
// each Qt Charts series holds exactly the decimated points of what EnergyChartData was given
// (the stacked areas between sums worked out here), the pointer over a known time shows that
// time's values, the theme recolours it, it says when there is no history, the selected asset
// gets its own chart, and the wheel and "Back to now" move the range.
#include "energychartwindow.h"
#include "jejutime.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>

using namespace et;
using models::EnergyChartData;

namespace {
constexpr double kMinute = 60000.0;
constexpr double kHour = 60 * kMinute;
// The snapshot balance's time, the chart's "now".
const double kNow = double(test::EnergyChartWindow::now().toMSecsSinceEpoch());

/// f(i) for the points every `step` from `from` to `to` (inclusive).
QList<QPointF> series(double from, double to, double step, const std::function<double(int)> &f)
{
    QList<QPointF> points;
    int i = 0;
    for (double t = from; t <= to; t += step, ++i)
        points.append(QPointF(t, f(i)));
    return points;
}

/// Point-by-point sums of series on the same times.
QList<QPointF> sum(const QList<QList<QPointF>> &layers)
{
    QList<QPointF> out = layers.constFirst();
    for (qsizetype l = 1; l < layers.size(); ++l) {
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i].ry() += std::max(0.0, layers[l][i].y());
    }
    return out;
}
} // namespace

class TestEnergyChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void seriesHoldTheDecimatedPoints();
    void hoverShowsTheValuesOfThatTime();
    void themeRecoloursTheChart();
    void saysWhenThereIsNoHistory();
    void selectedAssetHasItsOwnChart();
    void wheelZoomsAndBackToNowResets();

private:
    QQuickWindow *window() const { return m_fixture.window(); }
    QQuickItem *find(const char *objectName) const { return m_fixture.find(objectName); }
    template<typename T>
    T *chartSeries(const char *objectName) const { return m_fixture.series<T>("energyChartView", objectName); }
    int columns() const { return m_fixture.columns(); }
    QList<QPointF> decimated(const QList<QPointF> &points) const { return m_fixture.decimated(points); }
    /// What an area's top edge holds: each column's highest point.
    QList<QPointF> topEdge(const QList<QPointF> &points) const { return m_fixture.decimated(points, models::ColumnExtremes::Highest); }
    /// Hand-made island series: 1-minute history for the 24 h before now, the band after it.
    void fillMinutes();

    test::EnergyChartWindow m_fixture;
    EnergyChartData *m_data = nullptr;
    QList<QPointF> m_thermal, m_hvdc, m_wind, m_solar, m_trucks, m_curtailment, m_demand, m_smp, m_lower, m_upper;
};

void TestEnergyChart::initTestCase()
{
    const QString error = m_fixture.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_data = &m_fixture.data();
}

void TestEnergyChart::cleanupTestCase()
{
    QVERIFY2(m_fixture.warnings().isEmpty(), qPrintable(m_fixture.warnings().join(u'\n')));
}

void TestEnergyChart::fillMinutes()
{
    const double from = kNow - 24 * kHour;
    // Wiggles with a one-minute spike each, so decimation has extremes to keep.
    m_thermal = series(from, kNow, kMinute, [](int i) { return 200.0 + (i % 7) + (i == 300 ? 90 : 0); });
    m_hvdc = series(from, kNow, kMinute, [](int i) { return i % 500 == 7 ? -40.0 : 150.0 + (i % 13); }); // exports too
    m_wind = series(from, kNow, kMinute, [](int i) { return 80.0 + 40.0 * std::sin(i / 90.0); });
    m_solar = series(from, kNow, kMinute, [](int i) { return std::max(0.0, 300.0 * std::sin((i - 360) / 229.0)); });
    m_trucks = series(from, kNow, kMinute, [](int i) { return i > 1200 ? 12.0 : 0.0; });
    m_curtailment = series(from, kNow, kMinute, [](int i) { return i > 700 && i < 800 ? 35.0 : 0.0; });
    m_demand = series(from, kNow, kMinute, [](int i) { return 560.0 + 90.0 * std::sin(i / 229.0) + (i == 999 ? 200 : 0); });
    m_smp = series(from, kNow, kMinute, [](int i) { return 100.0 - (i > 700 && i < 800 ? 130.0 : 0.0); });
    m_lower = series(kNow + 15 * kMinute, kNow + 24 * kHour, 15 * kMinute, [](int i) { return 540.0 + i; });
    m_upper = series(kNow + 15 * kMinute, kNow + 24 * kHour, 15 * kMinute, [](int i) { return 600.0 + 2 * i; });
    QVERIFY(m_data->setSeries(EnergyChartData::Thermal, m_thermal).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::HvdcImport, m_hvdc).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Wind, m_wind).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Solar, m_solar).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Trucks, m_trucks).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Curtailment, m_curtailment).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Demand, m_demand).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Smp, m_smp).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::ForecastLower, m_lower).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::ForecastUpper, m_upper).ok());
}

void TestEnergyChart::seriesHoldTheDecimatedPoints()
{
    fillMinutes();
    const int n = columns();
    QVERIFY(n > 100);

    auto *demand = chartSeries<QLineSeries>("demandLine");
    QVERIFY(demand);
    QTRY_COMPARE(demand->points(), decimated(m_demand));
    QVERIFY(demand->count() <= 2 * n + 2);
    QVERIFY(m_fixture.toTimes(demand->points()).contains(m_demand[999])); // the one-minute peak is drawn
    auto *smp = chartSeries<QLineSeries>("smpLine");
    QTRY_COMPARE(smp->points(), decimated(m_smp));

    // The areas lie between sums of the layers below (negative HVDC flow, an export, adds nothing).
    auto *thermal = chartSeries<QAreaSeries>("thermalArea");
    QVERIFY(thermal && thermal->upperSeries());
    QTRY_COMPARE(thermal->upperSeries()->points(), topEdge(m_thermal));
    QVERIFY(m_fixture.toTimes(thermal->upperSeries()->points()).contains(m_thermal[300]));
    auto *curtailed = chartSeries<QAreaSeries>("curtailmentArea");
    QVERIFY(curtailed && curtailed->upperSeries() && !curtailed->lowerSeries());
    const QList<QPointF> supply = sum({m_thermal, m_hvdc, m_wind, m_solar, m_trucks});
    QTRY_COMPARE(curtailed->upperSeries()->points(), topEdge(sum({supply, m_curtailment})));
    auto *trucks = chartSeries<QAreaSeries>("truckArea");
    QVERIFY(trucks && trucks->upperSeries());
    QTRY_COMPARE(trucks->upperSeries()->points(), topEdge(supply));
    // Each area runs from zero, so the layers are drawn top one first and the opaque ones below
    // cover the rest: curtailment shows only above the supply.
    QCOMPARE(m_fixture.seriesOrder("energyChartView").mid(0, 6),
             (QStringList{"curtailmentArea", "truckArea", "solarArea", "windArea", "hvdcArea", "thermalArea"}));

    // The band: P90 over P10.
    auto *band = chartSeries<QAreaSeries>("forecastBand");
    QVERIFY(band && band->lowerSeries());
    QTRY_COMPARE(band->upperSeries()->points(), topEdge(m_upper));
    QTRY_COMPARE(band->lowerSeries()->points(), m_fixture.decimated(m_lower, models::ColumnExtremes::Lowest));

    // A new series replaces the points (at the next turn of the event loop).
    m_demand = series(kNow - 3 * kHour, kNow, kMinute, [](int i) { return 700.0 - i; });
    QVERIFY(m_data->setSeries(EnergyChartData::Demand, m_demand).ok());
    QTRY_COMPARE(demand->points(), decimated(m_demand));

    // The left axis holds the highest stack (with curtailment), demand and band.
    QQuickItem *chart = find("energyChart");
    const double leftMax = chart->property("feeder").value<QObject *>()->property("leftMax").toDouble();
    double highest = 0;
    for (const QPointF &p : sum({supply, m_curtailment}))
        highest = std::max(highest, p.y());
    QVERIFY2(leftMax >= highest && leftMax < 2 * highest, qPrintable(QString::number(leftMax)));

    // What a screen reader hears names the demand range up to now.
    const QString description = chart->property("description").toString();
    QVERIFY2(description.contains(QStringLiteral("700 MW")), qPrintable(description));
}

void TestEnergyChart::hoverShowsTheValuesOfThatTime()
{
    // Hourly points, a few pixels apart: the pointer over an hour's pixel is nearest to that hour.
    const double from = kNow - 24 * kHour;
    const auto hourly = [&](double base, double step) {
        return series(from, kNow, kHour, [=](int i) { return base + step * i; });
    };
    QVERIFY(m_data->setSeries(EnergyChartData::Demand, hourly(500, 10)).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Thermal, hourly(200, 1)).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Wind, hourly(30, 3)).ok());
    QVERIFY(m_data->setSeries(EnergyChartData::Smp, hourly(90, 0.5)).ok());

    QQuickItem *chart = find("energyChart");
    const QRectF plot = chart->property("plot").toRectF();
    const int hour = 7;
    const double t = from + hour * kHour;
    const double x = plot.x() + (t - m_data->visibleFromMs()) / (m_data->visibleToMs() - m_data->visibleFromMs()) * plot.width();
    const QPoint at = chart->mapToScene(QPointF(x, plot.y() + plot.height() / 2)).toPoint();
    QTest::mouseMove(window(), at - QPoint(20, 0));
    QTest::mouseMove(window(), at);

    QQuickItem *readout = find("chartReadout");
    QVERIFY(readout);
    QTRY_VERIFY(readout->isVisible());
    const QVariantMap values = chart->property("hoverValues").toMap();
    QCOMPARE(values.value("time").toDouble(), t);
    QCOMPARE(values.value("demand").toDouble(), 500.0 + 10 * hour);
    QCOMPARE(values.value("thermal").toDouble(), 200.0 + hour);
    QCOMPARE(values.value("wind").toDouble(), 30.0 + 3 * hour);
    QCOMPARE(readout->property("timeText").toString(),
             models::JejuTime::format(QDateTime::fromMSecsSinceEpoch(qint64(t), Qt::UTC), QStringLiteral("M/d HH:mm"))
                 + QStringLiteral(" KST"));
    QMap<QString, QString> shown;
    for (const QVariant &row : readout->property("rows").toList())
        shown.insert(row.toMap().value("label").toString(), row.toMap().value("text").toString());
    QCOMPARE(shown.value("Demand"), QStringLiteral("570 MW"));
    QCOMPARE(shown.value("Thermal"), QStringLiteral("207 MW"));
    QCOMPARE(shown.value("Wind"), QStringLiteral("51 MW"));
    QCOMPARE(shown.value("SMP"), QStringLiteral("93.5 ₩/kWh"));
    QVERIFY(!shown.contains("Forecast P10–P90")); // the forecast starts after now

    // Off the chart the readout goes.
    QTest::mouseMove(window(), chart->mapToScene(QPointF(1, 1)).toPoint());
    QTRY_VERIFY(!readout->isVisible());
}

void TestEnergyChart::themeRecoloursTheChart()
{
    auto *demand = chartSeries<QLineSeries>("demandLine");
    QVERIFY(demand);
    QQuickItem *card = find("energyChartCard");
    QVERIFY(card);
    const QColor lightLine = demand->color();
    const QColor lightCard = card->property("color").value<QColor>();
    m_fixture.appearance().setDark(true);
    QVERIFY2(demand->color().lightness() > 200 && lightLine.lightness() < 60, qPrintable(demand->color().name()));
    QVERIFY(card->property("color").value<QColor>().lightness() < 60 && lightCard.lightness() > 200);
    // The chart's own pixels turn dark as well: a spot of the plot with no series over it.
    QQuickItem *chart = find("energyChart");
    const QRectF plot = chart->property("plot").toRectF();
    QVERIFY(m_data->setSeries(EnergyChartData::Demand, QList<QPointF>{}).ok());
    const QPoint spot = chart->mapToScene(QPointF(plot.right() - 3, plot.top() + 3)).toPoint();
    QTRY_VERIFY(window()->grabWindow().pixelColor(spot).lightness() < 80);
    m_fixture.appearance().setDark(false);
    QCOMPARE(demand->color(), lightLine);
    QTRY_VERIFY(window()->grabWindow().pixelColor(spot).lightness() > 200);
}

void TestEnergyChart::saysWhenThereIsNoHistory()
{
    QQuickItem *empty = find("chartNoHistory");
    QVERIFY(empty);
    fillMinutes();
    QVERIFY(!empty->isVisible());
    m_data->clear();
    QVERIFY(empty->isVisible());
    QTRY_VERIFY(chartSeries<QLineSeries>("demandLine")->points().isEmpty());
    QVERIFY(chartSeries<QAreaSeries>("thermalArea")->upperSeries()->points().isEmpty());
    QCOMPARE(find("energyChart")->property("description").toString(), QStringLiteral("No history yet."));
}

void TestEnergyChart::selectedAssetHasItsOwnChart()
{
    auto *assets = m_fixture.console().assets();
    const QString id = assets->get(0).value("id").toString();
    QVERIFY(!id.isEmpty());
    assets->select(0);
    QVERIFY(m_fixture.historySettled()); // its history read: there is none
    QCOMPARE(m_data->assetId(), id);
    QQuickItem *assetChart = find("assetOutputChart");
    QVERIFY(assetChart);
    QVERIFY(!assetChart->isVisible()); // nothing for this asset yet
    QQuickItem *none = find("assetNoHistory");
    QVERIFY(none && none->isVisible());
    fillMinutes();
    const QList<QPointF> output = series(kNow - 24 * kHour, kNow, kMinute, [](int i) { return 10.0 + (i % 17); });
    QVERIFY(m_data->setAssetOutput(id, output).ok());
    QTRY_VERIFY(assetChart->isVisible());
    QVERIFY(!none->isVisible());
    auto *area = m_fixture.series<QAreaSeries>("assetOutputView", "assetOutputArea");
    QVERIFY(area);
    // Lined up under the island chart: the same plot columns, so the same decimation.
    QTRY_COMPARE(area->upperSeries()->points(), topEdge(output));
    QVERIFY(m_data->setAssetOutput(QStringLiteral("some-other-asset"), output).ok());
    QVERIFY(!assetChart->isVisible());
    assets->select(-1);
    QVERIFY(m_fixture.historySettled());
}

void TestEnergyChart::wheelZoomsAndBackToNowResets()
{
    fillMinutes();
    m_data->resetVisibleRange();
    QQuickItem *chart = find("energyChart");
    const QRectF plot = chart->property("plot").toRectF();
    const QPointF centre = chart->mapToScene(plot.center());
    const double span = m_data->visibleToMs() - m_data->visibleFromMs();
    QWheelEvent wheel(centre, window()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QGuiApplication::sendEvent(window(), &wheel);
    QTRY_VERIFY(!m_data->followsNow());
    QCOMPARE(m_data->visibleToMs() - m_data->visibleFromMs(), span * 0.8);
    // The decimation follows the new range.
    QTRY_COMPARE(chartSeries<QLineSeries>("demandLine")->points(), decimated(m_demand));
    QQuickItem *back = find("chartBackToNow");
    QVERIFY(back && back->isVisible());
    QVERIFY(QMetaObject::invokeMethod(back, "clicked"));
    QVERIFY(m_data->followsNow());
    QVERIFY(!back->isVisible());
}

QTEST_MAIN(TestEnergyChart)
#include "tst_energychart.moc"
