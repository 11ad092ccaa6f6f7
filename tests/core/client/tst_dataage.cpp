// SPDX-License-Identifier: MIT
#include "client/dataage.h"

#include <QTest>

using et::client::DataAge;

class TestDataAge : public QObject
{
    Q_OBJECT

private slots:
    void relative_data()
    {
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << 2 << QStringLiteral("just now");
        QTest::newRow("seconds") << 42 << QStringLiteral("42 s ago");
        QTest::newRow("minutes") << 5 * 60 + 59 << QStringLiteral("5 min ago");
        QTest::newRow("hours") << 3 * 3600 + 100 << QStringLiteral("3 h ago");
        QTest::newRow("days") << 3 * 86400 << QStringLiteral("3 days ago");
        QTest::newRow("future") << -120 << QStringLiteral("in the future (check the clock)");
    }

    void relative()
    {
        QFETCH(int, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 23), QTime(14, 8, 11), Qt::UTC);
        QCOMPARE(DataAge::relative(now.addSecs(-secondsAgo), now), expected);
    }

    void describe()
    {
        const QDateTime synced(QDate(2026, 11, 23), QTime(14, 3, 11), Qt::UTC);
        QCOMPARE(DataAge::describe(synced, synced.addSecs(300)), QStringLiteral("last synced 2026-11-23 14:03:11 UTC, 5 min ago"));
        QCOMPARE(DataAge::describe(QDateTime(), synced), QStringLiteral("never synced"));
        // A local-time input is shown in UTC.
        const QDateTime seoul = synced.toOffsetFromUtc(9 * 3600);
        QCOMPARE(DataAge::describe(seoul, synced.addSecs(300)), QStringLiteral("last synced 2026-11-23 14:03:11 UTC, 5 min ago"));
    }
};

QTEST_GUILESS_MAIN(TestDataAge)
#include "tst_dataage.moc"
