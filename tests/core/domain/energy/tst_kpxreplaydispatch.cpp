// SPDX-License-Identifier: MIT
// KpxReplayDispatch on a small island made here (two thermal units, three wind farms one of them
// offshore, two solar plants, two LCC links and a VSC link, two substations): each kind's total
// is spread by capacity and an offline plant's share goes to the others, the import is the
// residual over the links by rating, an LCC link never reverses, a surplus leaves over the VSC
// link and then is curtailed, an import beyond the ratings is shed; energy is conserved; the SMP
// is whatever is at the margin at the model's prices; the carbon intensity is worked out here
// from IPCC's medians and Korea's 2023 grid factor with the real fuel split.
#include "domain/energy/kpxreplaydispatch.h"

#include <QTest>

#include <cmath>

using namespace et::domain;
using namespace et::domain::energy;

namespace {
const QDateTime kMinute(QDate(2025, 4, 13), QTime(3, 30), Qt::UTC);

Asset plant(const QString &id, AssetKind kind, double capacityMw)
{
    Asset a;
    a.id = id;
    a.kind = kind;
    a.capacityMw = capacityMw;
    return a;
}

WindFarm farm(const QString &id, bool offshore)
{
    WindFarm f;
    f.assetId = id;
    f.offshore = offshore;
    return f;
}

struct Island
{
    IslandModelSpec spec;
    QList<Asset> assets;
};

Island island()
{
    Island i;
    i.spec.grid.thermal = {{QStringLiteral("t-a"), 100.0, 40.0, 150.0}, {QStringLiteral("t-b"), 300.0, 120.0, 175.0}};
    i.spec.grid.links = {{QStringLiteral("hvdc-1"), QStringLiteral("#1"), QStringLiteral("Haenam"), QStringLiteral("conv-1"), 300.0, 30.0, 150.0, false},
                         {QStringLiteral("hvdc-2"), QStringLiteral("#2"), QStringLiteral("Jindo"), QStringLiteral("conv-2"), 400.0, 40.0, 210.0, false},
                         {QStringLiteral("hvdc-3"), QStringLiteral("#3"), QStringLiteral("Wando"), QStringLiteral("conv-3"), 200.0, -100.0, 200.0, true}};
    i.spec.grid.loadShare = {{QStringLiteral("sub-a"), 0.6}, {QStringLiteral("sub-b"), 0.4}};
    i.spec.wind = {farm(QStringLiteral("w-on1"), false), farm(QStringLiteral("w-on2"), false), farm(QStringLiteral("w-off"), true)};
    i.assets = {plant(QStringLiteral("t-a"), AssetKind::Thermal, 100.0), plant(QStringLiteral("t-b"), AssetKind::Thermal, 300.0),
                plant(QStringLiteral("w-on1"), AssetKind::Wind, 10.0), plant(QStringLiteral("w-on2"), AssetKind::Wind, 20.0),
                plant(QStringLiteral("w-off"), AssetKind::Wind, 30.0), plant(QStringLiteral("s-1"), AssetKind::Solar, 20.0),
                plant(QStringLiteral("s-2"), AssetKind::Solar, 60.0), plant(QStringLiteral("conv-1"), AssetKind::HvdcConverter, 300.0),
                plant(QStringLiteral("conv-2"), AssetKind::HvdcConverter, 400.0), plant(QStringLiteral("conv-3"), AssetKind::HvdcConverter, 200.0),
                plant(QStringLiteral("sub-a"), AssetKind::Substation, 0.0), plant(QStringLiteral("sub-b"), AssetKind::Substation, 0.0)};
    return i;
}

KpxIslandTotals totals(double demand, double solar, double wind, double lng, double bio)
{
    KpxIslandTotals t;
    t.demandMw = demand;
    t.solarMw = solar;
    t.windMw = wind;
    t.lngMw = lng;
    t.bioHeavyOilMw = bio;
    return t;
}

double flowOf(const BalanceResult &r, const QString &link)
{
    for (const auto &l : r.balance.hvdcLinks) {
        if (l.id == link)
            return l.flowMw;
    }
    return std::nan("");
}

/// Σ supplied − Σ used, from the balance's own figures.
double imbalance(const BalanceResult &r)
{
    double net = 0.0;
    for (const auto &l : r.balance.hvdcLinks)
        net += l.flowMw;
    return r.balance.thermalMw + r.balance.windMw + r.balance.solarMw + r.balance.truckDischargeMw + net - r.balance.demandMw;
}
} // namespace

class TestKpxReplayDispatch : public QObject
{
    Q_OBJECT
private slots:
    void eachKindIsSpreadByCapacityAndTheRestImported()
    {
        const Island i = island();
        const KpxReplayDispatch d(i.spec, i.assets);
        // 700 MW demand, 80 solar, 15 wind, 150 LNG + 100 bio: 355 MW to import over 900 MW of links.
        const BalanceResult r = d.dispatch(kMinute, totals(700.0, 80.0, 15.0, 150.0, 100.0), 0.0, 0.0, {});
        QCOMPARE(r.balance.timestamp, kMinute);
        QCOMPARE(r.balance.demandMw, 700.0);
        QCOMPARE(r.balance.thermalMw, 250.0);
        QCOMPARE(r.balance.solarMw, 80.0);
        QCOMPARE(r.balance.windMw, 15.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("t-a")), 62.5);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("t-b")), 187.5);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-on1")), 2.5);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-on2")), 5.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-off")), 7.5);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("s-1")), 20.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("s-2")), 60.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-1")), 355.0 * 300.0 / 900.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-2")), 355.0 * 400.0 / 900.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-3")), 355.0 * 200.0 / 900.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("conv-2")), flowOf(r, QStringLiteral("hvdc-2")));
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("sub-a")), -420.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("sub-b")), -280.0);
        QVERIFY(std::abs(imbalance(r)) < 1e-9);
        QCOMPARE(r.importMw, 355.0);
        QCOMPARE(r.exportMw, 0.0);
        QCOMPARE(r.balance.curtailmentMw, 0.0);
        QCOMPARE(r.balance.renewableShare, 95.0 / 700.0);
        // Both units run above their minimum (40 %): the dearer one, t-b, is at the margin.
        QCOMPARE(r.balance.smpKrwPerKwh, 175.0);
        QCOMPARE(r.priceSetBy, QStringLiteral("thermal:t-b"));
    }

    void carbonIsTheRealFuelSplitsIntensity()
    {
        const Island i = island();
        const BalanceResult r = KpxReplayDispatch(i.spec, i.assets).dispatch(kMinute, totals(700.0, 80.0, 15.0, 150.0, 100.0), 0.0, 0.0, {});
        // gCO₂eq/kWh: LNG 490 (gas CC), bio heavy oil 230 (as biomass), PV 48, wind onshore 11,
        // offshore 12 (IPCC AR5 WG3 Annex III medians), imports 417.3 (Korea's 2023 grid factor).
        const double grams = 150.0 * 490.0 + 100.0 * 230.0 + 80.0 * 48.0 + 7.5 * 11.0 + 7.5 * 12.0 + 355.0 * 417.3;
        QVERIFY2(std::abs(r.balance.carbonGPerKwh - grams / 700.0) < 1e-9, qPrintable(QString::number(r.balance.carbonGPerKwh)));
    }

    void anOfflinePlantsShareGoesToTheOthers()
    {
        const Island i = island();
        const KpxReplayDispatch d(i.spec, i.assets);
        const BalanceResult r = d.dispatch(kMinute, totals(700.0, 80.0, 15.0, 150.0, 100.0), 0.0, 0.0,
                                           {QStringLiteral("t-b"), QStringLiteral("w-off"), QStringLiteral("conv-1")});
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("t-b")), 0.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("t-a")), 250.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-off")), 0.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-on1")), 5.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("w-on2")), 10.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-1")), 0.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-2")), 355.0 * 400.0 / 600.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-3")), 355.0 * 200.0 / 600.0);
        QVERIFY(std::abs(imbalance(r)) < 1e-9);
        // A kind with nothing in service makes nothing; the links carry it.
        const BalanceResult dark = d.dispatch(kMinute, totals(700.0, 80.0, 15.0, 150.0, 100.0), 0.0, 0.0, {QStringLiteral("s-1"), QStringLiteral("s-2")});
        QCOMPARE(dark.balance.solarMw, 0.0);
        QCOMPARE(dark.importMw, 435.0);
        QVERIFY(std::abs(imbalance(dark)) < 1e-9);
    }

    void anImportBeyondTheRatingsIsShed()
    {
        const Island i = island();
        const BalanceResult r = KpxReplayDispatch(i.spec, i.assets)
                                    .dispatch(kMinute, totals(900.0, 0.0, 0.0, 100.0, 0.0), 0.0, 0.0, {QStringLiteral("conv-2")});
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-1")), 300.0);
        QCOMPARE(flowOf(r, QStringLiteral("hvdc-3")), 200.0);
        QCOMPARE(r.shedMw, 300.0);
        QCOMPARE(r.balance.demandMw, 600.0);
        QCOMPARE(r.balance.smpKrwPerKwh, MarketPrices{}.priceCapKrwPerKwh);
        QVERIFY(std::abs(imbalance(r)) < 1e-9);
    }

    void aSurplusLeavesOverTheVscLinkThenIsCurtailed()
    {
        const Island i = island();
        const KpxReplayDispatch d(i.spec, i.assets);
        // 300 MW made for 150 MW of demand: 150 MW out over #3 alone.
        const BalanceResult out = d.dispatch(kMinute, totals(150.0, 80.0, 20.0, 100.0, 100.0), 0.0, 0.0, {});
        QCOMPARE(flowOf(out, QStringLiteral("hvdc-1")), 0.0);
        QCOMPARE(flowOf(out, QStringLiteral("hvdc-2")), 0.0);
        QCOMPARE(flowOf(out, QStringLiteral("hvdc-3")), -150.0);
        QCOMPARE(out.exportMw, 150.0);
        QCOMPARE(out.balance.curtailmentMw, 0.0);
        QCOMPARE(out.balance.smpKrwPerKwh, MarketPrices{}.exportKrwPerKwh);
        QVERIFY(std::abs(imbalance(out)) < 1e-9);
        // 250 MW over: 200 MW out (its rating), then 20 MW of wind and 30 MW of solar curtailed.
        const BalanceResult cut = d.dispatch(kMinute, totals(50.0, 80.0, 20.0, 100.0, 100.0), 0.0, 0.0, {});
        QCOMPARE(flowOf(cut, QStringLiteral("hvdc-3")), -200.0);
        QCOMPARE(cut.balance.windMw, 0.0);
        QCOMPARE(cut.balance.solarMw, 50.0);
        QCOMPARE(cut.balance.curtailmentMw, 50.0);
        QCOMPARE(cut.curtailedMw.value(QStringLiteral("w-off")), 10.0);
        QCOMPARE(cut.balance.smpKrwPerKwh, MarketPrices{}.renewableBidKrwPerKwh);
        QVERIFY(std::abs(imbalance(cut)) < 1e-9);
        for (const auto &l : cut.balance.hvdcLinks)
            QVERIFY2(l.reversible || l.flowMw >= 0.0, qPrintable(l.id));
    }

    void recordedCurtailmentAndTrucksCount()
    {
        const Island i = island();
        KpxIslandTotals t = totals(700.0, 80.0, 15.0, 150.0, 100.0);
        t.windCurtailedMw = 12.0;
        t.curtailmentRecorded = true;
        const BalanceResult r = KpxReplayDispatch(i.spec, i.assets).dispatch(kMinute, t, 5.0, 2.0, {});
        QCOMPARE(r.balance.curtailmentMw, 12.0);
        QCOMPARE(r.curtailedMw.value(QStringLiteral("w-on2")), 4.0);
        QCOMPARE(r.balance.windMw, 15.0);
        QCOMPARE(r.balance.demandMw, 705.0);        // the trucks charging are load
        QCOMPARE(r.balance.truckDischargeMw, 2.0);
        QCOMPARE(r.importMw, 355.0 + 5.0 - 2.0);
        QCOMPARE(r.balance.smpKrwPerKwh, MarketPrices{}.renewableBidKrwPerKwh);
        QVERIFY(std::abs(imbalance(r)) < 1e-9);
    }

    void theImportSetsThePriceWhenThermalRunsAtItsMinimum()
    {
        const Island i = island();
        // 100 MW of thermal over 400 MW: 25 % of each unit, below their 40 % minimum.
        const BalanceResult r = KpxReplayDispatch(i.spec, i.assets).dispatch(kMinute, totals(600.0, 0.0, 0.0, 100.0, 0.0), 0.0, 0.0, {});
        QCOMPARE(r.balance.smpKrwPerKwh, MarketPrices{}.importKrwPerKwh);
        QCOMPARE(r.priceSetBy, QStringLiteral("import"));
    }
};

QTEST_GUILESS_MAIN(TestKpxReplayDispatch)
#include "tst_kpxreplaydispatch.moc"
