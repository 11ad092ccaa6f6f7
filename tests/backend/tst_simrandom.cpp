// SPDX-License-Identifier: MIT
// SimRandom: the engine is the standard's mt19937_64, the distributions are ours.
#include "sim/simrandom.h"

#include <QTest>

using et::backend::SimRandom;

class TestSimRandom : public QObject
{
    Q_OBJECT
private slots:
    void engineIsStandardMt19937_64()
    {
        // C++ standard [rand.predef]: the 10000th output of a default-seeded (5489) mt19937_64.
        SimRandom r(5489u);
        quint64 v = 0;
        for (int i = 0; i < 10000; ++i)
            v = r.next();
        QCOMPARE(v, Q_UINT64_C(9981545732273789042));
    }

    void sameSeedSameSequence()
    {
        SimRandom a(42), b(42), c(43);
        bool anyDifferent = false;
        for (int i = 0; i < 100; ++i) {
            const double x = a.normal();
            QCOMPARE(x, b.normal());
            anyDifferent = anyDifferent || x != c.normal();
        }
        QVERIFY(anyDifferent);
    }

    void uniformMoments()
    {
        SimRandom r(7);
        const int n = 200000;
        double sum = 0.0, sumSq = 0.0;
        for (int i = 0; i < n; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
            sumSq += u * u;
        }
        // Mean 1/2, variance 1/12; 5 standard errors of slack.
        QVERIFY(std::abs(sum / n - 0.5) < 5 * std::sqrt(1.0 / 12.0 / n));
        QVERIFY(std::abs(sumSq / n - (sum / n) * (sum / n) - 1.0 / 12.0) < 0.002);
    }

    void normalMoments()
    {
        SimRandom r(11);
        const int n = 200000;
        double sum = 0.0, sumSq = 0.0;
        int beyond2 = 0;
        for (int i = 0; i < n; ++i) {
            const double x = r.normal();
            sum += x;
            sumSq += x * x;
            beyond2 += std::abs(x) > 2.0;
        }
        QVERIFY(std::abs(sum / n) < 5.0 / std::sqrt(double(n)));
        QVERIFY(std::abs(sumSq / n - 1.0) < 0.02);
        // P(|Z| > 2) = 0.0455 for a standard normal.
        QVERIFY(std::abs(double(beyond2) / n - 0.0455) < 0.003);
    }

    void belowIsUniformAndInRange()
    {
        SimRandom r(3);
        int counts[6] = {};
        for (int i = 0; i < 60000; ++i) {
            const int k = r.below(6);
            QVERIFY(k >= 0 && k < 6);
            ++counts[k];
        }
        for (int c : counts)
            QVERIFY2(std::abs(c - 10000) < 500, qPrintable(QString::number(c)));
    }

    void mixSeparatesStreams()
    {
        QVERIFY(SimRandom::mix(1, 2) != SimRandom::mix(2, 1));
        QVERIFY(SimRandom::mix(1, 2) != SimRandom::mix(1, 3));
        QCOMPARE(SimRandom::mix(5, 9), SimRandom::mix(5, 9));
    }
};

QTEST_GUILESS_MAIN(TestSimRandom)
#include "tst_simrandom.moc"
