// SPDX-License-Identifier: MIT
// `energytruck-cli history` and the history part of `sync`, the real binary against the real
// server: sync caches the last seven days and, later, exactly the minutes that came since; history
// prints from the cache (saying so) what the server's minutes give when averaged here, in a table
// or as the API's JSON; with --server it asks the server, and falls back to the cache, saying why,
// when the server is gone; bad arguments are usage errors; an empty cache says what to do.
#include "cliprocess.h"
#include "domain/energyhistorypage.h"
#include "historyfixtures.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::EnergyHistoryPage;
using domain::UserRole;
using test::CliRun;
using test::runCli;

namespace {
// 2024-01-01 00:00 KST.
const QDateTime kStart(QDate(2023, 12, 31), QTime(15, 0), Qt::UTC);
const QStringList kFastest = {QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                              QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--start"), domain::toIsoUtc(kStart)};
const QStringList kStill = {QStringLiteral("--speed"), QStringLiteral("0.001"), QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0")};

/// A minute as the CLI prints it: Jeju time.
QString kstMinute(const QDateTime &t)
{
    return t.addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int minutesIn(const QString &syncOutput)
{
    const auto m = QRegularExpression(QStringLiteral("energy history: (\\d+) new minutes")).match(syncOutput);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_data;
    test::ServerProcess m_server;
    std::unique_ptr<test::HttpTestClient> m_http;
    QDateTime m_newest; ///< the server's newest minute while it stands still
    quint16 m_port = 0; ///< the still server's: the CLI's login and cache belong to its address

    QStringList cli(const QStringList &args, bool withServer = false) const
    {
        QStringList all{QStringLiteral("--data-dir"), m_data};
        if (withServer)
            all = QStringList{QStringLiteral("--server"), m_server.url().toString()} + all;
        return all + args;
    }

    bool startStill()
    {
        // The same address every time (the last --port wins): a new one would be another server.
        const QStringList port = m_port ? QStringList{QStringLiteral("--port"), QString::number(m_port)} : QStringList{};
        if (!m_server.startWithTestAccounts(m_db, kStill + port))
            return false;
        m_port = m_server.port();
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Viewer));
        m_newest = QDateTime::fromString(m_http->get(QStringLiteral("/api/v1/energy/balance")).json.value(QStringLiteral("timestamp")).toString(),
                                         Qt::ISODateWithMs);
        return m_newest.isValid();
    }

    /// Lets the simulation run at a day a real second until `until`, then stand still again.
    bool runUntil(const QDateTime &until)
    {
        if (m_server.isRunning() && !m_server.terminate())
            return false;
        test::ServerProcess fast;
        if (!fast.startWithTestAccounts(m_db, kFastest))
            return false;
        test::HttpTestClient http(fast.url(), fast.signIn(UserRole::Viewer));
        if (!QTest::qWaitFor([&] { return test::serverSimTime(http) >= until; }, 60000) || !fast.terminate())
            return false;
        return startStill();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(runUntil(kStart.addDays(8)));
        const CliRun login = test::cliLogin(m_server.url().toString(), m_data, UserRole::Operator);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    }

    void anEmptyCacheSaysWhatToDo()
    {
        const QStringList range{QStringLiteral("history"), QStringLiteral("--from"), domain::toIsoUtc(m_newest.addSecs(-3600)),
                                QStringLiteral("--to"), domain::toIsoUtc(m_newest)};
        const CliRun table = runCli(cli(range));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("no energy history cached")) && table.out.contains(QStringLiteral("sync")), qPrintable(table.out));
        const CliRun json = runCli(cli(range + QStringList{QStringLiteral("--json")}));
        QCOMPARE(json.exitCode, 0);
        const auto page = EnergyHistoryPage::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object());
        QVERIFY2(page.ok(), qPrintable(json.out.left(300)));
        QVERIFY(page.value().points.isEmpty());
        QVERIFY(json.err.contains(QStringLiteral("no energy history cached")));
    }

    void syncCachesSevenDaysThenWhatCameSince()
    {
        const CliRun first = runCli(cli({QStringLiteral("sync")}, true));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(minutesIn(first.out), 7 * 1440);
        QVERIFY2(first.out.contains(kstMinute(m_newest)), qPrintable(first.out));
        const CliRun again = runCli(cli({QStringLiteral("sync")}, true));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(minutesIn(again.out), 0);

        // Five simulated hours later: a sync brings exactly those minutes.
        const QDateTime before = m_newest;
        QVERIFY(runUntil(m_newest.addSecs(5 * 3600)));
        const CliRun later = runCli(cli({QStringLiteral("sync")}, true));
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
        QCOMPARE(minutesIn(later.out), int(before.secsTo(m_newest) / 60));
        QVERIFY2(later.out.contains(QStringLiteral("(10080 minutes)")), qPrintable(later.out));
    }

    void historyFromTheCacheIsTheMeanOfTheServersMinutes()
    {
        const QDateTime to = QDateTime::fromSecsSinceEpoch(m_newest.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
        const QDateTime from = to.addSecs(-6 * 3600);
        QString error;
        const auto minutes = test::fetchAllMinutes(*m_http, from, to, &error);
        QVERIFY2(minutes, qPrintable(error));
        const QStringList range{QStringLiteral("history"), QStringLiteral("--from"), domain::toIsoUtc(from), QStringLiteral("--to"),
                                domain::toIsoUtc(to), QStringLiteral("--step"), QStringLiteral("1h")};
        const CliRun json = runCli(cli(range + QStringList{QStringLiteral("--json")}));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QVERIFY2(json.err.contains(QStringLiteral("from the local cache (offline)")), qPrintable(json.err));
        const auto page = EnergyHistoryPage::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object());
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QCOMPARE(page.value().points.size(), 6);
        QCOMPARE(page.value().columns, minutes->columns);
        for (const auto &p : page.value().points) {
            const auto expected = test::meanOfMinutes(minutes->points, p.timestamp, 3600);
            QVERIFY(expected);
            QVERIFY2(test::largestDifference(p, *expected) <= 0.005 + 1e-9, qPrintable(p.timestamp.toString(Qt::ISODate)));
        }

        // The table: a header, a row an hour in Jeju time, and where it came from.
        const CliRun table = runCli(cli(range));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 + 6 + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("TIME KST")) && lines[0].contains(QStringLiteral("CURTAILED MWH")));
        const QStringList cells = lines[2].split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(cells[0] + u' ' + cells[1], kstMinute(from));
        QCOMPARE(cells[2], QStringLiteral("60"));
        QCOMPARE(cells[3], QString::number(page.value().points[0].demandMw, 'f', 2));
        // The last column: the hour's carbon intensity, demand-weighted like the server's.
        QVERIFY(lines[0].endsWith(QStringLiteral("CO2 G/KWH")));
        QVERIFY(page.value().points[0].carbonGPerKwh.has_value());
        QCOMPARE(cells.last(), QString::number(*page.value().points[0].carbonGPerKwh, 'f', 1));
        QVERIFY2(lines.last().contains(QStringLiteral("6 points at 1h from the local cache (offline)")), qPrintable(lines.last()));
    }

    void historyFromTheServerAndBackToTheCache()
    {
        const QDateTime to = QDateTime::fromSecsSinceEpoch(m_newest.toSecsSinceEpoch() / 900 * 900, Qt::UTC);
        const QStringList range{QStringLiteral("history"), QStringLiteral("--from"), domain::toIsoUtc(to.addSecs(-3600)),
                                QStringLiteral("--to"), domain::toIsoUtc(to), QStringLiteral("--step"), QStringLiteral("15m"),
                                QStringLiteral("--json")};
        const CliRun served = runCli(cli(range, true));
        QVERIFY2(served.exitCode == 0, qPrintable(served.err));
        QVERIFY2(served.err.contains(QStringLiteral("from the server")), qPrintable(served.err));
        const auto fromServer = EnergyHistoryPage::fromJson(QJsonDocument::fromJson(served.out.toUtf8()).object());
        QVERIFY(fromServer.ok());
        QCOMPARE(fromServer.value().points.size(), 4);
        QCOMPARE(fromServer.value(), EnergyHistoryPage::fromJson(test::getHistory(*m_http, to.addSecs(-3600), to, QStringLiteral("15m")).json).value());

        m_server.kill();
        const CliRun fallback = runCli(cli(range, true));
        QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err));
        QVERIFY2(fallback.err.contains(QStringLiteral("showing the local cache")), qPrintable(fallback.err));
        const auto fromCache = EnergyHistoryPage::fromJson(QJsonDocument::fromJson(fallback.out.toUtf8()).object());
        QVERIFY(fromCache.ok());
        QCOMPARE(fromCache.value().points, fromServer.value().points);
        QVERIFY(startStill());
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::addRow("no --to") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-01-05T00:00Z")} << "--to";
        QTest::addRow("no zone") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-01-05T00:00"),
                                                QStringLiteral("--to"), QStringLiteral("2024-01-06T00:00Z")} << "--from";
        QTest::addRow("unknown step") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-01-05T00:00Z"),
                                                     QStringLiteral("--to"), QStringLiteral("2024-01-06T00:00Z"), QStringLiteral("--step"), QStringLiteral("2m")}
                                      << "--step";
        QTest::addRow("over the limit") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-01-01T00:00Z"),
                                                       QStringLiteral("--to"), QStringLiteral("2024-01-09T00:00Z")} << "at most 7 days";
        QTest::addRow("backwards") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-01-05T00:00Z"),
                                                  QStringLiteral("--to"), QStringLiteral("2024-01-04T00:00Z")} << "after --from";
        QTest::addRow("--step on list") << QStringList{QStringLiteral("list"), QStringLiteral("assets"), QStringLiteral("--step"), QStringLiteral("1h")}
                                        << "only applies to history";
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const CliRun r = runCli(cli(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
