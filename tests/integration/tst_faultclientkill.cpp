// SPDX-License-Identifier: MIT
// kill -9 of the client between sending a command and receiving its acknowledgement: the server
// has applied it, the client never heard. After a restart the client sends it again (the command
// is still in its outbox) and the server answers from its idempotency record — applied once.
// Also: a cache cut short on disk loses no queued command. The CLI signs in once through the
// proxy (the server it knows) and every later run uses that saved login.
#include "client/accountdirectory.h"
#include "cliprocess.h"
#include "faultproxy.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {

using test::CliRun;
using test::runCli;

/// The idempotent replays the server has answered so far (its /metrics).
int replays(test::HttpTestClient &http)
{
    const QByteArray metrics = http.get(QStringLiteral("/metrics")).body;
    static const QRegularExpression line(QStringLiteral("^et_idempotent_replays_total(?:\\{[^}]*\\})? (\\d+)"),
                                         QRegularExpression::MultilineOption);
    const auto m = line.match(QString::fromUtf8(metrics));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int ordersWithId(test::HttpTestClient &http, const QString &id)
{
    int n = 0;
    for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray())
        n += v.toObject().value(QStringLiteral("id")).toString() == id ? 1 : 0;
    return n;
}

QJsonArray outbox(const QString &dataDir)
{
    const CliRun r = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("outbox"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

class TestFaultClientKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db"))), qPrintable(m_server.errorString()));
        QVERIFY(m_proxy.start(m_server.port()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
        m_data = m_dir.filePath(QStringLiteral("cli"));
        const CliRun login = test::cliLogin(m_proxy.url().toString(), m_data, domain::UserRole::Operator);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const CliRun sync = runCli({QStringLiteral("--server"), m_proxy.url().toString(), QStringLiteral("--data-dir"), m_data,
                                    QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    void killedBeforeTheAnswerAppliesOnce()
    {
        test::HttpTestClient http(m_server.url());
        http.setBearer(m_token);
        const int replaysBefore = replays(http);
        QVERIFY2(replaysBefore >= 0, "the server does not count idempotent replays");

        // The order reaches the server; its answer is held, as on a link that died just then. (The
        // renewal of the CLI's login before it gets its answer: a client killed while renewing
        // would lose its login, as a one-use refresh token must.)
        const QString truck = test::freeTruckInCache(m_data);
        QVERIFY(!truck.isEmpty());
        m_taken << truck;
        m_proxy.holdRepliesAfter("POST /api/v1/orders ");
        QProcess cli;
        cli.start(test::cliBinaryPath(), {QStringLiteral("--server"), m_proxy.url().toString(), QStringLiteral("--data-dir"), m_data,
                         QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), truck,
                         QStringLiteral("--kind"), QStringLiteral("charge"), QStringLiteral("--target"), QStringLiteral("wind-gasiri"),
                         QStringLiteral("--kwh"), QStringLiteral("60")});
        QString printed;
        QString orderId;
        QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(cli.readAllStandardOutput()), printed.contains(QStringLiteral("key cmd-"))), 10000);
        orderId = QRegularExpression(QStringLiteral("order (ord-[a-z0-9-]+)")).match(printed).captured(1);
        QVERIFY2(!orderId.isEmpty(), qPrintable(printed));
        QTRY_COMPARE_WITH_TIMEOUT(ordersWithId(http, orderId), 1, 10000); // applied on the server
        cli.kill(); // SIGKILL while it waits for the answer
        QVERIFY(cli.waitForFinished(5000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        // Still queued in the client's cache, with the same key.
        const QJsonArray queued = outbox(m_data);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).toObject().value(QStringLiteral("target_id")).toString(), orderId);
        const QString key = queued.at(0).toObject().value(QStringLiteral("key")).toString();
        QVERIFY2(printed.contains(key), qPrintable(printed));

        // The next run sends it again; the server replays instead of applying it twice.
        m_proxy.setMode(test::FaultProxy::Mode::Pass);
        const CliRun sync = runCli({QStringLiteral("--server"), m_proxy.url().toString(), QStringLiteral("--data-dir"), m_data,
                                    QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("sent 1 queued commands; 0 refused; 0 still queued")), qPrintable(sync.out));
        QCOMPARE(outbox(m_data).size(), 0);
        QCOMPARE(ordersWithId(http, orderId), 1);
        QCOMPARE(replays(http), replaysBefore + 1);
        const CliRun orders = runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--json")});
        QVERIFY2(orders.out.contains(orderId) && !orders.out.contains(QStringLiteral("\"pending\"")), qPrintable(orders.out));
    }

    void serverDownLeavesTheCommandQueuedAndExitZero()
    {
        const QString truck = test::freeTruckInCache(m_data, m_taken);
        QVERIFY(!truck.isEmpty());
        m_taken << truck;
        m_proxy.setMode(test::FaultProxy::Mode::Refuse);
        const CliRun r = runCli({QStringLiteral("--server"), m_proxy.url().toString(), QStringLiteral("--data-dir"), m_data,
                                 QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), truck,
                                 QStringLiteral("--kind"), QStringLiteral("charge"), QStringLiteral("--target"), QStringLiteral("solar-03"),
                                 QStringLiteral("--kwh"), QStringLiteral("30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("stays queued")), qPrintable(r.out));
        QCOMPARE(outbox(m_data).size(), 1);
        m_proxy.setMode(test::FaultProxy::Mode::Pass);
    }

    void halfWrittenCacheKeepsItsCommands()
    {
        // One command is queued (from the previous case). Cut the last pages off the cache file,
        // as a write that stopped at a full disk would, then sync: the command, whose pages
        // SQLite can still read, reaches the server. (What SQLite cannot read at all is said to
        // be lost: tst_storerecovery covers both.)
        const QString cache = client::AccountDirectory::cachePathFor(m_data, client::AccountDirectory::serverIdentity(m_proxy.url().toString()),
                                                                     test::testAccount(domain::UserRole::Operator).email);
        QVERIFY(QFile::exists(cache));
        const QJsonArray before = outbox(m_data);
        QCOMPARE(before.size(), 1);
        const QString orderId = before.at(0).toObject().value(QStringLiteral("target_id")).toString();
        {
            QFile f(cache);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            QVERIFY(f.resize(f.size() - 4 * 4096));
        }
        const CliRun sync = runCli({QStringLiteral("--server"), m_proxy.url().toString(), QStringLiteral("--data-dir"), m_data,
                                    QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.err.contains(QStringLiteral("damaged")) && sync.err.contains(QStringLiteral("1 queued command")), qPrintable(sync.err));
        test::HttpTestClient http(m_server.url());
        http.setBearer(m_token);
        QVERIFY2(ordersWithId(http, orderId) == 1, qPrintable(sync.out + sync.err));
        QCOMPARE(QFileInfo(cache).dir().entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files).size(), 1);
        // The new cache was filled from the server.
        const CliRun trucks = runCli({QStringLiteral("--data-dir"), m_data, QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(trucks.out.toUtf8()).array().size() >= 10);
    }

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    test::FaultProxy m_proxy;
    QString m_token; ///< the operator's, for our own requests
    QString m_data;
    QStringList m_taken;
};

QTEST_GUILESS_MAIN(TestFaultClientKill)
#include "tst_faultclientkill.moc"
