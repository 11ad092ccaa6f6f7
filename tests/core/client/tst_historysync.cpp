// SPDX-License-Identifier: MIT
// The console's energy history against the real server: a fresh cache fills exactly the last
// seven days, and after a connection lost for a day and a half of simulated time the engine asks
// for exactly the minutes it missed, page after page — the cache is then contiguous, holds seven
// days and equals the server's history. A page cut off mid-answer (a real TCP proxy) or damaged
// (a hand-made answer the real server never gives) is refused and what was cached stays.
#include "client/historyfill.h"
#include "client/restclient.h"
#include "client/store.h"
#include "client/syncengine.h"
#include "faultproxy.h"
#include "fixedtokens.h"
#include "historyfixtures.h"
#include "httptestclient.h"
#include "rawhttppeer.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using namespace std::chrono_literals;
using domain::EnergyHistoryPage;
using test::HttpReply;

namespace {
test::FixedTokens s_tokens;
// 2024-01-01 00:00 KST.
const QDateTime kStart(QDate(2023, 12, 31), QTime(15, 0), Qt::UTC);
const QStringList kFastest = {QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                              QStringLiteral("--rate-limit"), QStringLiteral("0")};
const QStringList kMinuteASecond = {QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--tick-ms"), QStringLiteral("250"),
                                    QStringLiteral("--rate-limit"), QStringLiteral("0")};
// Nothing moves while the test looks (60 ms of simulated time a minute).
const QStringList kStill = {QStringLiteral("--speed"), QStringLiteral("0.001"), QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0")};

/// Empty when the cache holds one minute after another from its oldest to its newest, at most
/// seven days of them, each equal to the server's; else what is wrong.
QString compareWithServer(client::Store &store, const QUrl &server)
{
    const QDateTime oldest = store.oldestHistoryMinute(), newest = store.newestHistoryMinute();
    if (!oldest.isValid())
        return QStringLiteral("the cache has no history");
    const qint64 count = store.historyMinutes();
    if (count != oldest.secsTo(newest) / 60 + 1)
        return QStringLiteral("%1 minutes from %2 to %3: holes").arg(count).arg(oldest.toString(Qt::ISODate), newest.toString(Qt::ISODate));
    if (oldest.secsTo(newest) > 7 * 86400 - 60)
        return QStringLiteral("more than seven days: %1 to %2").arg(oldest.toString(Qt::ISODate), newest.toString(Qt::ISODate));
    const auto cached = store.history(oldest, newest.addSecs(60));
    if (!cached.ok())
        return cached.error().toString();
    test::HttpTestClient http(server, s_tokens.accessToken());
    QString error;
    const auto served = test::fetchAllMinutes(http, oldest, newest.addSecs(60), &error);
    if (!served)
        return error;
    if (served->columns != cached.value().columns)
        return QStringLiteral("the columns differ");
    if (served->points.size() != cached.value().points.size())
        return QStringLiteral("%1 minutes cached, %2 on the server").arg(cached.value().points.size()).arg(served->points.size());
    for (qsizetype i = 0; i < served->points.size(); ++i) {
        if (!(served->points[i] == cached.value().points[i]))
            return QStringLiteral("the minute %1 differs").arg(served->points[i].timestamp.toString(Qt::ISODate));
    }
    return {};
}

QDateTime balanceMinute(test::HttpTestClient &http)
{
    return QDateTime::fromString(http.get(QStringLiteral("/api/v1/energy/balance")).json.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
}
} // namespace

class TestHistorySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    /// The server on the shared database, at `speed`; the test's token is valid on every start.
    bool startServer(test::ServerProcess &server, const QStringList &args)
    {
        if (!server.startWithTestAccounts(m_db, args + QStringList{QStringLiteral("--start"), domain::toIsoUtc(kStart)})) {
            qWarning().noquote() << server.errorString();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("server.sqlite"));
        // Nine simulated days of history to start from.
        test::ServerProcess fast;
        QVERIFY(startServer(fast, kFastest));
        QVERIFY(s_tokens.signIn(fast));
        test::HttpTestClient http(fast.url(), s_tokens.accessToken());
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kStart.addDays(9), 60000);
        QVERIFY(fast.terminate());
    }

    void sevenDaysThenExactlyTheGap()
    {
        client::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("console.sqlite"))).ok());
        test::ServerProcess slow;
        QVERIFY(startServer(slow, kMinuteASecond));
        test::FaultProxy proxy;
        QVERIFY(proxy.start(slow.port()));
        client::SyncEngine engine(&store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setReconnectDelays(200ms, 1s);
        engine.setHistoryInterval(300ms);
        QSignalSpy asked(engine.historyFill(), &client::HistoryFill::requested);
        engine.setServerUrl(proxy.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 15000);

        // The first fill: the seven days before the minute after the caught-up balance, 240
        // minutes an answer, each request from where the answer before stopped.
        const qint64 chunk = client::HistoryFill::kPointsPerRequest * 60;
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 5000);
        const QDateTime until = asked.first().at(1).toDateTime();
        QCOMPARE(asked.first().at(0).toDateTime(), until.addDays(-7));
        QTRY_VERIFY_WITH_TIMEOUT(store.newestHistoryMinute().isValid() && store.newestHistoryMinute() >= until.addSecs(-60), 20000);
        QVERIFY(asked.size() >= 7 * 86400 / chunk);
        for (qsizetype i = 1; i < 7 * 86400 / chunk; ++i) {
            QCOMPARE(asked[i].at(0).toDateTime(), until.addDays(-7).addSecs(i * chunk));
            QCOMPARE(asked[i].at(1).toDateTime(), until);
        }
        // Live minutes are appended as they come.
        const QDateTime firstNewest = store.newestHistoryMinute();
        QTRY_VERIFY_WITH_TIMEOUT(store.newestHistoryMinute() >= firstNewest.addSecs(120), 15000);
        QCOMPARE(store.oldestHistoryMinute(), store.newestHistoryMinute().addSecs(-7 * 86400 + 60));
        QString differences = compareWithServer(store, slow.url());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));

        // The connection goes; the simulation runs on for a day and a half without us.
        proxy.setMode(test::FaultProxy::Mode::Refuse);
        proxy.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("reconnecting"), 10000);
        const QDateTime before = store.newestHistoryMinute();
        QVERIFY(slow.terminate());
        test::ServerProcess fast;
        QVERIFY(startServer(fast, kFastest));
        test::HttpTestClient fastHttp(fast.url(), s_tokens.accessToken());
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(fastHttp) >= before.addSecs(36 * 3600), 30000);
        QVERIFY(fast.terminate());
        test::ServerProcess again;
        QVERIFY(startServer(again, kStill));
        test::HttpTestClient againHttp(again.url(), s_tokens.accessToken());
        const QDateTime serverNewest = balanceMinute(againHttp);
        QVERIFY(serverNewest > before.addSecs(36 * 3600));
        QCOMPARE(store.newestHistoryMinute(), before); // nothing came meanwhile

        asked.clear();
        proxy.setUpstreamPort(again.port());
        proxy.setMode(test::FaultProxy::Mode::Pass);
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(store.newestHistoryMinute(), serverNewest, 20000);
        // Exactly the gap: from the minute after the last one cached to the minute after the
        // server's newest, each request 240 minutes after the one before, and nothing else.
        QVERIFY(!asked.isEmpty());
        for (qsizetype i = 0; i < asked.size(); ++i) {
            QCOMPARE(asked[i].at(0).toDateTime(), before.addSecs(60 + i * chunk));
            QCOMPARE(asked[i].at(1).toDateTime(), serverNewest.addSecs(60));
        }
        QCOMPARE(asked.size(), qsizetype((before.secsTo(serverNewest) + chunk - 1) / chunk));
        // Seven days again, one minute after another, the server's.
        QCOMPARE(store.oldestHistoryMinute(), serverNewest.addSecs(-7 * 86400 + 60));
        differences = compareWithServer(store, again.url());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        engine.stop();
    }

    void aCutOrDamagedPageLosesNothing()
    {
        test::ServerProcess server;
        QVERIFY(startServer(server, kStill));
        test::HttpTestClient http(server.url(), s_tokens.accessToken());
        const QDateTime newest = balanceMinute(http);
        client::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("cut.sqlite"))).ok());
        client::RestClient direct;
        direct.setBaseUrl(server.url());
        direct.setAccessTokenSource(&s_tokens);
        client::HistoryFill first(&direct, &store);
        std::optional<domain::Status> result;
        // Two days ago up to a day ago: the cache then lacks the last day.
        first.run(newest.addDays(-1), [&result](domain::Status s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        const qint64 cached = store.historyMinutes();
        const auto before = store.history(store.oldestHistoryMinute(), newest);
        QCOMPARE(cached, 7 * 1440);

        // Every answer cut off after 20 kB, in the middle of the first page's points.
        test::FaultProxy proxy;
        QVERIFY(proxy.start(server.port()));
        proxy.cutAfterServerBytes(20000);
        client::RestClient viaProxy;
        viaProxy.setBaseUrl(proxy.url());
        viaProxy.setAccessTokenSource(&s_tokens);
        client::HistoryFill cut(&viaProxy, &store);
        result.reset();
        cut.run(newest.addSecs(60), [&result](domain::Status s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QVERIFY(proxy.connectionsCut() >= 1);
        QCOMPARE(store.historyMinutes(), cached);
        QCOMPARE(store.history(store.oldestHistoryMinute(), newest).value(), before.value());

        // A damaged page: points out of order (made by hand from a real page: the server never sends one).
        const HttpReply real = test::getHistory(http, newest.addDays(-1).addSecs(-60), newest.addDays(-1).addSecs(60));
        QCOMPARE(real.status, 200);
        QJsonObject damaged = real.json;
        QJsonArray points = damaged.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 2);
        damaged.insert(QStringLiteral("points"), QJsonArray{points[1], points[0]});
        const QByteArray body = QJsonDocument(damaged).toJson(QJsonDocument::Compact);
        test::RawHttpPeer peer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                               + "\r\nConnection: close\r\n\r\n" + body);
        client::RestClient toPeer;
        toPeer.setBaseUrl(peer.url());
        toPeer.setAccessTokenSource(&s_tokens);
        client::HistoryFill damagedFill(&toPeer, &store);
        result.reset();
        damagedFill.run(newest.addDays(-1).addSecs(60), [&result](domain::Status s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().toString().contains(QStringLiteral("points[1].timestamp")), qPrintable(result->error().toString()));
        QCOMPARE(store.historyMinutes(), cached);

        // Once the network is whole again the same run fills exactly the missing day.
        proxy.cutAfterServerBytes(0);
        QSignalSpy asked(&cut, &client::HistoryFill::requested);
        result.reset();
        cut.run(newest.addSecs(60), [&result](domain::Status s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        QCOMPARE(asked.first().at(0).toDateTime(), newest.addDays(-1));
        QCOMPARE(store.newestHistoryMinute(), newest);
        const QString differences = compareWithServer(store, server.url());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
};

QTEST_GUILESS_MAIN(TestHistorySync)
#include "tst_historysync.moc"
