// SPDX-License-Identifier: MIT
// kill -9 of the backend while commands are queued and events flow: the console keeps working
// from its cache, queues new commands, reconnects when the backend is back, and every command is
// applied exactly once; afterwards the cache matches the server. The same for suggestions of the
// truck dispatch accepted from the synced plan: each becomes exactly one order for its truck,
// site and energy.
#include "httptestclient.h"
#include "serverprocess.h"
#include "syncharness.h"

#include "domain/dispatchorder.h"

#include <QJsonArray>
#include <cmath>

#include <QTest>

using namespace et;

namespace {
// Events flow: trucks move every tick, the grid every simulated minute.
const QStringList kBusy = {QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--tick-ms"), QStringLiteral("200")};
const QStringList kTargets = {QStringLiteral("wind-gasiri"), QStringLiteral("wind-hangyeong"), QStringLiteral("solar-03"),
                              QStringLiteral("wind-seongsan"), QStringLiteral("solar-07"), QStringLiteral("wind-tamra")};
} // namespace

class TestFaultBackendKill : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandIsAppliedOnceAcrossAKill()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")), kBusy), qPrintable(server.errorString()));
        test::SyncHarness console;
        QString error;
        QVERIFY2(console.open(server.url(), &error), qPrintable(error));
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline(), 15000);
        const QStringList trucks = console.freeTrucks();
        QVERIFY2(trucks.size() >= 6, qPrintable(trucks.join(u',')));

        // Three orders, and the server dies while they are on their way.
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << console.queueOrder(trucks.at(i), kTargets.at(i), 40.0);
        QVERIFY(!ids.contains(QString()));
        QTest::qWait(30); // some leave, some are still queued: both paths are covered
        server.kill();

        // The console goes on from its cache: it shows what it knows and takes more commands.
        QTRY_VERIFY_WITH_TIMEOUT(!console.isOnline(), 10000);
        QVERIFY(!console.store().trucks().isEmpty());
        for (int i = 3; i < 6; ++i)
            ids << console.queueOrder(trucks.at(i), kTargets.at(i), 40.0);
        QVERIFY(!console.queueCancel(ids.at(0)).isEmpty());
        QCOMPARE(console.store().orders().size(), 6);
        QVERIFY(console.store().outboxSize() >= 4);

        QVERIFY2(server.restart(true), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline() && console.store().outboxSize() == 0, 30000);

        QVERIFY2(console.store().rejections().isEmpty(),
                 qPrintable(console.store().rejections().value(0).reason));
        test::HttpTestClient http(server.url());
        http.setBearer(server.signIn(domain::UserRole::Operator));
        const QHash<QString, int> onServer = test::serverOrderIds(http);
        QCOMPARE(onServer.size(), ids.size());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(onServer.value(id) == 1, qPrintable(id));
        const test::HttpReply first = http.get(QStringLiteral("/api/v1/orders"));
        bool cancelled = false;
        for (const QJsonValue &v : first.json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == ids.at(0))
                cancelled = v.toObject().value(QStringLiteral("status")).toString() == u"cancelled";
        }
        QVERIFY2(cancelled, "the cancellation queued while the server was down did not arrive");

        const QString differences = test::compareCacheWithServer(console.cachePath(), http, console.store());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void acceptedSuggestionsAreAppliedOnceAcrossAKill()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        // A spring morning when Jeju curtails, the clock at 60×: there are suggestions to accept.
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")),
                                              kBusy + QStringList{QStringLiteral("--start"), QStringLiteral("2025-04-12T00:00:00Z")}),
                 qPrintable(server.errorString()));
        test::SyncHarness console;
        QString error;
        QVERIFY2(console.open(server.url(), &error), qPrintable(error));
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline() && console.store().dispatchPlan().has_value(), 15000);
        const auto plan = console.store().dispatchPlan();
        QVERIFY(plan && plan->suggestions.size() >= 2);

        QHash<QString, domain::dispatch::DispatchSuggestion> accepted; // by order id
        const auto suggestions = plan->suggestions.mid(0, 3);
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            accepted.insert(console.queueSuggestion(suggestions[i]), suggestions[i]);
            if (i == 0) {
                QTest::qWait(30); // the first may leave, the rest are queued while the server is down
                server.kill();
            }
        }
        QVERIFY(!accepted.contains(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!console.isOnline(), 10000);
        QVERIFY2(server.restart(true), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(console.isOnline() && console.store().outboxSize() == 0, 30000);
        QVERIFY2(console.store().rejections().isEmpty(), qPrintable(console.store().rejections().value(0).reason));

        test::HttpTestClient http(server.url());
        http.setBearer(server.signIn(domain::UserRole::Operator));
        const QHash<QString, int> onServer = test::serverOrderIds(http);
        QCOMPARE(onServer.size(), accepted.size());
        for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray()) {
            const auto order = domain::DispatchOrder::fromJson(v);
            QVERIFY(order.ok());
            QVERIFY2(accepted.contains(order.value().id) && onServer.value(order.value().id) == 1, qPrintable(order.value().id));
            const auto &s = accepted[order.value().id];
            QCOMPARE(order.value().truckId, s.truckId);
            QCOMPARE(order.value().targetAssetId, s.task.siteId);
            QCOMPARE(order.value().kwh, std::round(s.pairing.parts.energyKwh));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultBackendKill)
#include "tst_faultbackendkill.moc"
