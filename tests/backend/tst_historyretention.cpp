// SPDX-License-Identifier: MIT
// The energy history's retention on the real server, run past 90 simulated days at a simulated
// day per real second: the minutes of the first day are read early; once they are older than 90
// days a 1-minute request for them is refused naming the limit, while 1h and 1d answer the means
// computed here from the minutes read before they were dropped. The database then holds 90 days
// of minutes and every hour since the start (its size per day is printed). A second server with
// short retention options shows the hourly means going too.
#include "historyfixtures.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::EnergyHistoryPage;
using test::HttpReply;

namespace {
// 2024-01-01 00:00 KST.
const QDateTime kStart(QDate(2023, 12, 31), QTime(15, 0), Qt::UTC);
const QStringList kFastest = {QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                              QStringLiteral("--start"), domain::toIsoUtc(kStart), QStringLiteral("--rate-limit"), QStringLiteral("0")};

EnergyHistoryPage decode(const HttpReply &reply)
{
    auto page = EnergyHistoryPage::fromJson(reply.json);
    return page.ok() ? page.value() : EnergyHistoryPage{};
}

/// One number from the server's database, read through a connection of our own (WAL lets us
/// read while it writes).
QVariant query(const QString &path, const QString &sql)
{
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return out;
}
} // namespace

class TestHistoryRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void ninetyDaysOfMinutesThenHours()
    {
        const QString db = m_dir.filePath(QStringLiteral("retention.sqlite"));
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(db, kFastest), qPrintable(server.errorString()));
        test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Viewer));
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kStart.addDays(2), 30000);
        QString error;
        const auto firstDay = test::fetchAllMinutes(http, kStart, kStart.addDays(1), &error);
        QVERIFY2(firstDay, qPrintable(error));
        QCOMPARE(firstDay->points.size(), 1440);

        // 91 days and a few hours: the first day's minutes are past the 90 days.
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kStart.addDays(91).addSecs(6 * 3600), 240000);

        const HttpReply refused = test::getHistory(http, kStart, kStart.addDays(1));
        QCOMPARE(refused.status, 400);
        const QString message = refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("kept for 90 days")) && message.contains(QStringLiteral("step=1h or 1d")), qPrintable(message));
        QCOMPARE(test::getHistory(http, kStart, kStart.addDays(1), QStringLiteral("15m")).status, 400);

        const EnergyHistoryPage hours = decode(test::getHistory(http, kStart, kStart.addDays(1), QStringLiteral("1h")));
        QCOMPARE(hours.points.size(), 24);
        QCOMPARE(hours.columns, firstDay->columns);
        for (const auto &p : hours.points) {
            const auto expected = test::meanOfMinutes(firstDay->points, p.timestamp, 3600);
            QVERIFY(expected);
            QVERIFY2(test::largestDifference(p, *expected) <= 0.005 + 1e-9, qPrintable(p.timestamp.toString(Qt::ISODate)));
        }
        const EnergyHistoryPage days = decode(test::getHistory(http, kStart, kStart.addDays(2), QStringLiteral("1d")));
        QCOMPARE(days.points.size(), 2);
        const auto dayMean = test::meanOfMinutes(firstDay->points, kStart, 86400);
        QVERIFY(dayMean);
        QVERIFY2(test::largestDifference(days.points.first(), *dayMean) <= 0.01 + 1e-9, qPrintable(QString::number(test::largestDifference(days.points.first(), *dayMean))));

        // What the file holds once the server stopped: 90 days of minutes, an hour for every hour.
        QVERIFY(server.terminate());
        const qint64 newest = query(db, QStringLiteral("SELECT MAX(t) FROM energy_history_minutes")).toLongLong();
        const qint64 oldest = query(db, QStringLiteral("SELECT MIN(t) FROM energy_history_minutes")).toLongLong();
        QCOMPARE(newest - oldest, qint64(90) * 86400);
        QCOMPARE(query(db, QStringLiteral("SELECT COUNT(*) FROM energy_history_minutes WHERE t >= %1 AND t <= %2").arg(oldest).arg(newest)).toLongLong(),
                 qint64(90) * 1440 + 1);
        QCOMPARE(query(db, QStringLiteral("SELECT MIN(t) FROM energy_history_hours")).toLongLong(), kStart.toSecsSinceEpoch());
        // Every complete hour, once: the newest is the hour before the newest minute's.
        QCOMPARE(query(db, QStringLiteral("SELECT COUNT(*) FROM energy_history_hours")).toLongLong(),
                 (newest - newest % 3600 - kStart.toSecsSinceEpoch()) / 3600);
        const QVariant minuteBytes = query(db, QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name = 'energy_history_minutes'"));
        const QVariant hourBytes = query(db, QStringLiteral("SELECT SUM(pgsize) FROM dbstat WHERE name = 'energy_history_hours'"));
        if (minuteBytes.isValid())
            qInfo("history size: %.1f KiB per simulated day of minutes (90 days: %.1f MiB), %.2f KiB per day of hourly means",
                  minuteBytes.toDouble() / 90.0 / 1024.0, minuteBytes.toDouble() / 1048576.0,
                  hourBytes.toDouble() * 86400.0 / double(newest - kStart.toSecsSinceEpoch()) / 1024.0);
    }

    void hourlyMeansGoAfterTheirDays()
    {
        const QString db = m_dir.filePath(QStringLiteral("short.sqlite"));
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(db, kFastest + QStringList{QStringLiteral("--history-minute-days"), QStringLiteral("1"),
                                                                         QStringLiteral("--history-hour-days"), QStringLiteral("3")}),
                 qPrintable(server.errorString()));
        test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Viewer));
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kStart.addDays(5), 60000);
        QVERIFY(decode(test::getHistory(http, kStart, kStart.addDays(1), QStringLiteral("1h"))).points.isEmpty());
        const QDateTime now = test::serverSimTime(http);
        const QDateTime lastMidnight = QDateTime::fromSecsSinceEpoch(domain::historyBucketStart(now.toSecsSinceEpoch(), domain::HistoryStep::Day), Qt::UTC);
        // Two days back: hours only.
        QCOMPARE(decode(test::getHistory(http, lastMidnight.addDays(-2), lastMidnight.addDays(-1), QStringLiteral("1h"))).points.size(), 24);
        const HttpReply refused = test::getHistory(http, lastMidnight.addDays(-2), lastMidnight.addDays(-1));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("kept for 1 days")));
        const qint64 newest = query(db, QStringLiteral("SELECT MAX(t) FROM energy_history_minutes")).toLongLong();
        QVERIFY(query(db, QStringLiteral("SELECT MIN(t) FROM energy_history_hours")).toLongLong() >= newest - 3 * 86400);
        QVERIFY(query(db, QStringLiteral("SELECT MIN(t) FROM energy_history_minutes")).toLongLong() >= newest - 86400);
    }
};

QTEST_GUILESS_MAIN(TestHistoryRetention)
#include "tst_historyretention.moc"
