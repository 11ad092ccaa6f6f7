// SPDX-License-Identifier: MIT
// DispatchTaskBuilder on a forecast made by hand: a curtailment window's energy shared among the
// wind farms by their expected output (and the rest among solar sites), one task per charge point
// with the window's mean SMP; the expensive quarter-hours become deliveries to every online
// substation; what lies behind `now` is left out; and deliveredValue is the expensive hours' SMP.
#include "domain/dispatch/dispatchtaskbuilder.h"

#include <QTest>

using namespace et::domain;
using namespace et::domain::dispatch;
using et::domain::energy::Band;

namespace {
const QDateTime kIssued(QDate(2026, 4, 12), QTime(0, 0), Qt::UTC);

Asset asset(const QString &id, AssetKind kind, AssetStatus status = AssetStatus::Online)
{
    Asset a;
    a.id = id;
    a.kind = kind;
    a.name = id.toUpper();
    a.lat = 33.4;
    a.lon = 126.5;
    a.status = status;
    return a;
}

/// 16 quarter-hours (4 h); SMP 100 but 200 in steps 12–13 and 150 in 14–15; a window over
/// steps 4–7 with 8 MWh expected; wind farms w1 at 30 MW and w2 at 10 MW, solar s1 at 20 MW.
energy::EnergyForecastResult forecast()
{
    energy::EnergyForecastResult f;
    f.issued = kIssued;
    for (int i = 0; i < 16; ++i) {
        energy::ForecastStep s;
        s.time = kIssued.addSecs(i * 900);
        const double smp = i >= 12 ? (i <= 13 ? 200.0 : 150.0) : (i >= 4 && i <= 7 ? -60.0 : 100.0);
        s.smpKrwPerKwh = {smp, smp, smp};
        f.quarterHours << s;
    }
    for (const auto &[id, mw] : {std::pair{QStringLiteral("w1"), 30.0}, {QStringLiteral("w2"), 10.0}, {QStringLiteral("s1"), 20.0}}) {
        energy::AssetForecast af;
        af.assetId = id;
        for (int i = 0; i < 16; ++i)
            af.quarterHourMw << Band{mw, mw, mw};
        f.assets << af;
    }
    energy::CurtailmentWindow w;
    w.start = kIssued.addSecs(4 * 900);
    w.end = kIssued.addSecs(8 * 900);
    w.energyMwh = {4.0, 8.0, 12.0};
    f.windows << w;
    return f;
}

const QList<Asset> kAssets{asset("w1", AssetKind::Wind), asset("w2", AssetKind::Wind), asset("s1", AssetKind::Solar),
                           asset("sub1", AssetKind::Substation), asset("sub2", AssetKind::Substation),
                           asset("sub3", AssetKind::Substation, AssetStatus::Offline)};
} // namespace

class TestDispatchTaskBuilder : public QObject
{
    Q_OBJECT
private slots:
    void windFirstByOutput()
    {
        const auto tasks = DispatchTaskBuilder::chargeTasks(forecast(), kAssets, kIssued);
        // 8 MWh over 40 MWh of wind output (1 h × 40 MW): w1 takes 6, w2 2, each over 2 points.
        QCOMPARE(tasks.size(), 4);
        double total = 0;
        for (const PlanTask &t : tasks) {
            QCOMPARE(t.kind, PlanTask::Kind::Charge);
            QVERIFY(t.siteId == u"w1" || t.siteId == u"w2");
            QCOMPARE(t.energyKwh, t.siteId == u"w1" ? 3000.0 : 1000.0);
            QCOMPARE(t.powerLimitKw, DispatchTaskBuilder::kChargePointKw);
            QCOMPARE(t.priceKrwPerKwh, -60.0);
            QCOMPARE(t.windowStart, kIssued.addSecs(3600));
            QCOMPARE(t.windowEnd, kIssued.addSecs(7200));
            total += t.energyKwh;
        }
        QCOMPARE(total, 8000.0);
        QCOMPARE(QSet<QString>({tasks[0].id, tasks[1].id, tasks[2].id, tasks[3].id}).size(), 4);
    }

    void solarTakesWhatWindCannot()
    {
        auto f = forecast();
        f.windows[0].energyMwh = {50.0, 50.0, 60.0}; // 40 MWh of wind, 10 more from solar
        const auto tasks = DispatchTaskBuilder::chargeTasks(f, kAssets, kIssued);
        double wind = 0, solar = 0;
        for (const PlanTask &t : tasks)
            (t.siteId == u"s1" ? solar : wind) += t.energyKwh;
        QCOMPARE(wind, 40000.0);
        QCOMPARE(solar, 10000.0);
    }

    void onlyWhatIsAhead()
    {
        // Half-way through the window: half its energy is left, from now to its end.
        const QDateTime now = kIssued.addSecs(6 * 900);
        const auto tasks = DispatchTaskBuilder::chargeTasks(forecast(), kAssets, now);
        double total = 0;
        for (const PlanTask &t : tasks) {
            QCOMPARE(t.windowStart, now);
            total += t.energyKwh;
        }
        QCOMPARE(total, 4000.0);
        QVERIFY(DispatchTaskBuilder::chargeTasks(forecast(), kAssets, kIssued.addSecs(9 * 900)).isEmpty());
    }

    void deliveriesInTheExpensiveHours()
    {
        // The top quarter of 16 prices: the four steps 12–15 (200, 200, 150, 150), one window.
        const auto tasks = DispatchTaskBuilder::deliveryTasks(forecast(), kAssets, kIssued);
        QCOMPARE(tasks.size(), 2); // sub3 is offline
        for (const PlanTask &t : tasks) {
            QCOMPARE(t.kind, PlanTask::Kind::Deliver);
            QCOMPARE(t.windowStart, kIssued.addSecs(12 * 900));
            QCOMPARE(t.windowEnd, kIssued.addSecs(16 * 900));
            QCOMPARE(t.priceKrwPerKwh, 175.0);
            QCOMPARE(t.energyKwh, DispatchTaskBuilder::kDeliveryKwh);
        }
        QCOMPARE(DispatchTaskBuilder::deliveredValue(forecast(), kIssued, 99.0), 175.0);
        QCOMPARE(DispatchTaskBuilder::deliveredValue(energy::EnergyForecastResult{}, kIssued, 99.0), 99.0);
    }
};

QTEST_GUILESS_MAIN(TestDispatchTaskBuilder)
#include "tst_dispatchtaskbuilder.moc"
