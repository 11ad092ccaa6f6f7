// SPDX-License-Identifier: MIT
// SyncEngine against the real energytruck-server: first sync, live WebSocket events, a killed and
// restarted server, an unreachable one, and the offline case.
#include "client/outboxsender.h"
#include "client/restclient.h"
#include "client/store.h"
#include "client/syncengine.h"
#include "entityfixtures.h"
#include "fixedtokens.h"
#include "freeport.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace et;
using namespace std::chrono_literals;
using client::ConnectionState;

namespace {
/// The operator's access token, for the engine and for the test's own requests.
test::FixedTokens s_tokens;

const QStringList kStill = {QStringLiteral("--tick-ms"), QStringLiteral("60000")};
const QStringList kFast = {QStringLiteral("--speed"), QStringLiteral("600"), QStringLiteral("--tick-ms"), QStringLiteral("100")};
// A spring Sunday morning in Jeju (11:00 KST): with the default seed trucks set off at once.
const QStringList kFastMorning = kFast + QStringList{QStringLiteral("--start"), QStringLiteral("2026-04-12T02:00:00Z")};

/// GET `path` from the server and return the body, independently of the engine under test.
QJsonObject getJson(const QUrl &server, const QString &path)
{
    client::RestClient rest;
    rest.setBaseUrl(server);
    rest.setAccessTokenSource(&s_tokens);
    std::optional<domain::Result<client::RestResponse>> answer;
    QObject context;
    rest.get(path, {}, &context, [&answer](domain::Result<client::RestResponse> r) { answer.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return {};
    return answer->value().body;
}

template<typename T>
QList<T> itemsById(const QJsonObject &body)
{
    QList<T> out;
    for (const QJsonValue &v : body.value(QStringLiteral("items")).toArray()) {
        auto r = T::fromJson(v);
        if (r.ok())
            out.append(r.value());
        else
            qWarning() << "server sent an undecodable item:" << r.error().toString();
    }
    std::sort(out.begin(), out.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return out;
}

template<typename T>
QList<T> sortedById(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

domain::Disaster registerDisaster(const QUrl &server, const QString &title)
{
    client::RestClient rest;
    rest.setBaseUrl(server);
    rest.setAccessTokenSource(&s_tokens);
    auto d = test::sampleDisaster(QStringLiteral("x"), false);
    d.title = title;
    d.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    std::optional<domain::Result<domain::Disaster>> answer;
    QObject context;
    rest.registerDisaster(d, &context, [&answer](domain::Result<domain::Disaster> r) { answer.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return {};
    return answer->value();
}

bool storeHasDisaster(const client::Store &store, const QString &id)
{
    const auto list = store.disasters();
    return std::any_of(list.begin(), list.end(), [&id](const domain::Disaster &d) { return d.id == id; });
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        QVERIFY(m_store.open(m_dir->filePath(QStringLiteral("cache.sqlite"))).ok());
    }

    void cleanup()
    {
        m_store.close();
        m_dir.reset();
    }

    void firstSyncEqualsServerLists()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        QSignalSpy states(&engine, &client::SyncEngine::stateChanged);
        QSignalSpy caughtUp(&engine, &client::SyncEngine::caughtUp);
        engine.setServerUrl(server.url());
        engine.start();
        QCOMPARE(client::toString(engine.state()), QStringLiteral("connecting"));
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(caughtUp.count() >= 1);
        QVERIFY(states.first().first().value<ConnectionState>() == ConnectionState::Connecting);
        QVERIFY(engine.lastEventAt().isValid());

        const QJsonObject health = getJson(server.url(), QStringLiteral("/health"));
        QCOMPARE(m_store.cursor(), qint64(health.value(QStringLiteral("cursor")).toDouble()));
        const auto assets = itemsById<domain::Asset>(getJson(server.url(), QStringLiteral("/assets")));
        const auto trucks = itemsById<domain::Truck>(getJson(server.url(), QStringLiteral("/trucks")));
        const auto centers = itemsById<domain::Center>(getJson(server.url(), QStringLiteral("/centers")));
        QVERIFY(assets.size() > 10);
        QVERIFY(trucks.size() > 5);
        QVERIFY(!centers.isEmpty());
        QCOMPARE(sortedById(m_store.assets()), assets);
        QCOMPARE(sortedById(m_store.trucks()), trucks);
        QCOMPARE(sortedById(m_store.centers()), centers);
        QCOMPARE(sortedById(m_store.disasters()), itemsById<domain::Disaster>(getJson(server.url(), QStringLiteral("/disasters"))));
        auto balance = domain::EnergyBalance::fromJson(getJson(server.url(), QStringLiteral("/energy/balance")));
        QVERIFY2(balance.ok(), qPrintable(balance.error().toString()));
        QVERIFY(m_store.balance().has_value());
        QCOMPARE(*m_store.balance(), balance.value());
    }

    void liveEventsLandInStore()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kFastMorning), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        QSignalSpy caughtUp(&engine, &client::SyncEngine::caughtUp);
        QSignalSpy changed(&m_store, &client::Store::changed);
        engine.setServerUrl(server.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(caughtUp.count() >= 1);
        QTest::qWait(300); // let a delta for changes made during the subscription settle
        const qint64 start = m_store.cursor();
        const int catchUps = int(caughtUp.count());
        QSignalSpy commits(&m_store, &client::Store::syncStateChanged);
        QVERIFY(m_store.balance().has_value());
        const QDateTime firstBalance = m_store.balance()->timestamp;
        const QList<domain::Truck> trucksAtStart = m_store.trucks();
        QVERIFY(!trucksAtStart.isEmpty());
        auto aTruckMoved = [this, &trucksAtStart] {
            const QList<domain::Truck> now = m_store.trucks();
            for (const auto &t : now) {
                for (const auto &before : trucksAtStart) {
                    if (t.id == before.id && (t.lat != before.lat || t.lon != before.lon))
                        return true;
                }
            }
            return false;
        };

        // The simulation moves on every 100 ms; each tick must arrive as events over the socket.
        QTRY_VERIFY_WITH_TIMEOUT(m_store.cursor() > start + 50, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store.balance()->timestamp > firstBalance, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(aTruckMoved(), 10000);
        // Consecutive cursors: no delta fetch was needed, so everything came over the WebSocket.
        QCOMPARE(int(caughtUp.count()), catchUps);
        QVERIFY(!changed.isEmpty());
        // A tick's burst of events is written in one transaction, not one per event.
        const qint64 received = m_store.cursor() - start;
        QVERIFY2(commits.count() * 5 < received, qPrintable(QStringLiteral("%1 commits for %2 events").arg(commits.count()).arg(received)));

        // A disaster registered by someone else shows up through disaster.created.
        const auto disaster = registerDisaster(server.url(), QStringLiteral("강풍 경보 라이브"));
        QVERIFY(!disaster.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(storeHasDisaster(m_store, disaster.id), 5000);
        QCOMPARE(client::toString(engine.state()), QStringLiteral("online"));
    }

    void changeBetweenCatchUpAndSubscriptionIsFetched()
    {
        // A still server: the only change after the first catch-up is the one this test makes,
        // right after the catch-up and before the WebSocket subscribes — so no event carries it
        // and only the "subscribed at a newer cursor" check can bring it in.
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        QSignalSpy caughtUp(&engine, &client::SyncEngine::caughtUp);
        domain::Disaster inBetween;
        connect(&engine, &client::SyncEngine::caughtUp, this, [&] {
            if (caughtUp.count() == 1)
                inBetween = registerDisaster(server.url(), QStringLiteral("구독 직전 홍수"));
        }, Qt::DirectConnection);
        engine.setServerUrl(server.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(!inBetween.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(storeHasDisaster(m_store, inBetween.id), 5000);
        QCOMPARE(caughtUp.count(), 2);
    }

    void reconnectsAfterServerKilledAndRestarted()
    {
        const QString db = m_dir->filePath(QStringLiteral("server.db"));
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(db, kFast), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        const quint16 port = server.port();
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setReconnectDelays(100ms, 1s);
        QSignalSpy errors(&engine, &client::SyncEngine::errorOccurred);
        engine.setServerUrl(server.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        const qint64 beforeKill = m_store.cursor();
        QTRY_VERIFY_WITH_TIMEOUT(m_store.cursor() > beforeKill, 5000);

        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("reconnecting"), 5000);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(engine.lastError().contains(QStringLiteral("lost")), qPrintable(engine.lastError()));
        const qint64 atKill = m_store.cursor();
        QTest::qWait(500); // a few failed retries against the dead port
        QCOMPARE(client::toString(engine.state()), QStringLiteral("reconnecting"));

        // Same database, same port, but still: whatever the server holds, the cache must equal.
        test::ServerProcess again;
        QVERIFY2(again.startWithTestAccounts(db, kStill + QStringList{QStringLiteral("--port"), QString::number(port)}), qPrintable(again.errorString()));
        QVERIFY(s_tokens.signIn(again));
        QCOMPARE(again.port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store.cursor() >= atKill, 5000);
        const QJsonObject health = getJson(again.url(), QStringLiteral("/health"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store.cursor(), qint64(health.value(QStringLiteral("cursor")).toDouble()), 5000);
        QCOMPARE(sortedById(m_store.trucks()), itemsById<domain::Truck>(getJson(again.url(), QStringLiteral("/trucks"))));
        QCOMPARE(sortedById(m_store.assets()), itemsById<domain::Asset>(getJson(again.url(), QStringLiteral("/assets"))));

        // And live events flow again on the new connection.
        const auto disaster = registerDisaster(again.url(), QStringLiteral("재연결 후 지진"));
        QVERIFY(!disaster.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(storeHasDisaster(m_store, disaster.id), 5000);
    }

    void unreachableThenAvailable()
    {
        const quint16 port = test::unusedLoopbackPort();
        QVERIFY(port != 0);
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setReconnectDelays(100ms, 400ms);
        QSignalSpy errors(&engine, &client::SyncEngine::errorOccurred);
        engine.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("reconnecting"), 5000);
        QVERIFY2(engine.lastError().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(engine.lastError()));
        QCOMPARE(m_store.cursor(), 0);

        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill + QStringList{QStringLiteral("--port"), QString::number(port)}),
                 qPrintable(server.errorString()));
        // The engine keeps retrying meanwhile; its requests work once the token is there.
        QVERIFY(s_tokens.signIn(server));
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(m_store.cursor() > 0);
        QVERIFY(!m_store.trucks().isEmpty());
    }

    void serverBehindTheCacheGivesAFreshSnapshot()
    {
        // A cache synced up to 100000 from some server meets a fresh one (its log starts again at
        // 1): merging would keep a truck the server never had, so the cache is replaced — its
        // outbox stays.
        const auto truck = test::sampleTruck(QStringLiteral("T-old"));
        QVERIFY(m_store.applyChanges({test::upsert(domain::EntityKind::Truck, truck.id, truck.toJson(), 100000)}, 100000).ok());
        const auto order = test::sampleOrder(QStringLiteral("ord-kept0000001"), QStringLiteral("truck-01"), domain::OrderStatus::Pending);
        QVERIFY(m_store.enqueue(domain::OperatorCommand::createOrder(order, QStringLiteral("cmd-kept"))).ok());
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setReconnectDelays(5s, 5s);
        engine.setServerUrl(server.url());
        engine.start();
        engine.outboxSender()->stop(); // keep the command queued: this test is about the cache
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(m_store.cursor() < 100000);
        QVERIFY(m_store.cursor() > 0);
        const QList<domain::Truck> trucks = m_store.trucks();
        QVERIFY(!trucks.isEmpty());
        QVERIFY(std::none_of(trucks.cbegin(), trucks.cend(), [](const auto &t) { return t.id == u"T-old"; }));
        QCOMPARE(m_store.outboxSize(), 1);
    }

    void switchingServerWhileRunning()
    {
        const quint16 deadPort = test::unusedLoopbackPort();
        QVERIFY(deadPort != 0);
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setReconnectDelays(5s, 5s); // a retry must not be what brings it online
        engine.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("reconnecting"), 5000);
        engine.setServerUrl(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 4000);
        QVERIFY(!m_store.trucks().isEmpty());
    }

    void idleConnectionAsksNothing()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kStill), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        QSignalSpy requests(engine.restClient(), &client::RestClient::requestStarted);
        engine.setServerUrl(server.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QVERIFY(!requests.isEmpty()); // the catch-up went through this client
        QTest::qWait(200);
        requests.clear();
        QTest::qWait(1500);
        QVERIFY2(requests.isEmpty(), qPrintable(requests.isEmpty() ? QString() : requests.first().first().toString()));
        QCOMPARE(client::toString(engine.state()), QStringLiteral("online"));
    }

    void withoutServerTheCacheIsAllThereIs()
    {
        const auto truck = test::sampleTruck(QStringLiteral("T-cached"));
        QVERIFY(m_store.applyChanges({test::upsert(domain::EntityKind::Truck, truck.id, truck.toJson(), 5)}, 5).ok());
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        QSignalSpy errors(&engine, &client::SyncEngine::errorOccurred);
        engine.start();
        QCOMPARE(client::toString(engine.state()), QStringLiteral("offline"));
        QTest::qWait(200);
        QCOMPARE(client::toString(engine.state()), QStringLiteral("offline"));
        QCOMPARE(m_store.trucks(), QList<domain::Truck>{truck});
        QCOMPARE(m_store.cursor(), 5);
        QVERIFY(errors.isEmpty());
    }

    void stopQuietsEverything()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir->filePath(QStringLiteral("server.db")), kFast), qPrintable(server.errorString()));
        QVERIFY(s_tokens.signIn(server));
        client::SyncEngine engine(&m_store);
        engine.setAccessTokenSource(&s_tokens);
        engine.setServerUrl(server.url());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        engine.stop();
        QCOMPARE(client::toString(engine.state()), QStringLiteral("offline"));
        const qint64 stopped = m_store.cursor();
        QTest::qWait(600); // six simulation ticks
        QCOMPARE(m_store.cursor(), stopped);
        QCOMPARE(client::toString(engine.state()), QStringLiteral("offline"));
        // And it can start again and catch up what it missed.
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("online"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store.cursor() > stopped, 5000);
    }

    void waitsBehindTheSessionsRetryAfter()
    {
        // One request a second in bursts of two: the session's own client spends them and is told
        // to wait (the console's sign-in client, in the real thing).
        test::ServerProcess strict;
        QVERIFY2(strict.start(m_dir->filePath(QStringLiteral("strict.db")), kStill + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("1")}),
                 qPrintable(strict.errorString()));
        client::RestClient session;
        session.setBaseUrl(strict.url());
        domain::Error refusal;
        for (int i = 0; i < 6 && refusal.code.isEmpty(); ++i) {
            std::optional<domain::Result<client::HealthInfo>> answer;
            session.fetchHealth(this, [&answer](domain::Result<client::HealthInfo> r) { answer.emplace(std::move(r)); });
            QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000));
            if (!answer->ok())
                refusal = answer->error();
        }
        QCOMPARE(refusal.code, QStringLiteral("rate_limited"));
        const QDateTime notBefore = session.notBefore();
        QVERIFY(notBefore > QDateTime::currentDateTimeUtc());

        client::SyncEngine engine(&m_store, nullptr, &session);
        QCOMPARE(engine.restClient()->networkAccessManager(), session.networkAccessManager());
        engine.setReconnectDelays(10ms, 10ms);
        QSignalSpy sent(engine.restClient(), &client::RestClient::requestStarted);
        engine.setServerUrl(strict.url());
        engine.start();
        // Its first catch-up is refused here without asking the server, and the retry waits for
        // the wait the server asked of the session, not for the engine's own 10 ms.
        QTRY_COMPARE_WITH_TIMEOUT(client::toString(engine.state()), QStringLiteral("reconnecting"), 5000);
        QCOMPARE(sent.count(), 0);
        QVERIFY2(engine.nextRetryAt() >= notBefore, qPrintable(engine.nextRetryAt().toString(Qt::ISODateWithMs) + u' '
                                                               + notBefore.toString(Qt::ISODateWithMs)));
        engine.stop();
    }

private:
    std::optional<QTemporaryDir> m_dir;
    client::Store m_store;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
