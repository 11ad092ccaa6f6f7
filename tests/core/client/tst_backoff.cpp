// SPDX-License-Identifier: MIT
#include "client/backoff.h"

#include <QTest>

using et::client::Backoff;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCap()
    {
        Backoff b(1s, 30s, [] { return 0.5; }); // factor exactly 1.0
        QCOMPARE(b.next(), 1000ms);
        QCOMPARE(b.next(), 2000ms);
        QCOMPARE(b.next(), 4000ms);
        QCOMPARE(b.next(), 8000ms);
        QCOMPARE(b.next(), 16000ms);
        QCOMPARE(b.next(), 30000ms);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(b.next(), 30000ms); // no overflow after many failures
        QCOMPARE(b.attempts(), 46);
    }

    void jitterStaysWithinTwentyPercent()
    {
        Backoff low(1s, 30s, [] { return 0.0; });
        Backoff high(1s, 30s, [] { return 0.999999; });
        QCOMPARE(low.next(), 800ms);
        QCOMPARE(high.next(), 1199ms);
        Backoff real(1s, 30s);
        for (int i = 0; i < 200; ++i) {
            real.reset();
            const auto d = real.next();
            QVERIFY2(d >= 800ms && d < 1200ms, qPrintable(QString::number(d.count())));
        }
    }

    void resetStartsOver()
    {
        Backoff b(100ms, 1s, [] { return 0.5; });
        b.next();
        b.next();
        QCOMPARE(b.next(), 400ms);
        b.reset();
        QCOMPARE(b.next(), 100ms);
    }

    void capBelowFirstIsRaised()
    {
        Backoff b(5s, 1s, [] { return 0.5; });
        QCOMPARE(b.next(), 5000ms);
        QCOMPARE(b.next(), 5000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
