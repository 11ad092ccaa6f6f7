// SPDX-License-Identifier: MIT
// HistoryWindow without a cache: instants fall into their minute; a read is six hours centred on
// the minute, slid inside the cached history; a window finds its minutes (with gaps too), says
// when the instant nears an edge worth reading past, and finds each asset's output by id.
#include "historywindow.h"

#include <QTest>

using et::models::HistoryWindow;
using namespace et::domain;

namespace {
const QDateTime kT0(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);

QDateTime at(qint64 minutes)
{
    return kT0.addSecs(minutes * 60);
}

/// Minutes [first, last] except `missing`, assets "a" and "b" with outputs i and -i.
EnergyHistoryPage page(qint64 first, qint64 last, QList<qint64> missing = {})
{
    EnergyHistoryPage p;
    p.from = at(first);
    p.to = at(last + 1);
    p.columns = {{}, {QStringLiteral("a"), QStringLiteral("b")}};
    for (qint64 i = first; i <= last; ++i) {
        if (missing.contains(i))
            continue;
        EnergyHistoryPoint point;
        point.timestamp = at(i);
        point.demandMw = double(i);
        point.assetOutputMw = {double(i), i % 2 ? std::optional<double>() : std::optional<double>(-double(i))};
        p.points << point;
    }
    return p;
}
} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT
private slots:
    void instantsFallIntoTheirMinute()
    {
        QCOMPARE(HistoryWindow::minuteOf(at(7).addSecs(59)), at(7));
        QCOMPARE(HistoryWindow::minuteOf(at(7)), at(7));
        QCOMPARE(HistoryWindow::minuteOf(at(7).addMSecs(-1)), at(6));
        const QDateTime before1970(QDate(1969, 12, 31), QTime(23, 59, 30), Qt::UTC);
        QCOMPARE(HistoryWindow::minuteOf(before1970), QDateTime(QDate(1969, 12, 31), QTime(23, 59), Qt::UTC));
        QVERIFY(!HistoryWindow::minuteOf({}).isValid());
    }

    void readsAreCentredAndStayInsideTheCache()
    {
        const qint64 span = HistoryWindow::kSpanMinutes;
        const qint64 n = 3 * span; // a history longer than a window
        auto range = HistoryWindow::rangeAround(at(n / 2), at(0), at(n));
        QCOMPARE(range.first, at(n / 2 - span / 2));
        QCOMPARE(range.second, at(n / 2 + span / 2));
        // Near the oldest minute the window starts there, near the newest it ends after it.
        range = HistoryWindow::rangeAround(at(10), at(0), at(n));
        QCOMPARE(range.first, at(0));
        QCOMPARE(range.second, at(span));
        range = HistoryWindow::rangeAround(at(n - 10), at(0), at(n));
        QCOMPARE(range.second, at(n + 1));
        QCOMPARE(range.first, at(n + 1 - span));
        // The cache keeps 7 days: one window holds all of it, wherever the instant is in it.
        for (const qint64 m : {qint64(0), qint64(1234), qint64(7 * 1440 - 1)}) {
            range = HistoryWindow::rangeAround(at(m), at(0), at(7 * 1440 - 1));
            QVERIFY(range.first <= at(0) && range.second >= at(7 * 1440));
        }
        // The ends not known yet: just centred.
        range = HistoryWindow::rangeAround(at(10), {}, {});
        QCOMPARE(range.first, at(10 - span / 2));
    }

    void findsItsMinutes()
    {
        HistoryWindow w;
        QVERIFY(w.isEmpty());
        QVERIFY(!w.covers(at(0)));
        QVERIFY(!w.pointAt(at(0)));
        w.setPage(page(100, 459));
        QVERIFY(w.complete());
        QVERIFY(w.covers(at(100)) && w.covers(at(459)) && !w.covers(at(460)) && !w.covers(at(99)));
        for (const qint64 m : {100, 101, 300, 459})
            QCOMPARE(w.pointAt(at(m))->demandMw, double(m));
        QVERIFY(!w.pointAt(at(460)));
        // With minutes missing: the others are still found, the missing ones are not made up.
        w.setPage(page(100, 459, {100, 250, 251}));
        QVERIFY(!w.complete());
        QVERIFY(!w.pointAt(at(100)));
        QVERIFY(!w.pointAt(at(251)));
        for (const qint64 m : {101, 249, 252, 459})
            QCOMPARE(w.pointAt(at(m))->demandMw, double(m));
        QVERIFY(!w.pointAt(at(300).addSecs(30))); // only whole minutes are points
        w.clear();
        QVERIFY(w.isEmpty());
    }

    void knowsWhenToReadAhead()
    {
        const qint64 margin = HistoryWindow::kMarginMinutes;
        HistoryWindow w;
        w.setPage(page(1000, 1359));
        const QDateTime oldest = at(0), newest = at(5000);
        QVERIFY(!w.nearEdge(at(1180), oldest, newest));
        QVERIFY(!w.nearEdge(at(1000 + margin), oldest, newest));
        QVERIFY(w.nearEdge(at(1000 + margin - 1), oldest, newest));
        QVERIFY(w.nearEdge(at(1360 - margin + 1), oldest, newest));
        QVERIFY(!w.nearEdge(at(1360 - margin), oldest, newest));
        QVERIFY(!w.nearEdge(at(2000), oldest, newest)); // not covered: a plain read, not a read-ahead
        // Edges that are the cache's own have nothing beyond them.
        QVERIFY(!w.nearEdge(at(1001), at(1000), newest));
        QVERIFY(!w.nearEdge(at(1358), oldest, at(1359)));
        QVERIFY(w.nearEdge(at(1358), oldest, at(1360)));
    }

    void findsOutputsById()
    {
        HistoryWindow w;
        w.setPage(page(0, 9));
        const EnergyHistoryPoint &p = *w.pointAt(at(4));
        QCOMPARE(w.assetOutput(p, QStringLiteral("a")), std::optional<double>(4.0));
        QCOMPARE(w.assetOutput(p, QStringLiteral("b")), std::optional<double>(-4.0));
        QCOMPARE(w.assetOutput(*w.pointAt(at(5)), QStringLiteral("b")), std::optional<double>()); // no value then
        QCOMPARE(w.assetOutput(p, QStringLiteral("c")), std::optional<double>());                // never a column
    }
};

QTEST_GUILESS_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
