// SPDX-License-Identifier: MIT
// Times on screen are Jeju time (KST, UTC+9) whatever zone the machine is set to.
#include "jejutime.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using et::models::JejuTime;

class TestJejuTime : public QObject
{
    Q_OBJECT

private slots:
    void noonInJejuIsThreeInTheMorningUtc()
    {
        // 04:02 UTC is 13:02 in Jeju (UTC+9); the date rolls over at 15:00 UTC.
        const QDateTime utc(QDate(2026, 8, 14), QTime(4, 2), Qt::UTC);
        QCOMPARE(JejuTime::format(utc, QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-08-14 13:02"));
        const QDateTime lateUtc(QDate(2026, 12, 31), QTime(15, 30), Qt::UTC);
        QCOMPARE(JejuTime::format(lateUtc, QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2027-01-01 00:30"));
    }

    void machineZoneDoesNotMatter()
    {
        // A field laptop set to New York time must still show Jeju time.
        qputenv("TZ", "America/New_York");
        tzset();
        const QDateTime local = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).toLocalTime();
        QVERIFY(local.offsetFromUtc() != 9 * 3600);
        QCOMPARE(JejuTime::format(local, QStringLiteral("HH:mm")), QStringLiteral("09:00"));
        qunsetenv("TZ");
        tzset();
    }

    void noDaylightSaving()
    {
        // Summer and winter both sit at +9 hours.
        QCOMPARE(JejuTime::zone().offsetFromUtc(QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC)), 9 * 3600);
        QCOMPARE(JejuTime::zone().offsetFromUtc(QDateTime(QDate(2026, 7, 15), QTime(0, 0), Qt::UTC)), 9 * 3600);
    }

    void invalidTimeIsEmpty()
    {
        QVERIFY(JejuTime::format(QDateTime(), QStringLiteral("HH:mm")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJejuTime)
#include "tst_jejutime.moc"
