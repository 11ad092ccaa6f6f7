// SPDX-License-Identifier: MIT
// GridModel over the real seed file: the balance must close, limits must hold, and the dispatch
// order (imports before thermal; export, then wind, then solar curtailment) must show.
#include "sim/gridmodel.h"
#include "sim/seeddata.h"

#include <QFile>
#include <QTest>

using namespace et::backend;

class TestGridModel : public QObject
{
    Q_OBJECT

    std::optional<SeedData> m_seed;

    GridModel model() const { return GridModel(*m_seed); }

    static double supply(const et::domain::EnergyBalance &b)
    {
        return b.thermalMw + b.windMw + b.solarMw + b.truckDischargeMw + b.hvdcImportMw();
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto seed = SeedData::fromAssetsJson(f.readAll(), QDateTime::currentDateTimeUtc());
        QVERIFY2(seed.ok(), qPrintable(seed.ok() ? QString() : seed.error().toString()));
        m_seed = seed.value();
    }

    void capacitiesMatchPublishedTotals()
    {
        // jejunews idxno=2208857, end-2023: wind 314.69 MW, solar 538.552 MW.
        const GridModel m = model();
        QVERIFY(std::abs(m.windCapacityMw() - 314.69) < 0.01);
        QVERIFY(std::abs(m.solarCapacityMw() - 538.552) < 0.001);
    }

    void balanceCloses_data()
    {
        QTest::addColumn<double>("demand");
        QTest::addColumn<double>("wind");
        QTest::addColumn<double>("solar");
        QTest::addColumn<double>("trucks");
        for (double demand : {520.0, 650.0, 800.0, 1000.0})
            for (double wind : {0.0, 120.0, 300.0})
                for (double solar : {0.0, 200.0, 450.0})
                    QTest::addRow("d%g w%g s%g", demand, wind, solar) << demand << wind << solar << 1.5;
    }
    void balanceCloses()
    {
        QFETCH(double, demand);
        QFETCH(double, wind);
        QFETCH(double, solar);
        QFETCH(double, trucks);
        const auto d = model().dispatch(QDateTime(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC), demand, wind, solar, trucks);
        const auto &b = d.balance;
        QVERIFY2(std::abs(supply(b) - b.demandMw) < 0.06, qPrintable(QStringLiteral("supply %1 vs demand %2").arg(supply(b)).arg(b.demandMw)));
        // Curtailment is exactly what was available but not used.
        QVERIFY(std::abs((wind + solar) - (b.windMw + b.solarMw) - b.curtailmentMw) < 0.03);
        for (const auto &l : b.hvdcLinks) {
            QVERIFY(std::abs(l.flowMw) <= l.capacityMw);
            QVERIFY(l.reversible || l.flowMw > 0.0);
        }
        QVERIFY(std::abs(b.renewableShare - (b.windMw + b.solarMw) / b.demandMw) < 0.001);
        if (b.curtailmentMw > 0.0)
            QVERIFY(b.smpKrwPerKwh < 0.0);
        // The balance passes its own wire validation.
        QVERIFY(et::domain::EnergyBalance::fromJson(b.toJson()).ok());
    }

    void surplusExportsThenCurtailsWindBeforeSolar()
    {
        const auto d = model().dispatch(QDateTime(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC), 550.0, 250.0, 250.0, 0.0);
        const auto &b = d.balance;
        double vsc = 0.0, vscLimit = 0.0;
        for (const auto &l : b.hvdcLinks) {
            if (l.reversible)
                vsc = l.flowMw;
        }
        for (const auto &spec : m_seed->links) {
            if (spec.reversible)
                vscLimit = spec.minMw;
        }
        QVERIFY(vscLimit < 0.0);
        QCOMPARE(vsc, vscLimit);          // the reversible link exports as far as it may first
        QVERIFY(b.curtailmentMw > 0.0);
        QVERIFY(b.windMw < 250.0);
        QCOMPARE(b.solarMw, 250.0);       // solar untouched while wind can still be curtailed
    }

    void deficitImportsBeforeThermal()
    {
        // Small deficit: thermal stays at its minimum stable level (sum over the plants).
        double minStable = 0.0;
        for (double v : m_seed->minStableMw)
            minStable += v;
        const auto small = model().dispatch(QDateTime(QDate(2024, 1, 10), QTime(11, 0), Qt::UTC), 600.0, 50.0, 0.0, 0.0);
        QCOMPARE(small.balance.thermalMw, minStable);
        QCOMPARE(small.balance.curtailmentMw, 0.0);
        // Large deficit: every link at its operating maximum before thermal rises above minimum.
        const auto big = model().dispatch(QDateTime(QDate(2024, 1, 10), QTime(11, 0), Qt::UTC), 1000.0, 20.0, 0.0, 0.0);
        QVERIFY(big.balance.thermalMw > minStable);
        for (const auto &spec : m_seed->links) {
            for (const auto &l : big.balance.hvdcLinks) {
                if (l.id == spec.id)
                    QCOMPARE(l.flowMw, spec.maxOperatingMw);
            }
        }
        QVERIFY(big.balance.smpKrwPerKwh > small.balance.smpKrwPerKwh);
    }

    void offlineAssetsProduceAndCarryNothing()
    {
        const QSet<QString> offline = {QStringLiteral("thermal-namjeju"), QStringLiteral("hvdc-conv-seojeju")};
        const auto d = model().dispatch(QDateTime(QDate(2024, 1, 10), QTime(11, 0), Qt::UTC), 900.0, 50.0, 0.0, 0.0, offline);
        QCOMPARE(d.assetOutputMw.value(QStringLiteral("thermal-namjeju"), -1.0), 0.0);
        for (const auto &l : d.balance.hvdcLinks) {
            if (l.jejuTerminalAssetId == QStringLiteral("hvdc-conv-seojeju"))
                QCOMPARE(l.flowMw, 0.0);
        }
        const auto &b = d.balance;
        QVERIFY(std::abs(supply(b) - b.demandMw) < 0.06);
        QVERIFY(et::domain::EnergyBalance::fromJson(b.toJson()).ok());

        // With every plant and link down, what cannot be served is shed and the balance still closes.
        QSet<QString> everything;
        for (const auto &a : m_seed->assets) {
            if (a.kind == et::domain::AssetKind::Thermal || a.kind == et::domain::AssetKind::HvdcConverter)
                everything.insert(a.id);
        }
        const auto dark = model().dispatch(QDateTime(QDate(2024, 1, 10), QTime(11, 0), Qt::UTC), 900.0, 50.0, 0.0, 0.0, everything);
        QCOMPARE(dark.balance.demandMw, 50.0);
        QCOMPARE(dark.balance.thermalMw, 0.0);
        QCOMPARE(dark.balance.hvdcImportMw(), 0.0);
    }

    void demandCurveStaysInJejuRange()
    {
        // Jeju: night trough around 500-600 MW, peak roughly 1 GW (grid-facts.md).
        double lo = 1e9, hi = 0.0;
        QDateTime t(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        for (int h = 0; h < 366 * 24; ++h, t = t.addSecs(3600)) {
            const double d = GridModel::baseDemandMw(t);
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
        QVERIFY2(lo >= 500.0 && lo <= 700.0, qPrintable(QString::number(lo)));
        QVERIFY2(hi >= 850.0 && hi <= 1050.0, qPrintable(QString::number(hi)));
    }

    void solarFollowsTheSun()
    {
        const GridModel m = model();
        QCOMPARE(m.solarPotentialMw(QDateTime(QDate(2024, 6, 21), QTime(15, 0), Qt::UTC), 0.0), 0.0); // midnight KST
        const double noonClear = m.solarPotentialMw(QDateTime(QDate(2024, 6, 21), QTime(3, 30), Qt::UTC), 0.0);
        const double noonCloudy = m.solarPotentialMw(QDateTime(QDate(2024, 6, 21), QTime(3, 30), Qt::UTC), 1.0);
        QVERIFY(noonClear > 0.7 * 538.552 && noonClear <= 538.552);
        QVERIFY(std::abs(noonCloudy - 0.25 * noonClear) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestGridModel)
#include "tst_gridmodel.moc"
