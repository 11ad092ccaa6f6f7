// SPDX-License-Identifier: MIT
// ChartTickModel under QAbstractItemModelTester: a time chart's ticks for its grid lines and
// labels. A scrub that moves the range by an hour changes rows in place (dataChanged, no rows made
// again, which is what keeps the delegates); a range that needs more or fewer ticks grows or
// shrinks at the end; each row's position is where its time falls across the range.
#include "charttickmodel.h"
#include "modeltesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using et::models::ChartTickModel;
using et::models::ChartTimeAxis;
using et::test::value;

namespace {
constexpr double kHour = 3600.0 * 1000.0;
// 2026-03-14 00:00 KST, in ms since the epoch.
const double kMidnight = double(QDateTime(QDate(2026, 3, 13), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch());

QList<ChartTimeAxis::Tick> ticksOf(double from, double to)
{
    return ChartTimeAxis::forRange(from, to, 7).ticks;
}
} // namespace

class TestChartTickModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsArePlacedAcrossTheRange()
    {
        ChartTickModel model;
        const auto tester = et::test::contractTester(&model);
        const double from = kMidnight + 0.5 * kHour, to = from + 49 * kHour;
        const auto ticks = ticksOf(from, to);
        QVERIFY(ticks.size() >= 4);
        QVERIFY(model.setTicks(ticks, from, to));
        QCOMPARE(model.rowCount(), ticks.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            const double ms = value(model, r, "ms").toDouble();
            QCOMPARE(ms, ticks[r].ms);
            QCOMPARE(value(model, r, "label").toString(), ticks[r].label);
            // Worked out apart from the model: hours from the start over the range's 49 hours.
            QVERIFY(qFuzzyCompare(1.0 + value(model, r, "position").toDouble(), 1.0 + (ms - from) / kHour / 49.0));
            QVERIFY(value(model, r, "position").toDouble() >= 0.0 && value(model, r, "position").toDouble() <= 1.0);
        }
    }

    void aMovedRangeChangesRowsInPlace()
    {
        ChartTickModel model;
        const auto tester = et::test::contractTester(&model);
        double from = kMidnight + 0.5 * kHour;
        QVERIFY(model.setTicks(ticksOf(from, from + 49 * kHour), from, from + 49 * kHour));
        const int rows = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        int moves = 0;
        for (int hour = 1; hour <= 24; ++hour) {
            from += kHour;
            const auto ticks = ticksOf(from, from + 49 * kHour);
            if (ticks.size() != rows)
                continue; // a count that changes is the next test's
            ++moves;
            QVERIFY(model.setTicks(ticks, from, from + 49 * kHour));
            for (int r = 0; r < rows; ++r)
                QCOMPARE(value(model, r, "ms").toDouble(), ticks[r].ms);
        }
        QVERIFY(moves > 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), moves);
        // The same ticks of the same range: nothing to say.
        const auto same = ticksOf(from, from + 49 * kHour);
        if (same.size() == rows) {
            QVERIFY(!model.setTicks(same, from, from + 49 * kHour));
            QCOMPARE(changed.count(), moves);
        }
    }

    void growsAndShrinksAtTheEnd()
    {
        ChartTickModel model;
        const auto tester = et::test::contractTester(&model);
        const double from = kMidnight;
        QList<ChartTimeAxis::Tick> ticks;
        for (int h = 0; h < 5; ++h)
            ticks.append({from + h * 6 * kHour, QStringLiteral("%1:00").arg(h * 6, 2, 10, QLatin1Char('0'))});
        QVERIFY(model.setTicks(ticks.mid(0, 3), from, from + 24 * kHour));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.setTicks(ticks, from, from + 24 * kHour));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        QCOMPARE(value(model, 4, "label").toString(), QStringLiteral("24:00"));
        QCOMPARE(value(model, 4, "position").toDouble(), 1.0);
        QVERIFY(model.setTicks(ticks.mid(0, 2), from, from + 24 * kHour));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setTicks({}, 0, 0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.setTicks({}, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestChartTickModel)
#include "tst_charttickmodel.moc"
