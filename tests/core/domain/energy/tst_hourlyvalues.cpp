// SPDX-License-Identifier: MIT
// HourlyValues: KPX points land on a regular KST clock, a gap or a flag without an amount is NaN,
// points outside the dates are left out, and an index is always the same time.
#include "domain/energy/hourlyvalues.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et::domain::energy;

class TestHourlyValues : public QObject
{
    Q_OBJECT
private slots:
    void pointsLandOnTheClock()
    {
        const QDate first(2025, 3, 30);
        const QList<KpxHourlyPoint> points{{first, 0, 10.0, false},
                                           {first, 23, 11.0, false},
                                           {first.addDays(1), 5, std::nan(""), true}, // 출력제어 without an amount
                                           {first.addDays(2), 1, 12.0, false},
                                           {first.addDays(-1), 3, 99.0, false},        // before the range
                                           {first.addDays(3), 0, 99.0, false}};        // after it
        const HourlyValues v = HourlyValues::fromPoints(points, first, first.addDays(2));
        QCOMPARE(v.size(), 72);
        QCOMPARE(v.firstDate(), first);
        QCOMPARE(v.at(0), 10.0);
        QCOMPARE(v.at(23), 11.0);
        QVERIFY(std::isnan(v.at(24 + 5)));
        QCOMPARE(v.at(48 + 1), 12.0);
        int numbers = 0;
        for (double x : v.values())
            numbers += std::isfinite(x) ? 1 : 0;
        QCOMPARE(numbers, 3); // every other hour is a gap
    }

    void anIndexIsATime()
    {
        const HourlyValues v(QDate(2025, 12, 31), std::vector<double>(48, 0.0));
        QCOMPARE(v.hourStart(0), QDateTime(QDate(2025, 12, 30), QTime(15, 0), Qt::UTC)); // 00:00 KST
        QCOMPARE(v.hourStart(25), QDateTime(QDate(2025, 12, 31), QTime(16, 0), Qt::UTC));
        QCOMPARE(v.hourStart(25).offsetFromUtc(), 9 * 3600);
        QCOMPARE(v.dateOf(25), QDate(2026, 1, 1));
        QCOMPARE(HourlyValues::hourOfDay(25), 1);
        QCOMPARE(v.indexOf(QDate(2026, 1, 1)), 24);
        QCOMPARE(v.indexOf(QDate(2025, 12, 30)), -24);
    }

    void eachHourIsItsMiddlesValue()
    {
        // Hourly means on 2025-03-30 KST: 0 h → 10, 1 h → 16, 2 h → NaN, 3 h → 40.
        const QDate first(2025, 3, 30);
        const HourlyValues v(first, {10.0, 16.0, std::nan(""), 40.0});
        const auto kst = [first](int h, int m, int s = 0) { return QDateTime(first, QTime(h, m, s), QTimeZone(9 * 3600)); };
        QCOMPARE(v.interpolatedAt(kst(0, 30)), 10.0); // the middle of hour 0: its mean exactly
        QCOMPARE(v.interpolatedAt(kst(1, 30)), 16.0);
        QCOMPARE(v.interpolatedAt(kst(1, 0)), 13.0);  // on the hour: the mean of the two around it
        QCOMPARE(v.interpolatedAt(kst(0, 45)), 11.5); // a quarter of the way from 10 to 16
        QCOMPARE(v.interpolatedAt(kst(1, 29, 59)), 10.0 + 6.0 * 3599.0 / 3600.0);
        // The same instant in UTC.
        QCOMPARE(v.interpolatedAt(QDateTime(first.addDays(-1), QTime(16, 0), Qt::UTC)), 13.0);
        // Before the first middle and after the last: the edge hour's value.
        QCOMPARE(v.interpolatedAt(kst(0, 0)), 10.0);
        QCOMPARE(v.interpolatedAt(kst(0, 0).addDays(-3)), 10.0);
        QCOMPARE(v.interpolatedAt(kst(3, 59)), 40.0);
        QCOMPARE(v.interpolatedAt(kst(3, 30).addDays(1)), 40.0);
        // A gap is never bridged.
        QVERIFY(std::isnan(v.interpolatedAt(kst(2, 0))));
        QVERIFY(std::isnan(v.interpolatedAt(kst(3, 0))));
        QVERIFY(std::isnan(HourlyValues().interpolatedAt(kst(0, 30))));
    }

    void emptyRangeIsEmpty()
    {
        QCOMPARE(HourlyValues::fromPoints({}, QDate(2025, 2, 2), QDate(2025, 2, 1)).size(), 0);
        QCOMPARE(HourlyValues::fromPoints({}, QDate(), QDate(2025, 2, 1)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHourlyValues)
#include "tst_hourlyvalues.moc"
