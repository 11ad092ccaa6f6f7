// SPDX-License-Identifier: MIT
// The chart series equal the history rows: history minutes written into the real cache
// (client::Store::appendHistory, as the sync engine writes them) reach the Energy chart's Qt
// Charts series through the history loader's own thread, and every drawn point is checked against
// the rows, aggregated per pixel column here (the lowest and highest value of each column, the
// nearest row outside the range at each edge) — for the stacked areas against sums of the rows,
// for carbon intensity against the published factors. A forecast worked out by the domain's
// EnergyForecast continues the series and draws its band, as does one cached as the server's; the
// "now" line and the carbon KPI follow the time cursor.
#include "domain/energy/forecastjson.h"
#include "energychartwindow.h"
#include "historyminutes.h"
#include "islandforecast.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QQuickItem>
#include <QTest>

#include <cmath>
#include <map>

using namespace et;
using models::EnergyChartData;

namespace {
constexpr double kMinute = 60000.0;
const QDateTime kNow = test::EnergyChartWindow::now();

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

/// What is wrong with `drawn` as the picture of `rows` (sorted by time; NaN values are gaps) in
/// `columns` pixel columns over [from, to], or "" when nothing is: each drawn point must be a row;
/// in each column with rows, the drawn points are its lowest and its highest value (one point
/// when they are the same row); nothing in a column without rows; outside the range only the
/// nearest row with a value on each side.
QString columnProblems(const QList<QPointF> &drawn, const QList<QPointF> &rows, double from, double to, int columns,
                       models::ColumnExtremes keep)
{
    const double width = (to - from) / columns;
    const auto columnOf = [&](double x) { return std::min(columns - 1, int((x - from) / width)); };
    std::map<int, std::pair<double, double>> extremes; // column → (lowest, highest)
    std::map<qint64, double> rowAt;
    std::optional<QPointF> lastBefore, firstAfter;
    for (const QPointF &r : rows) {
        if (std::isnan(r.y()))
            continue;
        rowAt[qint64(r.x())] = r.y();
        if (r.x() < from) {
            lastBefore = r;
        } else if (r.x() > to) {
            if (!firstAfter)
                firstAfter = r;
        } else {
            auto [it, fresh] = extremes.try_emplace(columnOf(r.x()), r.y(), r.y());
            it->second = {std::min(it->second.first, r.y()), std::max(it->second.second, r.y())};
        }
    }
    std::map<int, QList<double>> drawnIn;
    for (const QPointF &p : drawn) {
        const auto row = rowAt.find(qint64(p.x()));
        if (row == rowAt.end() || !near(p.y(), row->second))
            return QStringLiteral("(%1, %2) is not a row").arg(p.x(), 0, 'f', 0).arg(p.y());
        if (p.x() < from) {
            if (!lastBefore || p.x() != lastBefore->x())
                return QStringLiteral("(%1) before the range is not the last row there").arg(p.x(), 0, 'f', 0);
        } else if (p.x() > to) {
            if (!firstAfter || p.x() != firstAfter->x())
                return QStringLiteral("(%1) after the range is not the first row there").arg(p.x(), 0, 'f', 0);
        } else {
            drawnIn[columnOf(p.x())] << p.y();
        }
    }
    const auto edgeCount = [&](bool before) {
        return std::count_if(drawn.cbegin(), drawn.cend(), [&](const QPointF &p) { return before ? p.x() < from : p.x() > to; });
    };
    if (edgeCount(true) != (lastBefore ? 1 : 0) || edgeCount(false) != (firstAfter ? 1 : 0))
        return QStringLiteral("the edges are not the nearest rows outside the range");
    for (const auto &[column, values] : drawnIn) {
        if (!extremes.count(column))
            return QStringLiteral("column %1 has no rows but is drawn").arg(column);
    }
    for (const auto &[column, range] : extremes) {
        const QList<double> values = drawnIn[column];
        if (keep != models::ColumnExtremes::LowestAndHighest) { // an area's edge: that extreme alone
            const double want = keep == models::ColumnExtremes::Highest ? range.second : range.first;
            if (values.size() != 1 || !near(values.first(), want))
                return QStringLiteral("column %1 draws %2 values, not its %3 %4")
                    .arg(column).arg(values.size()).arg(keep == models::ColumnExtremes::Highest ? "highest" : "lowest").arg(want);
            continue;
        }
        const bool hasLow = std::any_of(values.cbegin(), values.cend(), [&](double v) { return near(v, range.first); });
        const bool hasHigh = std::any_of(values.cbegin(), values.cend(), [&](double v) { return near(v, range.second); });
        const bool onlyThose = std::all_of(values.cbegin(), values.cend(), [&](double v) { return near(v, range.first) || near(v, range.second); });
        if (!hasLow || !hasHigh || !onlyThose || values.size() > 2)
            return QStringLiteral("column %1 draws %2 values, not its lowest %3 and highest %4")
                .arg(column).arg(values.size()).arg(range.first).arg(range.second);
    }
    return {};
}

/// The rows' values of one figure, as chart points.
QList<QPointF> rowsOf(const domain::EnergyHistoryPage &page, const std::function<double(const domain::EnergyHistoryPoint &)> &value)
{
    QList<QPointF> out;
    for (const auto &p : page.points)
        out << QPointF(double(p.timestamp.toMSecsSinceEpoch()), value(p));
    return out;
}

double netImport(const domain::EnergyHistoryPoint &p)
{
    double sum = 0;
    for (const auto &f : p.hvdcFlowMw)
        sum += f.value_or(0.0);
    return sum;
}

/// gCO₂eq/kWh of a minute from the published factors (tst_historychartseries has their sources).
double carbonOf(const domain::EnergyHistoryPoint &p)
{
    const double lng = 1466.31 / (1466.31 + 1252.77);
    double imports = 0;
    for (const auto &f : p.hvdcFlowMw)
        imports += std::max(0.0, f.value_or(0.0));
    return (p.thermalMw * (lng * 490 + (1 - lng) * 230) + (p.windMw + p.truckDischargeMw) * 11 + p.solarMw * 48 + imports * 417.3)
        / (p.thermalMw + p.windMw + p.truckDischargeMw + p.solarMw + imports);
}
} // namespace

class TestEnergyChartHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void seriesEqualTheHistoryRows();
    void selectedAssetDrawsItsRows();
    void forecastContinuesTheSeries();
    void cachedForecastReachesTheChart();
    void nowFollowsTheTimeCursor();

private:
    /// Checks what `series` draws, once the chart has taken every change, against `rows`.
    void expectDrawn(QXYSeries *series, const QList<QPointF> &rows, const char *what,
                     models::ColumnExtremes keep = models::ColumnExtremes::LowestAndHighest);

    test::EnergyChartWindow m_fixture;
    domain::EnergyHistoryPage m_rows;
};

void TestEnergyChartHistory::initTestCase()
{
    const QString error = m_fixture.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fixture.data().measuredPoints(EnergyChartData::Demand).isEmpty()); // only the live balance
    // 30 hours of minutes up to now, in the sync engine's pages of 240: six hours lie left of the
    // chart's 24 h, so its left edge runs in from a row outside.
    m_rows = test::HistoryMinutes::page(kNow.addSecs(-30 * 3600), 30 * 60 + 1);
    for (qsizetype i = 0; i < m_rows.points.size(); i += 240) {
        auto piece = m_rows;
        piece.points = m_rows.points.mid(i, 240);
        QVERIFY(m_fixture.fixture().store().appendHistory(piece).ok());
    }
    QTRY_COMPARE(m_fixture.data().points(EnergyChartData::Demand).size(), m_rows.points.size());
    QVERIFY(m_fixture.historySettled());
}

void TestEnergyChartHistory::cleanupTestCase()
{
    QVERIFY2(m_fixture.warnings().isEmpty(), qPrintable(m_fixture.warnings().join(u'\n')));
}

void TestEnergyChartHistory::expectDrawn(QXYSeries *series, const QList<QPointF> &rows, const char *what, models::ColumnExtremes keep)
{
    QVERIFY2(series, what);
    QVERIFY(m_fixture.chartSettled());
    const QList<QPointF> drawn = m_fixture.toTimes(series->points());
    const EnergyChartData &d = m_fixture.data();
    const QString problem = columnProblems(drawn, rows, d.visibleFromMs(), d.visibleToMs(), m_fixture.columns(), keep);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), problem)));
    QVERIFY2(drawn.size() <= 2 * m_fixture.columns() + 2, what);
}

void TestEnergyChartHistory::seriesEqualTheHistoryRows()
{
    QVERIFY(m_fixture.data().followsNow());
    QCOMPARE(m_fixture.data().nowMs(), double(kNow.toMSecsSinceEpoch()));
    const auto line = [&](const char *name) { return m_fixture.series<QLineSeries>("energyChartView", name); };
    const auto area = [&](const char *name) { return m_fixture.series<QAreaSeries>("energyChartView", name); };
    QVERIFY(line("demandLine") && line("smpLine") && line("carbonLine"));
    QTRY_VERIFY(line("demandLine")->count() > 0);

    expectDrawn(line("demandLine"), rowsOf(m_rows, [](const auto &p) { return p.demandMw; }), "demand");
    expectDrawn(line("smpLine"), rowsOf(m_rows, [](const auto &p) { return p.smpKrwPerKwh; }), "SMP");
    // Carbon intensity is drawn when the right axis shows it (a hidden series is kept empty).
    QVERIFY(line("carbonLine")->points().isEmpty());
    QQuickItem *showCarbon = m_fixture.find("chartShowCarbon");
    QVERIFY(showCarbon && QMetaObject::invokeMethod(showCarbon, "clicked"));
    expectDrawn(line("carbonLine"), rowsOf(m_rows, carbonOf), "carbon intensity");
    QVERIFY(QMetaObject::invokeMethod(m_fixture.find("chartShowSmp"), "clicked"));

    // The stack: each area from zero to the sum of its own and every layer below (an export, a
    // negative net import, adds nothing); tst_energychart checks the layers cover each other.
    const QList<std::pair<const char *, std::function<double(const domain::EnergyHistoryPoint &)>>> layers{
        {"thermalArea", [](const auto &p) { return p.thermalMw; }},
        {"hvdcArea", [](const auto &p) { return std::max(0.0, netImport(p)); }},
        {"windArea", [](const auto &p) { return p.windMw; }},
        {"solarArea", [](const auto &p) { return p.solarMw; }},
        {"truckArea", [](const auto &p) { return p.truckDischargeMw; }},
        {"curtailmentArea", [](const auto &p) { return p.curtailmentMw; }},
    };
    int exports = 0;
    for (const auto &p : m_rows.points)
        exports += netImport(p) < 0 || *p.hvdcFlowMw[2] < 0;
    QVERIFY(exports > 0);
    for (qsizetype l = 0; l < layers.size(); ++l) {
        QAreaSeries *a = area(layers[l].first);
        QVERIFY2(a && a->upperSeries(), layers[l].first);
        const auto sumTo = [&](qsizetype top) {
            return rowsOf(m_rows, [&](const auto &p) {
                double s = 0;
                for (qsizetype i = 0; i <= top; ++i)
                    s += layers[i].second(p);
                return s;
            });
        };
        expectDrawn(a->upperSeries(), sumTo(l), layers[l].first, models::ColumnExtremes::Highest);
        QVERIFY2(!a->lowerSeries(), layers[l].first);
    }
}

void TestEnergyChartHistory::selectedAssetDrawsItsRows()
{
    auto *assets = m_fixture.console().assets();
    assets->setSelectedId(QStringLiteral("wind-gasiri"));
    QTRY_COMPARE(m_fixture.data().assetId(), QStringLiteral("wind-gasiri"));
    QVERIFY(m_fixture.historySettled());
    QQuickItem *chart = m_fixture.find("assetOutputChart");
    QTRY_VERIFY(chart && chart->isVisible());
    auto *output = m_fixture.series<QAreaSeries>("assetOutputView", "assetOutputArea");
    QVERIFY(output);
    // Minutes without the farm's value are gaps: no point is drawn for them.
    const QList<QPointF> rows = rowsOf(m_rows, [](const auto &p) { return p.assetOutputMw[0].value_or(qQNaN()); });
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QPointF &r) { return std::isnan(r.y()); }));
    QTRY_VERIFY(output->upperSeries()->count() > 0);
    expectDrawn(output->upperSeries(), rows, "wind-gasiri's output", models::ColumnExtremes::Highest);
    assets->setSelectedId(QString());
    QVERIFY(m_fixture.historySettled());
}

void TestEnergyChartHistory::forecastContinuesTheSeries()
{
    QQuickItem *noForecast = m_fixture.find("chartNoForecast");
    QVERIFY(noForecast && noForecast->property("captionShown").toBool());
    const auto forecast = test::IslandForecast::issuedAt(kNow);
    QVERIFY(m_fixture.data().setForecast(forecast).ok());
    QTRY_VERIFY(!noForecast->property("captionShown").toBool());

    // The steps the chart draws: those after the last measured minute (the first step, at now,
    // is measured already).
    const auto steps = [&](const std::function<double(const domain::energy::ForecastStep &)> &value) {
        QList<QPointF> out;
        for (const auto &s : forecast.quarterHours) {
            if (s.time > kNow)
                out << QPointF(double(s.time.toMSecsSinceEpoch()), value(s));
        }
        return out;
    };
    auto *band = m_fixture.series<QAreaSeries>("energyChartView", "forecastBand");
    QVERIFY(band && band->lowerSeries());
    QTRY_VERIFY(band->upperSeries()->count() > 0);
    // The band has no measured part: every step of it is drawn.
    QList<QPointF> p90, p10;
    for (const auto &s : forecast.quarterHours) {
        p90 << QPointF(double(s.time.toMSecsSinceEpoch()), s.demandMw.p90);
        p10 << QPointF(double(s.time.toMSecsSinceEpoch()), s.demandMw.p10);
    }
    QCOMPARE(forecast.quarterHours.constFirst().time, kNow);
    expectDrawn(band->upperSeries(), p90, "P90", models::ColumnExtremes::Highest);
    expectDrawn(band->lowerSeries(), p10, "P10", models::ColumnExtremes::Lowest);
    // Demand runs on from the last minute into the steps' expected values.
    const QList<QPointF> demand = rowsOf(m_rows, [](const auto &p) { return p.demandMw; })
        + steps([](const auto &s) { return s.demandMw.p50; });
    expectDrawn(m_fixture.series<QLineSeries>("energyChartView", "demandLine"), demand, "demand and its forecast");
    m_fixture.data().clearForecast();
    QTRY_VERIFY(noForecast->property("captionShown").toBool());
}

void TestEnergyChartHistory::cachedForecastReachesTheChart()
{
    // As the sync engine caches the forecast the server issued.
    QJsonObject json = domain::energy::ForecastJson::toJson(test::IslandForecast::issuedAt(kNow));
    json.insert(QStringLiteral("id"), QStringLiteral("current"));
    const auto put = m_fixture.fixture().upsert(QStringLiteral("forecast"), json);
    QVERIFY2(put.ok(), qPrintable(put.error().toString()));
    EnergyChartData &data = m_fixture.data();
    QTRY_VERIFY(data.hasForecast());
    const auto &cached = m_fixture.console().forecast()->forecast();
    QCOMPARE(cached.quarterHours.size(), 96);
    QList<QPointF> p90;
    for (const auto &s : cached.quarterHours)
        p90 << QPointF(double(s.time.toMSecsSinceEpoch()), s.demandMw.p90);
    QCOMPARE(data.points(EnergyChartData::ForecastUpper), p90);
    expectDrawn(m_fixture.series<QAreaSeries>("energyChartView", "forecastBand")->upperSeries(), p90, "the cached P90",
                models::ColumnExtremes::Highest);

    // The cache forgets it: so does the chart.
    QVERIFY(m_fixture.fixture().remove(QStringLiteral("forecast"), QStringLiteral("current")).ok());
    QTRY_VERIFY(!data.hasForecast());
}

void TestEnergyChartHistory::nowFollowsTheTimeCursor()
{
    EnergyChartData &data = m_fixture.data();
    QQuickItem *nowLine = m_fixture.find("chartNowLine");
    QQuickItem *carbonTile = m_fixture.find("carbonTile");
    QVERIFY(nowLine && carbonTile);
    const auto lastRow = m_rows.points.constLast();
    QCOMPARE(carbonTile->property("value").toString(), QStringLiteral("%1 gCO₂eq/kWh").arg(std::round(carbonOf(lastRow))));

    // Scrubbed three hours back: the chart keeps its page (the day either side of now's hour),
    // the now line moves to the instant and the KPI follow.
    const QDateTime liveHour = QDateTime::fromSecsSinceEpoch(kNow.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    const QDateTime back = kNow.addSecs(-3 * 3600);
    m_fixture.console().time()->scrubTo(back);
    QCOMPARE(data.nowMs(), double(back.toMSecsSinceEpoch()));
    QCOMPARE(data.visibleFromMs(), double(liveHour.addDays(-1).toMSecsSinceEpoch()));
    // Scrubbed to within six hours of the page's left end, the next page is the day either
    // side of the instant's hour.
    const QDateTime farBack = kNow.addSecs(-20 * 3600);
    m_fixture.console().time()->scrubTo(farBack);
    const QDateTime hour = QDateTime::fromSecsSinceEpoch(farBack.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    QCOMPARE(data.visibleFromMs(), double(hour.addDays(-1).toMSecsSinceEpoch()));
    QCOMPARE(data.visibleToMs(), double(hour.addSecs(3600).addDays(1).toMSecsSinceEpoch()));
    // Back to three hours before now: inside that page, which stays.
    m_fixture.console().time()->scrubTo(back);
    QCOMPARE(data.visibleFromMs(), double(hour.addDays(-1).toMSecsSinceEpoch()));
    QQuickItem *chart = m_fixture.find("energyChart");
    const QRectF plot = chart->property("plot").toRectF();
    const double along = double(hour.addDays(-1).msecsTo(back)) / (49.0 * 3600 * 1000);
    QTRY_COMPARE(nowLine->x(), std::round(plot.x() + plot.width() * along));
    const auto atBack = std::find_if(m_rows.points.cbegin(), m_rows.points.cend(), [&](const auto &p) { return p.timestamp == back; });
    QVERIFY(atBack != m_rows.points.cend());
    QTRY_COMPARE(carbonTile->property("value").toString(), QStringLiteral("%1 gCO₂eq/kWh").arg(std::round(carbonOf(*atBack))));
    // The rows after the cursor are still history: drawn as rows, no forecast tint over them.
    expectDrawn(m_fixture.series<QLineSeries>("energyChartView", "demandLine"),
                rowsOf(m_rows, [](const auto &p) { return p.demandMw; }), "demand around the cursor");

    m_fixture.console().time()->goLive();
    QCOMPARE(data.nowMs(), double(kNow.toMSecsSinceEpoch()));
}

QTEST_MAIN(TestEnergyChartHistory)
#include "tst_energycharthistory.moc"
