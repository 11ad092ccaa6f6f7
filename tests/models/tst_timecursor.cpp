// SPDX-License-Identifier: MIT
// TimeCursor without a window: live follows the newest data; scrubbing stays inside the last
// 7 days and the cached history; play moves history at its speed on a clock the test controls and
// goes live when it catches up; the range slides as new data arrives; a scrub asked for before
// there is history happens once there is.
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

    void playMeasuresItsClockNotItsTicks()
    {
        TimeCursor c;
        qint64 wallMs = 1000;
        c.setClock([&wallMs] { return wallMs; });
        c.setLatest(kNow);
        c.scrubTo(kNow.addSecs(-86400));
        QVERIFY(c.play(60));
        // However late or often the timer fires, what moves is the clock's time × the speed.
        wallMs += 2500;
        c.tick();
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 150));
        c.tick(); // no time passed
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 150));
        QVERIFY(c.play(600)); // a new speed counts from now
        wallMs += 1000;
        c.tick();
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 750));
        QVERIFY(c.play(1));
        wallMs += 30000;
        c.tick();
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 780));
        // Paused, the clock runs on and nothing moves; played again, it counts from then.
        c.pause();
        wallMs += 60000;
        c.tick();
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 780));
        QVERIFY(c.play(60));
        wallMs += 1000;
        c.tick();
        QCOMPARE(c.instant(), kNow.addSecs(-86400 + 840));
    }

    void theTimerTicks()
    {
        TimeCursor c;
        qint64 wallMs = 0;
        c.setClock([&wallMs] { return wallMs; });
        c.setLatest(kNow);
        c.scrubTo(kNow.addSecs(-86400));
        QVERIFY(c.play(600));
        wallMs = 4000; // the timer's next tick sees four seconds: 40 simulated minutes
        QTRY_COMPARE_WITH_TIMEOUT(c.instant(), kNow.addSecs(-86400 + 2400), 2000);
    }

    void theRangeStartsWhereTheHistoryDoes()
    {
        TimeCursor c;
        QSignalSpy range(&c, &TimeCursor::rangeChanged);
        c.setLatest(kNow);
        c.setHistoryStart(kNow.addDays(-2));
        QCOMPARE(c.earliest(), kNow.addDays(-2));
        QCOMPARE(range.count(), 2);
        c.scrubToPosition(0.25); // a quarter of the two days
        QCOMPARE(c.instant(), kNow.addSecs(-2 * 86400 + 12 * 3600));
        QCOMPARE(c.position(), 0.25);
        c.scrubTo(kNow.addDays(-5));
        QCOMPARE(c.instant(), kNow.addDays(-2));
        // A scrubbed instant whose minutes left the cache slides with its start.
        c.setHistoryStart(kNow.addDays(-1));
        QCOMPARE(c.instant(), kNow.addDays(-1));
        // More than a week cached: the range stays 7 days.
        c.setHistoryStart(kNow.addDays(-30));
        QCOMPARE(c.earliest(), kNow.addDays(-7));
        // Nothing cached before the newest minute: nothing to scrub, only live.
        c.setHistoryStart(kNow);
        QVERIFY(c.live());
        QCOMPARE(c.position(), 1.0);
        c.scrubToPosition(0.0);
        QVERIFY(c.live());
    }

    void aScrubAskedForEarlyWaitsForHistory()
    {
        TimeCursor c;
        QSignalSpy pending(&c, &TimeCursor::scrubPendingChanged);
        c.scrubWhenAvailable({}, 3 * 3600); // three hours before the newest data
        QVERIFY(c.scrubPending());
        c.setLatest(kNow);
        QVERIFY(c.scrubPending()); // where the history begins is not known yet
        c.setHistoryStart(kNow);
        QVERIFY(c.scrubPending()); // nothing cached before the newest minute yet
        QVERIFY(c.live());
        c.setHistoryStart(kNow.addDays(-1));
        QVERIFY(!c.scrubPending());
        QCOMPARE(pending.count(), 2);
        QCOMPARE(c.instant(), kNow.addSecs(-3 * 3600));
        // An absolute time, clamped to what is cached.
        c.scrubWhenAvailable(kNow.addDays(-3));
        QVERIFY(!c.scrubPending());
        QCOMPARE(c.instant(), kNow.addDays(-1));
    }
};

QTEST_GUILESS_MAIN(TestTimeCursor)
#include "tst_timecursor.moc"
