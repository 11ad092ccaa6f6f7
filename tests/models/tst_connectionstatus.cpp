// SPDX-License-Identifier: MIT
// ConnectionStatus: offline mode counts data age from the cache, and with a real server the
// state follows the sync engine (online, then reconnecting when the server is killed).
#include "client/syncengine.h"
#include "connectionstatus.h"
#include "fixedtokens.h"
#include "serverprocess.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private slots:
    void ageTextUnits();
    void offlineModeWithoutData();
    void offlineModeCountsAgeFromTheCache();
    void followsTheSyncEngine();
};

void TestConnectionStatus::ageTextUnits()
{
    QCOMPARE(models::ConnectionStatus::ageText(0), QStringLiteral("0 s"));
    QCOMPARE(models::ConnectionStatus::ageText(59), QStringLiteral("59 s"));
    QCOMPARE(models::ConnectionStatus::ageText(60), QStringLiteral("1 min"));
    QCOMPARE(models::ConnectionStatus::ageText(3 * 3600 + 5 * 60 + 9), QStringLiteral("3 h 5 min"));
    QCOMPARE(models::ConnectionStatus::ageText(3 * 86400), QStringLiteral("3 days"));
}

void TestConnectionStatus::offlineModeWithoutData()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    models::ConnectionStatus status(&fixture.store(), nullptr);
    QCOMPARE(status.state(), QStringLiteral("offline"));
    QVERIFY(!status.online());
    QVERIFY(status.cacheOnly());
    QCOMPARE(status.dataAgeSeconds(), -1);
    QVERIFY(status.serverUrl().isEmpty());
}

void TestConnectionStatus::offlineModeCountsAgeFromTheCache()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    models::ConnectionStatus status(&fixture.store(), nullptr);
    QSignalSpy age(&status, &models::ConnectionStatus::ageChanged);
    QVERIFY(fixture.applySnapshot().ok());
    QVERIFY(status.lastSyncedAt().isValid());
    QVERIFY(status.dataAgeSeconds() >= 0 && status.dataAgeSeconds() <= 1);
    // The text is re-evaluated every second, without any new data.
    QTRY_VERIFY_WITH_TIMEOUT(status.dataAgeSeconds() >= 2, 5000);
    QVERIFY(age.count() >= 2);
    QCOMPARE(status.dataAgeText(), models::ConnectionStatus::ageText(status.dataAgeSeconds()));
}

void TestConnectionStatus::followsTheSyncEngine()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    QTemporaryDir serverDir;
    test::ServerProcess server;
    QVERIFY2(server.startWithTestAccounts(serverDir.filePath("server.sqlite"), {"--seed", "7"}), qPrintable(server.errorString()));
    test::FixedTokens tokens;
    QVERIFY(tokens.signIn(server));

    client::SyncEngine engine(&fixture.store());
    engine.setAccessTokenSource(&tokens);
    models::ConnectionStatus status(&fixture.store(), &engine);
    QVERIFY(!status.cacheOnly());
    engine.setServerUrl(server.url());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(status.online(), 15000);
    QCOMPARE(status.state(), QStringLiteral("online"));
    QCOMPARE(status.serverUrl(), server.url().toString());
    QVERIFY(status.dataAgeSeconds() >= 0);

    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!status.online(), 15000);
    QVERIFY(status.state() == QStringLiteral("reconnecting") || status.state() == QStringLiteral("connecting"));
    QVERIFY(!status.errorText().isEmpty());
    engine.stop();
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
