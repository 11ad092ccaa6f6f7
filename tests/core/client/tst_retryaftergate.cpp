// SPDX-License-Identifier: MIT
// RetryAfterGate: when a request may go again after a Retry-After, at times the test chooses.
#include "client/retryaftergate.h"

#include <QTest>

using et::client::RetryAfterGate;

namespace {
const QDateTime t0(QDate(2026, 12, 6), QTime(18, 37, 43), Qt::UTC);
}

class TestRetryAfterGate : public QObject
{
    Q_OBJECT

private slots:
    void openUntilAsked()
    {
        RetryAfterGate gate;
        QVERIFY(!gate.waitAt(t0));
        QVERIFY(!gate.notBefore().isValid());
    }

    void holdsForTheSecondsAsked()
    {
        RetryAfterGate gate;
        gate.hold(5, t0);
        QCOMPARE(gate.notBefore(), t0.addSecs(5));
        QCOMPARE(gate.waitAt(t0), std::optional<qint64>(5));
        // Part of a second left is a second to a person reading "wait N s".
        QCOMPARE(gate.waitAt(t0.addMSecs(4500)), std::optional<qint64>(1));
        QCOMPARE(gate.waitAt(t0.addMSecs(4999)), std::optional<qint64>(1));
        QVERIFY(!gate.waitAt(t0.addSecs(5)));
        QVERIFY(!gate.waitAt(t0.addSecs(60)));
    }

    void aLongerWaitStays()
    {
        RetryAfterGate gate;
        gate.hold(30, t0);
        gate.hold(5, t0.addSecs(1)); // a second client's answer, asked to wait less
        QCOMPARE(gate.notBefore(), t0.addSecs(30));
        gate.hold(60, t0.addSecs(2));
        QCOMPARE(gate.notBefore(), t0.addSecs(62));
    }

    void noWaitHoldsNothing()
    {
        RetryAfterGate gate;
        gate.hold(0, t0);
        QVERIFY(!gate.waitAt(t0));
        gate.hold(-10, t0);
        QVERIFY(!gate.waitAt(t0));
    }
};

QTEST_GUILESS_MAIN(TestRetryAfterGate)
#include "tst_retryaftergate.moc"
