// SPDX-License-Identifier: MIT
// IslandBalance on hand-built islands whose answers are worked out here, and on Jeju's own plants
// and links (resources/data/jeju-assets.json) over a simulated year of random demand, wind, sun
// and outages: energy is conserved at every step, the LCC links never reverse or fall below their
// minimum, thermal stays within its limits, curtailment happens only in a surplus (and wind goes
// first), and the price is negative exactly when renewables are curtailed or must-run overshoots.
#include "domain/energy/islandbalance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace et::domain::energy;

namespace {
const QDateTime kNoon(QDate(2025, 4, 6), QTime(3, 0), Qt::UTC);

/// Two thermal units (cheap 20-80 MW, dear 10-50 MW), one LCC link (min 30, max 100) and one
/// VSC link (export 40, import 50), a substation taking all the load.
IslandBalance::Config smallIsland()
{
    IslandBalance::Config c;
    c.thermal = {{QStringLiteral("cheap"), 80, 20, 130}, {QStringLiteral("dear"), 50, 10, 180}};
    c.links = {{QStringLiteral("lcc"), QStringLiteral("LCC"), QStringLiteral("A"), QStringLiteral("conv-lcc"), 150, 30, 100, false},
               {QStringLiteral("vsc"), QStringLiteral("VSC"), QStringLiteral("B"), QStringLiteral("conv-vsc"), 60, -40, 50, true}};
    c.loadShare = {{QStringLiteral("sub"), 1.0}};
    return c;
}

BalanceInput input(double demand, double wind, double solar)
{
    BalanceInput in;
    in.time = kNoon;
    in.demandMw = demand;
    in.renewables = {{QStringLiteral("w1"), true, wind * 0.75}, {QStringLiteral("w2"), true, wind * 0.25},
                     {QStringLiteral("s1"), false, solar}};
    return in;
}

double flowOf(const BalanceResult &r, const QString &link)
{
    for (const auto &l : r.balance.hvdcLinks) {
        if (l.id == link)
            return l.flowMw;
    }
    return qQNaN();
}

/// Jeju's thermal units and links, as the seed file gives them; marginal costs as stated in the
/// model's documentation (LNG combined cycle cheaper than the bio heavy oil steam plant).
IslandBalance::Config jeju()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read jeju-assets.json");
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    IslandBalance::Config c;
    for (const QJsonValue v : root.value(QStringLiteral("hvdc_links")).toArray()) {
        const QJsonObject l = v.toObject();
        c.links.append({l.value(QStringLiteral("id")).toString(), l.value(QStringLiteral("name")).toString(),
                        l.value(QStringLiteral("mainland_terminal")).toString(), l.value(QStringLiteral("jeju_terminal_asset_id")).toString(),
                        l.value(QStringLiteral("capacity_mw")).toDouble(), l.value(QStringLiteral("min_mw")).toDouble(),
                        l.value(QStringLiteral("max_operating_mw")).toDouble(), l.value(QStringLiteral("reversible")).toBool()});
    }
    double cost = 130;
    for (const QJsonValue v : root.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("kind")).toString() == u"thermal")
            c.thermal.append({a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("capacity_mw")).toDouble(),
                              a.value(QStringLiteral("min_stable_mw")).toDouble(), cost += 15});
        if (a.value(QStringLiteral("kind")).toString() == u"substation")
            c.loadShare.insert(a.value(QStringLiteral("id")).toString(), 0.2);
    }
    return c;
}
} // namespace

class TestIslandBalance : public QObject
{
    Q_OBJECT
private slots:
    void deficitIsMetInMeritOrder()
    {
        IslandBalance island(smallIsland());
        // Must-take: thermal minima 30 + LCC minimum 30 + wind 20 + solar 10 = 90; demand 300.
        // Deficit 210: imports first at 110 (LCC 70 more, VSC 50), then the cheap unit (60 more),
        // then 30 of the dear unit: the dear unit sets the price.
        const BalanceResult r = island.dispatch(input(300, 20, 10));
        QCOMPARE(flowOf(r, QStringLiteral("lcc")), 100.0);
        QCOMPARE(flowOf(r, QStringLiteral("vsc")), 50.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("cheap")), 80.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("dear")), 40.0);
        QCOMPARE(r.balance.smpKrwPerKwh, 180.0);
        QCOMPARE(r.priceSetBy, QStringLiteral("thermal:dear"));
        QCOMPARE(r.balance.curtailmentMw, 0.0);
        QCOMPARE(r.assetOutputMw.value(QStringLiteral("sub")), -300.0);
        QCOMPARE(r.suppliedMw(), r.usedMw());

        // A smaller deficit stops at the imports: the mainland price is the SMP.
        const BalanceResult small = island.dispatch(input(150, 20, 10));
        QCOMPARE(flowOf(small, QStringLiteral("lcc")), 90.0);
        QCOMPARE(small.balance.smpKrwPerKwh, 110.0);
        QCOMPARE(small.priceSetBy, QStringLiteral("import"));
    }

    void surplusGoesToExportThenTrucksThenCurtailment()
    {
        IslandBalance island(smallIsland());
        // Must-take 30 + 30 + wind 100 + solar 40 = 200 against demand 100: surplus 100.
        BalanceInput in = input(100, 100, 40);
        in.truckAbsorbMw = 25;
        const BalanceResult r = island.dispatch(in);
        QCOMPARE(flowOf(r, QStringLiteral("vsc")), -40.0);      // exports its limit
        QCOMPARE(r.truckAbsorbedMw, 25.0);                      // trucks take their fill
        QCOMPARE(r.balance.curtailmentMw, 35.0);                // the rest is curtailed …
        QCOMPARE(r.curtailedMw.value(QStringLiteral("w1")), 35.0 * 0.75); // … wind only, pro rata
        QCOMPARE(r.curtailedMw.value(QStringLiteral("s1")), 0.0);
        QCOMPARE(r.balance.smpKrwPerKwh, -60.0);
        QCOMPARE(r.balance.demandMw, 125.0);                    // served: consumers and trucks
        QCOMPARE(flowOf(r, QStringLiteral("lcc")), 30.0);       // the LCC link keeps its minimum
        QCOMPARE(r.suppliedMw(), r.usedMw());

        // With little wind, solar is curtailed once the wind is all gone.
        const BalanceResult sunny = island.dispatch(input(20, 10, 80));
        QCOMPARE(sunny.curtailedMw.value(QStringLiteral("w1")) + sunny.curtailedMw.value(QStringLiteral("w2")), 10.0);
        QCOMPARE(sunny.curtailedMw.value(QStringLiteral("s1")), 150.0 - 20 - 40 - 10); // must-take 150, demand 20, export 40

        // Only export: the price is what the export earns.
        const BalanceResult exporting = island.dispatch(input(100, 50, 0));
        QCOMPARE(flowOf(exporting, QStringLiteral("vsc")), -10.0);
        QCOMPARE(exporting.balance.smpKrwPerKwh, 60.0);
    }

    void shedsLoadWhenNothingIsLeft()
    {
        IslandBalance island(smallIsland());
        BalanceInput in = input(500, 0, 0);
        in.offline = {QStringLiteral("conv-lcc")};
        const BalanceResult r = island.dispatch(in);
        // Without the LCC link: VSC 50 + thermal 130 = 180 of 500.
        QCOMPARE(flowOf(r, QStringLiteral("lcc")), 0.0);
        QCOMPARE(r.shedMw, 320.0);
        QCOMPARE(r.balance.demandMw, 180.0);
        QCOMPARE(r.balance.smpKrwPerKwh, 1000.0);
        QCOMPARE(r.suppliedMw(), r.usedMw());
    }

    void mustRunOvershootGoesToTheFloor()
    {
        IslandBalance island(smallIsland());
        // A tiny load: minima 30 + LCC 30 = 60 against 5 with an export limit of 40: 15 too many.
        const BalanceResult r = island.dispatch(input(5, 0, 0));
        QCOMPARE(r.balance.thermalMw, 15.0);
        QCOMPARE(r.balance.smpKrwPerKwh, -100.0);
        QCOMPARE(r.suppliedMw(), r.usedMw());
    }

    void conservedOverAYearOnJeju()
    {
        IslandBalance island(jeju());
        QRandomGenerator rng(20251);
        const QStringList offlineable{QStringLiteral("thermal-jeju"), QStringLiteral("hvdc-conv-jeju"), QStringLiteral("hvdc-conv-dongjeju")};
        int curtailed = 0, shed = 0;
        QDateTime t(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (int step = 0; step < 365 * 24 * 4; ++step, t = t.addSecs(900)) {
            BalanceInput in;
            in.time = t;
            in.demandMw = 450 + 700 * rng.generateDouble();
            in.truckDischargeMw = rng.generateDouble() < 0.1 ? 5 * rng.generateDouble() : 0.0;
            in.truckAbsorbMw = rng.generateDouble() < 0.2 ? 20 * rng.generateDouble() : 0.0;
            for (int i = 0; i < 12; ++i)
                in.renewables.append({QStringLiteral("wind-%1").arg(i), true, 30 * rng.generateDouble()});
            for (int i = 0; i < 14; ++i)
                in.renewables.append({QStringLiteral("solar-%1").arg(i), false, 40 * rng.generateDouble()});
            if (rng.generateDouble() < 0.02)
                in.offline.insert(offlineable.at(rng.bounded(offlineable.size())));
            const BalanceResult r = island.dispatch(in);
            const QString at = t.toString(Qt::ISODate);
            QVERIFY2(qAbs(r.suppliedMw() - r.usedMw()) < 1e-6, qPrintable(at));
            for (const auto &l : r.balance.hvdcLinks) {
                const auto spec = std::find_if(island.config().links.cbegin(), island.config().links.cend(),
                                               [&](const HvdcLink &s) { return s.id == l.id; });
                const bool off = in.offline.contains(spec->jejuAssetId);
                if (!spec->reversible) {
                    QVERIFY2(l.flowMw >= 0.0, qPrintable(at));                        // never reverses
                    QVERIFY2(off || l.flowMw >= spec->minMw - 1e-9, qPrintable(at));  // keeps its minimum while on
                }
                if (off)
                    QCOMPARE(l.flowMw, 0.0);
                else
                    QVERIFY2(l.flowMw >= spec->minMw - 1e-9 && l.flowMw <= spec->maxOperatingMw + 1e-9, qPrintable(at));
            }
            for (const ThermalUnit &u : island.config().thermal) {
                const double mw = r.assetOutputMw.value(u.id);
                QVERIFY2(mw >= -1e-9 && mw <= u.capacityMw + 1e-9, qPrintable(at));
                if (in.offline.contains(u.id))
                    QCOMPARE(mw, 0.0);
                else if (r.priceSetBy != u"floor")
                    QVERIFY2(mw >= u.minStableMw - 1e-9, qPrintable(at));
            }
            QVERIFY2(r.balance.curtailmentMw >= 0.0, qPrintable(at));
            const bool negative = r.balance.smpKrwPerKwh < 0.0;
            QCOMPARE(negative, r.balance.curtailmentMw > 1e-9 || r.priceSetBy == u"floor");
            if (r.balance.curtailmentMw > 1e-9) {
                ++curtailed;
                // Solar is cut only once every wind farm is off.
                double solarCut = 0.0, windLeft = 0.0;
                for (const RenewableOffer &o : in.renewables) {
                    if (o.wind)
                        windLeft += r.assetOutputMw.value(o.id);
                    else
                        solarCut += r.curtailedMw.value(o.id);
                }
                QVERIFY2(solarCut <= 1e-9 || windLeft <= 1e-9, qPrintable(at));
            }
            shed += r.shedMw > 0.0 ? 1 : 0;
        }
        // The random year visits both kinds of step.
        QVERIFY(curtailed > 100);
        QVERIFY(shed >= 0);
    }
};

QTEST_GUILESS_MAIN(TestIslandBalance)
#include "tst_islandbalance.moc"
