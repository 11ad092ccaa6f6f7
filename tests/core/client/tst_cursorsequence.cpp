// SPDX-License-Identifier: MIT
#include "client/cursorsequence.h"

#include <QTest>

using et::client::CursorSequence;
using Verdict = CursorSequence::Verdict;

class TestCursorSequence : public QObject
{
    Q_OBJECT

private slots:
    void consecutiveEventsAdvance()
    {
        CursorSequence s;
        s.reset(41);
        QVERIFY(s.accept(42) == Verdict::Next);
        QVERIFY(s.accept(43) == Verdict::Next);
        QCOMPARE(s.known(), 43);
    }

    void oldOrRepeatedEventsAreIgnored()
    {
        CursorSequence s;
        s.reset(100);
        QVERIFY(s.accept(100) == Verdict::AlreadyApplied);
        QVERIFY(s.accept(7) == Verdict::AlreadyApplied);
        QCOMPARE(s.known(), 100);
    }

    void aHoleIsAGapAndDoesNotAdvance()
    {
        CursorSequence s;
        s.reset(10);
        QVERIFY(s.accept(12) == Verdict::Gap);
        QCOMPARE(s.known(), 10); // the delta fetch, not the event, moves it on
        s.reset(12);             // what the delta brought
        QVERIFY(s.accept(12) == Verdict::AlreadyApplied);
        QVERIFY(s.accept(13) == Verdict::Next);
    }

    void freshCacheExpectsCursorOne()
    {
        CursorSequence s;
        QVERIFY(s.accept(1) == Verdict::Next);
        CursorSequence t;
        QVERIFY(t.accept(2) == Verdict::Gap);
    }
};

QTEST_GUILESS_MAIN(TestCursorSequence)
#include "tst_cursorsequence.moc"
