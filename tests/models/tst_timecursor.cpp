// SPDX-License-Identifier: MIT
// TimeCursor without a window: live follows the newest data; scrubbing stays inside the last
// 7 days; play moves history at its speed and goes live when it catches up; the range slides as
// new data arrives.
#include "timecursor.h"

#include <QSignalSpy>
#include <QTest>

using et::models::TimeCursor;

namespace {
const QDateTime kNow(QDate(2025, 4, 6), QTime(5, 0), Qt::UTC);
}

class TestTimeCursor : public QObject
{
    Q_OBJECT
private slots:
    void liveFollowsTheNewestData()
    {
        TimeCursor c;
        QVERIFY(c.live());
        QVERIFY(!c.instant().isValid());
        QSignalSpy changed(&c, &TimeCursor::instantChanged);
        c.setLatest(kNow);
        QCOMPARE(c.instant(), kNow);
        QCOMPARE(c.earliest(), kNow.addDays(-7));
        QCOMPARE(c.position(), 1.0);
        c.setLatest(kNow.addSecs(60));
        QCOMPARE(c.instant(), kNow.addSecs(60));
        QCOMPARE(changed.count(), 2);
    }

    void scrubbingStaysInRange()
    {
        TimeCursor c;
        c.setLatest(kNow);
        c.scrubTo(kNow.addDays(-2));
        QVERIFY(!c.live());
        QCOMPARE(c.instant(), kNow.addDays(-2));
        QCOMPARE(c.position(), 5.0 / 7.0);
        c.scrubTo(kNow.addDays(-30)); // clamped to the oldest cached minute
        QCOMPARE(c.instant(), kNow.addDays(-7));
        QCOMPARE(c.position(), 0.0);
        c.scrubToPosition(0.5);
        QCOMPARE(c.instant(), kNow.addSecs(-TimeCursor::kRangeSeconds / 2));
        c.stepMinutes(-15);
        QCOMPARE(c.instant(), kNow.addSecs(-TimeCursor::kRangeSeconds / 2 - 900));
        // While scrubbed, new data moves the range but not what is shown …
        c.setLatest(kNow.addSecs(3600));
        QCOMPARE(c.instant(), kNow.addSecs(-TimeCursor::kRangeSeconds / 2 - 900));
        QVERIFY(!c.live());
        // … until the shown minute falls out of the range: then it slides with it.
        c.scrubToPosition(0.0);
        c.setLatest(kNow.addSecs(7200));
        QCOMPARE(c.instant(), kNow.addSecs(7200).addDays(-7));
        // Scrubbing to the newest data (or past it) is live again.
        c.scrubTo(kNow.addDays(1));
        QVERIFY(c.live());
        QCOMPARE(c.instant(), kNow.addSecs(7200));
    }

    void playRunsAtItsSpeedAndCatchesUp()
    {
        TimeCursor c;
        c.setLatest(kNow);
        QVERIFY(!c.play(60)); // live: nothing ahead to play
        c.scrubTo(kNow.addSecs(-3600));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing play speed")));
        QVERIFY(!c.play(7));
        QVERIFY(c.play(60));
        QVERIFY(c.playing());
        c.advance(10000); // 10 s of wall time at 60×: 10 simulated minutes
        QCOMPARE(c.instant(), kNow.addSecs(-3600 + 600));
        c.advance(250); // 15 s: below a minute still moves by seconds
        QCOMPARE(c.instant(), kNow.addSecs(-3600 + 615));
        QVERIFY(c.play(600));
        c.advance(10000); // 6000 s more would pass the newest data: live, and stopped
        QVERIFY(c.live());
        QVERIFY(!c.playing());
        QCOMPARE(c.instant(), kNow);
        // Scrubbing stops play.
        c.scrubTo(kNow.addSecs(-600));
        QVERIFY(c.play(1));
        c.scrubTo(kNow.addSecs(-1200));
        QVERIFY(!c.playing());
        c.advance(5000);
        QCOMPARE(c.instant(), kNow.addSecs(-1200));
    }

    void theTimerDrivesPlay()
    {
        TimeCursor c;
        c.setLatest(kNow);
        c.scrubTo(kNow.addSecs(-86400));
        QVERIFY(c.play(600));
        const QDateTime start = c.instant();
        QTRY_VERIFY_WITH_TIMEOUT(start.secsTo(c.instant()) >= 600, 3000); // ≥ 1 s of wall time at 600×
    }
};

QTEST_GUILESS_MAIN(TestTimeCursor)
#include "tst_timecursor.moc"
