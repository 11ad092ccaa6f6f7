// SPDX-License-Identifier: MIT
// A network that drops connections, stalls (a dead link that sends no FIN) and cuts connections in
// the middle of a message, between a console and the real server, while orders are given and
// events flow: no event is lost (the cache matches the server afterwards) and no command is doubled.
#include "faultproxy.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "syncharness.h"

#include <QRandomGenerator>
#include <QTest>

using namespace et;

namespace {
const QStringList kBusy = {QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--tick-ms"), QStringLiteral("200")};
const QStringList kTargets = {QStringLiteral("wind-gasiri"), QStringLiteral("wind-hangyeong"), QStringLiteral("solar-03"),
                              QStringLiteral("wind-seongsan"), QStringLiteral("solar-07"), QStringLiteral("wind-tamra"),
                              QStringLiteral("solar-11"), QStringLiteral("wind-dongbok")};
} // namespace

class TestFaultNetwork : public QObject
{
    Q_OBJECT
private slots:
    void dropsStallsAndCutsLoseNothing()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")), kBusy), qPrintable(server.errorString()));
        test::FaultProxy proxy;
        QVERIFY(proxy.start(server.port()));
        test::SyncHarness console;
        QString error;
        QVERIFY2(console.open(proxy.url(), &error), qPrintable(error));
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline(), 15000);
        const QStringList trucks = console.freeTrucks();
        QVERIFY2(trucks.size() >= kTargets.size(), qPrintable(trucks.join(u',')));

        QRandomGenerator rng(20261202); // the same faults every run
        QStringList ids;
        for (int cycle = 0; cycle < 8; ++cycle) {
            ids << console.queueOrder(trucks.at(cycle), kTargets.at(cycle), 30.0);
            switch (cycle % 4) {
            case 0: // every connection reset at once
                QTest::qWait(int(rng.bounded(50, 300)));
                proxy.dropAll();
                break;
            case 1: // a dead link: nothing moves, nothing closes, for longer than the keepalive allows
                proxy.setMode(test::FaultProxy::Mode::Stall);
                QTest::qWait(3500);
                proxy.setMode(test::FaultProxy::Mode::Pass);
                break;
            case 2: // connections die in the middle of a message from the server
                proxy.cutAfterServerBytes(rng.bounded(40, 4000));
                proxy.dropAll();
                QTest::qWait(1500);
                proxy.cutAfterServerBytes(0);
                break;
            case 3: // the server's host cannot be reached for a while
                proxy.setMode(test::FaultProxy::Mode::Refuse);
                proxy.dropAll();
                QTest::qWait(1200);
                proxy.setMode(test::FaultProxy::Mode::Pass);
                break;
            }
            QTest::qWait(int(rng.bounded(300, 900)));
        }
        QVERIFY2(proxy.connectionsCut() > 0, "no connection was cut mid-message");
        proxy.setMode(test::FaultProxy::Mode::Pass);
        proxy.cutAfterServerBytes(0);
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline() && console.store().outboxSize() == 0, 30000);

        QVERIFY2(console.store().rejections().isEmpty(), qPrintable(console.store().rejections().value(0).reason));
        test::HttpTestClient http(server.url());
        http.setBearer(server.signIn(domain::UserRole::Operator));
        const QHash<QString, int> onServer = test::serverOrderIds(http);
        QCOMPARE(onServer.size(), ids.size());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(onServer.value(id) == 1, qPrintable(id));
        const QString differences = test::compareCacheWithServer(console.cachePath(), http, console.store());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
};

QTEST_GUILESS_MAIN(TestFaultNetwork)
#include "tst_faultnetwork.moc"
