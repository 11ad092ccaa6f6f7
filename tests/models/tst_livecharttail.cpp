// SPDX-License-Identifier: MIT
// LiveChartTail over a real cache: each newer balance becomes one point of every chart series
// with the balance's own numbers (the HVDC series its links' net flow), the chosen asset's output
// joins from its cached output, an old or repeated balance adds nothing, and the points the
// history catches up with leave the live part.
#include "energychartdata.h"
#include "historychartseries.h"
#include "livecharttail.h"
#include "storefixture.h"

#include <QTest>

using namespace et;
using models::EnergyChartData;

namespace {
const QDateTime kFirst(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC); // the snapshot balance's time

QJsonObject balanceAt(const QDateTime &time, double demand)
{
    QJsonObject balance = test::StoreFixture::snapshotEntity(QStringLiteral("balance"), QStringLiteral("current"));
    balance[QStringLiteral("timestamp")] = time.toString(Qt::ISODateWithMs);
    balance[QStringLiteral("demand_mw")] = demand;
    return balance;
}
} // namespace

class TestLiveChartTail : public QObject
{
    Q_OBJECT
private slots:
    void eachNewBalanceIsOnePoint()
    {
        test::StoreFixture fixture;
        QCOMPARE(fixture.openWithSnapshot(), QString());
        EnergyChartData chart;
        models::LiveChartTail tail(&fixture.store(), &chart);
        tail.setAssetId(QStringLiteral("wind-gasiri"));
        tail.addBalance();
        const double t0 = double(kFirst.toMSecsSinceEpoch());
        QCOMPARE(chart.livePoints(EnergyChartData::Demand), QList<QPointF>{QPointF(t0, 720)});
        QCOMPARE(chart.points(EnergyChartData::Thermal), QList<QPointF>{QPointF(t0, 210)});
        QCOMPARE(chart.points(EnergyChartData::Wind), QList<QPointF>{QPointF(t0, 180)});
        QCOMPARE(chart.points(EnergyChartData::Solar), QList<QPointF>{QPointF(t0, 260)});
        QCOMPARE(chart.points(EnergyChartData::Trucks), QList<QPointF>{QPointF(t0, 2)});
        QCOMPARE(chart.points(EnergyChartData::Curtailment), QList<QPointF>{QPointF(t0, 35)});
        QCOMPARE(chart.points(EnergyChartData::Smp), QList<QPointF>{QPointF(t0, -12.5)});
        QCOMPARE(chart.points(EnergyChartData::HvdcImport), QList<QPointF>{QPointF(t0, 40 + 48 - 20)});
        domain::EnergyHistoryPoint mix;
        mix.thermalMw = 210;
        mix.windMw = 180;
        mix.solarMw = 260;
        mix.truckDischargeMw = 2;
        mix.hvdcFlowMw = {40.0, 48.0, -20.0};
        QCOMPARE(chart.points(EnergyChartData::CarbonIntensity).constFirst().y(), models::HistoryChartSeries::carbonIntensityOf(mix));
        QVERIFY(chart.hasHistory());
        // The chosen asset's output, drawn once the chart shows that asset.
        QCOMPARE(chart.livePoints(EnergyChartData::AssetOutput), QList<QPointF>{QPointF(t0, 21)});
        QVERIFY(chart.points(EnergyChartData::AssetOutput).isEmpty());
        QVERIFY(chart.setAssetOutput(QStringLiteral("wind-gasiri"), {}).ok());
        QCOMPARE(chart.points(EnergyChartData::AssetOutput), QList<QPointF>{QPointF(t0, 21)});

        // The same balance again adds nothing; a newer one adds a point.
        tail.addBalance();
        QCOMPARE(chart.points(EnergyChartData::Demand).size(), 1);
        QVERIFY(fixture.upsert(QStringLiteral("balance"), balanceAt(kFirst.addSecs(60), 731)).ok());
        tail.addBalance();
        QCOMPARE(chart.points(EnergyChartData::Demand), (QList<QPointF>{QPointF(t0, 720), QPointF(t0 + 60000, 731)}));
        QVERIFY(fixture.upsert(QStringLiteral("balance"), balanceAt(kFirst.addSecs(-60), 700)).ok()); // older
        tail.addBalance();
        QCOMPARE(chart.points(EnergyChartData::Demand).size(), 2);

        // The history reaches the first minute: only the second stays live.
        QVERIFY(chart.setSeries(EnergyChartData::Demand, QList<QPointF>{{t0 - 60000, 690}, {t0, 719}}).ok());
        tail.trim();
        QCOMPARE(chart.livePoints(EnergyChartData::Demand), QList<QPointF>{QPointF(t0 + 60000, 731)});
        QCOMPARE(chart.points(EnergyChartData::Demand), (QList<QPointF>{{t0 - 60000, 690}, {t0, 719}, {t0 + 60000, 731}}));
        chart.setNow(kFirst.addSecs(90));
        QCOMPARE(chart.valuesNow().value(QStringLiteral("demand")).toDouble(), 731.0);

        // Another asset: the live output of the last one goes.
        tail.setAssetId(QStringLiteral("solar-gujwa"));
        QVERIFY(chart.livePoints(EnergyChartData::AssetOutput).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveChartTail)
#include "tst_livecharttail.moc"
