// SPDX-License-Identifier: MIT
// The charts' axes: time grid lines on round Jeju hours whatever the machine's zone, written out
// here from the calendar (QDateTime in UTC+9), and value axes with round ends checked against
// hand-worked ranges.
#include "chartaxes.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

using et::models::ChartTimeAxis;
using et::models::ChartValueAxis;

namespace {
constexpr double kHour = 3600.0 * 1000.0;

/// ms since the epoch of a Jeju wall-clock time (UTC+9, no daylight saving).
double kst(int year, int month, int day, int hour, int minute = 0)
{
    return double(QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toMSecsSinceEpoch());
}
} // namespace

class TestChartAxes : public QObject
{
    Q_OBJECT
private slots:
    void twoDaysInSixHourSteps();
    void coarserStepsForFewerLabels();
    void aWeekInDays();
    void machineZoneDoesNotMatter();
    void emptyRangesHaveNoTicks();
    void valueAxisEnds_data();
    void valueAxisEnds();
};

void TestChartAxes::twoDaysInSixHourSteps()
{
    // 10:30 on 14 March to 10:30 on 16 March, room for 8 labels: 6-hour steps on 00/06/12/18 KST.
    const auto axis = ChartTimeAxis::forRange(kst(2026, 3, 14, 10, 30), kst(2026, 3, 16, 10, 30), 8);
    QCOMPARE(axis.intervalMs, 6 * kHour);
    QCOMPARE(axis.anchorMs, kst(2026, 3, 14, 0));
    const QList<double> times{kst(2026, 3, 14, 12), kst(2026, 3, 14, 18), kst(2026, 3, 15, 0), kst(2026, 3, 15, 6),
                              kst(2026, 3, 15, 12), kst(2026, 3, 15, 18), kst(2026, 3, 16, 0), kst(2026, 3, 16, 6)};
    const QStringList labels{"12:00", "18:00", "3/15", "06:00", "12:00", "18:00", "3/16", "06:00"};
    QCOMPARE(axis.ticks.size(), times.size());
    for (qsizetype i = 0; i < times.size(); ++i) {
        QCOMPARE(axis.ticks[i].ms, times[i]);
        QCOMPARE(axis.ticks[i].label, labels[i]);
    }
}

void TestChartAxes::coarserStepsForFewerLabels()
{
    const double from = kst(2026, 3, 14, 10, 30);
    QCOMPARE(ChartTimeAxis::forRange(from, from + 48 * kHour, 4).intervalMs, 12 * kHour);
    QCOMPARE(ChartTimeAxis::forRange(from, from + 48 * kHour, 7).intervalMs, 12 * kHour); // 6 h would need 8
    QCOMPARE(ChartTimeAxis::forRange(from, from + 6 * kHour, 100).intervalMs, kHour);
    QCOMPARE(ChartTimeAxis::forRange(from, from + 6 * kHour, 3).intervalMs, 2 * kHour);
    const auto hourly = ChartTimeAxis::forRange(from, from + 3 * kHour, 10);
    QCOMPARE(hourly.ticks.size(), 3); // 11:00, 12:00, 13:00
    QCOMPARE(hourly.ticks.constFirst().label, QStringLiteral("11:00"));
}

void TestChartAxes::aWeekInDays()
{
    const double from = kst(2026, 12, 28, 9);
    const auto daily = ChartTimeAxis::forRange(from, from + 7 * 24 * kHour, 7);
    QCOMPARE(daily.intervalMs, 24 * kHour);
    const QStringList labels{"12/29", "12/30", "12/31", "1/1", "1/2", "1/3", "1/4"};
    QCOMPARE(daily.ticks.size(), labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i)
        QCOMPARE(daily.ticks[i].label, labels[i]);
    const auto everyOther = ChartTimeAxis::forRange(from, from + 7 * 24 * kHour, 4);
    QCOMPARE(everyOther.intervalMs, 48 * kHour);
    QCOMPARE(everyOther.ticks.constFirst().ms, kst(2026, 12, 30, 0)); // anchored on 28 Dec, 00:00
}

void TestChartAxes::machineZoneDoesNotMatter()
{
    qputenv("TZ", "America/New_York");
    tzset();
    const auto axis = ChartTimeAxis::forRange(kst(2026, 7, 1, 1), kst(2026, 7, 1, 23), 4);
    qunsetenv("TZ");
    tzset();
    QCOMPARE(axis.intervalMs, 6 * kHour);
    QCOMPARE(axis.ticks.size(), 3);
    QCOMPARE(axis.ticks[0].label, QStringLiteral("06:00"));
    QCOMPARE(axis.ticks[0].ms, kst(2026, 7, 1, 6));
}

void TestChartAxes::emptyRangesHaveNoTicks()
{
    QVERIFY(ChartTimeAxis::forRange(1000, 1000, 5).ticks.isEmpty());
    QVERIFY(ChartTimeAxis::forRange(2000, 1000, 5).ticks.isEmpty());
    QCOMPARE(ChartTimeAxis::forRange(qQNaN(), 1000, 5).intervalMs, 0.0);
    QVERIFY(ChartTimeAxis::forRange(0, 1000, 0).ticks.isEmpty());
}

void TestChartAxes::valueAxisEnds_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("maxIntervals");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("intervals");
    // Worked by hand: the smallest of 1, 2, 2.5, 5 × 10ⁿ that spans the range in time.
    QTest::newRow("912 MW peak") << 0.0 << 912.0 << 4 << 0.0 << 1000.0 << 4;        // 250s
    QTest::newRow("912 MW, 5 steps") << 0.0 << 912.0 << 5 << 0.0 << 1000.0 << 5;    // 200s
    QTest::newRow("700 MW") << 0.0 << 700.0 << 5 << 0.0 << 800.0 << 4;              // 200s
    QTest::newRow("positive starts at 0") << 300.0 << 700.0 << 5 << 0.0 << 800.0 << 4;
    QTest::newRow("negative prices") << -20.0 << 180.0 << 5 << -50.0 << 200.0 << 5; // 50s
    QTest::newRow("negative, 4 steps") << -20.0 << 180.0 << 4 << -100.0 << 200.0 << 3; // 100s
    QTest::newRow("all negative") << -37.0 << -12.0 << 5 << -40.0 << -10.0 << 3;    // 10s
    QTest::newRow("small") << 0.0 << 0.37 << 4 << 0.0 << 0.4 << 4;                  // 0.1s
    QTest::newRow("exact fit") << 0.0 << 1000.0 << 4 << 0.0 << 1000.0 << 4;
    QTest::newRow("flat zero") << 0.0 << 0.0 << 4 << 0.0 << 1.0 << 4;               // 0.25s
    QTest::newRow("nothing") << qInf() << -qInf() << 4 << 0.0 << 1.0 << 1;
    QTest::newRow("NaN") << qQNaN() << 5.0 << 4 << 0.0 << 1.0 << 1;
}

void TestChartAxes::valueAxisEnds()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, maxIntervals);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, intervals);
    const auto axis = ChartValueAxis::forRange(low, high, maxIntervals);
    QCOMPARE(axis.min, min);
    QCOMPARE(axis.max, max);
    QCOMPARE(axis.intervals, intervals);
}

QTEST_GUILESS_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
