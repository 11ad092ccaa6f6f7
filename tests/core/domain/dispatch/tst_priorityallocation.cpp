// SPDX-License-Identifier: MIT
// Priority supply on hand-made cases: life-critical sites first, then max-min fair shares across
// the rest, worked out by hand; and on random cases the defining properties of max-min fairness
// (no one over their need, everything used while needs remain, no one can gain without taking
// from someone who has no more).
#include "domain/dispatch/priorityallocation.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace et::domain::dispatch;

class TestPriorityAllocation : public QObject
{
    Q_OBJECT
private slots:
    void lifeCriticalFirstThenFair()
    {
        // 10 MWh for a hospital needing 3, a water works needing 2 (both life-critical), and four
        // shelters needing 0.5, 1, 4 and 6. Critical: 3 + 2 = 5, met. Left 5 for the shelters:
        // equal share 1.25 covers 0.5 and 1 (left 3.5 for two: 1.75 each, below 4 and 6).
        const QList<EnergyNeed> needs{{"shelter-a", 4.0, false}, {"hospital", 3.0, true}, {"shelter-b", 0.5, false},
                                      {"water", 2.0, true},      {"shelter-c", 6.0, false}, {"shelter-d", 1.0, false}};
        const auto shares = PriorityAllocation::allocate(10.0, needs);
        QCOMPARE(shares.size(), 6);
        const QList<double> expected{1.75, 3.0, 0.5, 2.0, 1.75, 1.0};
        for (qsizetype i = 0; i < shares.size(); ++i) {
            QCOMPARE(shares[i].id, needs[i].id);
            QVERIFY2(std::abs(shares[i].mwh - expected[i]) < 1e-12, qPrintable(shares[i].id));
            QVERIFY(shares[i].rule == (needs[i].lifeCritical ? EnergyShare::Rule::LifeCritical : EnergyShare::Rule::FairShare));
        }
    }

    void tooLittleEvenForTheCritical()
    {
        // 4 MWh for critical needs of 3 and 2: shared max-min (2 each); nothing for the rest.
        const auto shares = PriorityAllocation::allocate(4.0, {{"hospital", 3.0, true}, {"water", 2.0, true}, {"shelter", 1.0, false}});
        QCOMPARE(shares[0].mwh, 2.0);
        QCOMPARE(shares[1].mwh, 2.0);
        QCOMPARE(shares[2].mwh, 0.0);
    }

    void maxMinPropertiesOnRandomCases()
    {
        QRandomGenerator rng(17);
        for (int round = 0; round < 500; ++round) {
            const int n = 1 + rng.bounded(8);
            QList<double> needs;
            for (int i = 0; i < n; ++i)
                needs << rng.generateDouble() * 5.0;
            const double available = rng.generateDouble() * 20.0;
            const QList<double> s = PriorityAllocation::maxMinFair(available, needs);
            const double total = std::accumulate(s.cbegin(), s.cend(), 0.0), wanted = std::accumulate(needs.cbegin(), needs.cend(), 0.0);
            QVERIFY(std::abs(total - std::min(available, wanted)) < 1e-9);
            double level = 0.0;
            for (int i = 0; i < n; ++i) {
                QVERIFY(s[i] <= needs[i] + 1e-12);
                if (s[i] < needs[i] - 1e-9)
                    level = std::max(level, s[i]);
            }
            // Every site short of its need gets the same, and no site gets more than that level
            // unless it is fully served below it.
            for (int i = 0; i < n; ++i) {
                if (s[i] < needs[i] - 1e-9)
                    QVERIFY(std::abs(s[i] - level) < 1e-9);
                else
                    QVERIFY(s[i] <= level + 1e-9 || level == 0.0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPriorityAllocation)
#include "tst_priorityallocation.moc"
