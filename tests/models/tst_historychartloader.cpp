// SPDX-License-Identifier: MIT
// HistoryChartLoader over a real cache file: what the sync engine appends to the history shows in
// the chart's measured series, point for point against the rows written; a burst of pages is
// read twice at most; choosing an asset reads its column; a history that is cleared empties the
// chart; and the chart's forecast part stays through it all.
#include "domain/energy/energyforecast.h"
#include "energychartdata.h"
#include "historychartloader.h"
#include "historyminutes.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace et;
using models::EnergyChartData;

namespace {
const QDateTime kFrom(QDate(2026, 11, 21), QTime(5, 0), Qt::UTC);

/// `page` in pieces of `size` minutes, as the sync engine fetches it.
QList<domain::EnergyHistoryPage> pieces(const domain::EnergyHistoryPage &page, int size)
{
    QList<domain::EnergyHistoryPage> out;
    for (qsizetype i = 0; i < page.points.size(); i += size) {
        domain::EnergyHistoryPage piece = page;
        piece.points = page.points.mid(i, size);
        piece.from = piece.points.constFirst().timestamp;
        piece.to = piece.points.constLast().timestamp.addSecs(60);
        out << piece;
    }
    return out;
}
} // namespace

class TestHistoryChartLoader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seriesAreTheCachedRows();
    void aBurstOfPagesIsReadAtMostTwice();
    void anAssetReadsItsColumn();
    void clearedHistoryEmptiesTheChart();

private:
    /// Waits for the read under way (and one asked for during it) to reach the chart.
    void settle();

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<EnergyChartData> m_chart;
    std::unique_ptr<models::HistoryChartLoader> m_loader;
};

void TestHistoryChartLoader::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    m_chart = std::make_unique<EnergyChartData>();
    m_loader = std::make_unique<models::HistoryChartLoader>(&m_fixture->store(), m_chart.get());
    settle(); // the first read, of an empty history
    QVERIFY(!m_chart->hasHistory());
}

void TestHistoryChartLoader::cleanup()
{
    m_loader.reset();
    m_chart.reset();
    m_fixture.reset();
}

void TestHistoryChartLoader::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_loader->reading(), 10000);
}

void TestHistoryChartLoader::seriesAreTheCachedRows()
{
    const auto page = test::HistoryMinutes::page(kFrom, 1500);
    for (const auto &piece : pieces(page, 240))
        QVERIFY(m_fixture->store().appendHistory(piece).ok());
    QTRY_COMPARE(m_chart->points(EnergyChartData::Demand).size(), page.points.size());
    settle();

    QVERIFY(m_chart->hasHistory());
    QVERIFY(!m_chart->hasForecast());
    for (qsizetype i = 0; i < page.points.size(); ++i) {
        const auto &row = page.points[i];
        const double t = double(row.timestamp.toMSecsSinceEpoch());
        const auto point = [&](EnergyChartData::Series s) { return m_chart->points(s)[i]; };
        QCOMPARE(point(EnergyChartData::Demand), QPointF(t, row.demandMw));
        QCOMPARE(point(EnergyChartData::Thermal), QPointF(t, row.thermalMw));
        QCOMPARE(point(EnergyChartData::Wind), QPointF(t, row.windMw));
        QCOMPARE(point(EnergyChartData::Solar), QPointF(t, row.solarMw));
        QCOMPARE(point(EnergyChartData::Trucks), QPointF(t, row.truckDischargeMw));
        QCOMPARE(point(EnergyChartData::Curtailment), QPointF(t, row.curtailmentMw));
        QCOMPARE(point(EnergyChartData::Smp), QPointF(t, row.smpKrwPerKwh));
        QCOMPARE(point(EnergyChartData::HvdcImport).x(), t);
        QVERIFY(std::abs(point(EnergyChartData::HvdcImport).y() - (*row.hvdcFlowMw[0] + *row.hvdcFlowMw[1] + *row.hvdcFlowMw[2])) < 1e-9);
        QVERIFY(std::isfinite(point(EnergyChartData::CarbonIntensity).y()));
    }
    // No asset chosen: no asset series.
    QVERIFY(m_chart->points(EnergyChartData::AssetOutput).isEmpty());
}

void TestHistoryChartLoader::aBurstOfPagesIsReadAtMostTwice()
{
    QSignalSpy loaded(m_loader.get(), &models::HistoryChartLoader::loaded);
    const auto page = test::HistoryMinutes::page(kFrom, 1440, 2);
    const auto parts = pieces(page, 120);
    QCOMPARE(parts.size(), 12);
    // Twelve historyChanged with no turn of the event loop between them: the first starts a
    // read, which hands its series back only through the event loop, so the other eleven fold
    // into one read after it.
    for (const auto &piece : parts)
        QVERIFY(m_fixture->store().appendHistory(piece).ok());
    QVERIFY(m_loader->reading());
    QTRY_COMPARE(m_chart->points(EnergyChartData::Demand).size(), page.points.size());
    settle();
    QCOMPARE(loaded.size(), 2);
    for (const auto &answer : loaded)
        QCOMPARE(answer.constFirst().toString(), QString());

    // One page alone is one read.
    QVERIFY(m_fixture->store().appendHistory(test::HistoryMinutes::page(page.to, 60, 2)).ok());
    QTRY_COMPARE(m_chart->points(EnergyChartData::Demand).size(), page.points.size() + 60);
    settle();
    QCOMPARE(loaded.size(), 3);
}

void TestHistoryChartLoader::anAssetReadsItsColumn()
{
    const auto page = test::HistoryMinutes::page(kFrom, 500, 3);
    QVERIFY(m_fixture->store().appendHistory(page).ok());
    m_loader->setAssetId(QStringLiteral("thermal-namjeju"));
    QTRY_COMPARE(m_chart->assetId(), QStringLiteral("thermal-namjeju"));
    settle();
    const QList<QPointF> &output = m_chart->points(EnergyChartData::AssetOutput);
    QCOMPARE(output.size(), page.points.size());
    for (qsizetype i = 0; i < page.points.size(); ++i)
        QCOMPARE(output[i], QPointF(double(page.points[i].timestamp.toMSecsSinceEpoch()), *page.points[i].assetOutputMw[2]));

    // An asset the history has no column for: the chart has no output for it.
    m_loader->setAssetId(QStringLiteral("wind-nowhere"));
    QTRY_COMPARE(m_chart->assetId(), QStringLiteral("wind-nowhere"));
    QVERIFY(m_chart->points(EnergyChartData::AssetOutput).isEmpty());
}

void TestHistoryChartLoader::clearedHistoryEmptiesTheChart()
{
    QVERIFY(m_fixture->store().appendHistory(test::HistoryMinutes::page(kFrom, 200)).ok());
    QTRY_VERIFY(m_chart->hasHistory());
    settle();
    domain::energy::EnergyForecastResult forecast;
    domain::energy::ForecastStep step;
    step.time = kFrom.addDays(1);
    step.demandMw = {650, 700, 760};
    forecast.quarterHours = {step};
    QVERIFY(m_chart->setForecast(forecast).ok());
    QVERIFY(m_fixture->store().clearHistory().ok());
    QTRY_VERIFY(!m_chart->hasHistory());
    QCOMPARE(m_chart->points(EnergyChartData::Demand), QList<QPointF>{QPointF(double(step.time.toMSecsSinceEpoch()), 700)});
    QCOMPARE(m_chart->points(EnergyChartData::ForecastUpper).size(), 1); // not the history's to clear
    QVERIFY(m_chart->hasForecast());
}

QTEST_GUILESS_MAIN(TestHistoryChartLoader)
#include "tst_historychartloader.moc"
