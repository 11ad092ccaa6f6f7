// SPDX-License-Identifier: MIT
// The self-check is never sent: a console syncing with the real server through a TCP proxy that
// keeps every byte, both ways, takes the self-check, ranks centers with it and sends an ordinary
// command meanwhile. No byte on the wire and no line of the server's log carries the answers or
// the needs profile; the console's traffic went on as usual (the command arrived).
#include "consolecontroller.h"
#include "faultproxy.h"
#include "serverprocess.h"
#include "syncharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace et;

class TestSelfCheckPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void theSelfCheckNeverLeavesTheConsole()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--seed"), QStringLiteral("5")}),
                 qPrintable(server.errorString()));
        test::FaultProxy proxy;
        QVERIFY(proxy.start(server.port()));
        test::SyncHarness harness;
        QString error;
        QVERIFY2(harness.open(proxy.url(), &error), qPrintable(error));
        harness.start();
        QTRY_VERIFY_WITH_TIMEOUT(harness.isOnline() && !harness.store().centers().isEmpty() && !harness.store().trucks().isEmpty(), 20000);
        models::ConsoleController console(&harness.store(), &harness.engine());

        models::SelfCheck &check = *console.selfCheck();
        QList<int> answers;
        QJsonArray array;
        for (int i = 0; i < check.questions().size(); ++i) {
            answers << (i * 5 + 2) % 4;
            array << answers.last();
            QVERIFY(check.answer(i, answers.last()));
        }
        QVERIFY(check.save());
        QVERIFY(!console.centers()->needs().isEmpty());
        const QByteArray answersJson = QJsonDocument(array).toJson(QJsonDocument::Compact);
        const QByteArray profileJson = QJsonDocument(QJsonObject::fromVariantMap(check.profile())).toJson(QJsonDocument::Compact);

        // Ordinary traffic goes on: a command is sent and synced back.
        const QStringList trucks = harness.freeTrucks();
        QVERIFY(!trucks.isEmpty());
        const QString order = harness.queueOrder(trucks.first(), QStringLiteral("wind-gasiri"), 20.0);
        QVERIFY(!order.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(harness.store().outboxSize() == 0, 30000);
        QTest::qWait(1500); // a few more event pushes and sync rounds through the proxy

        const QByteArray wire = proxy.traffic();
        QVERIFY2(wire.contains(order.toUtf8()), "the command should have passed through the proxy");
        QVERIFY(!wire.contains(answersJson));
        QVERIFY(!wire.contains(profileJson));
        for (const char *word : {"self_check", "selfCheck", "self-check", "phq9", "gad7"}) {
            QVERIFY2(!wire.contains(word), word);
            QVERIFY2(!server.stderrLog().contains(word), word);
        }
        QVERIFY(!server.stderrLog().contains(answersJson));
        QVERIFY(check.forget());
    }
};

QTEST_GUILESS_MAIN(TestSelfCheckPrivacy)
#include "tst_selfcheckprivacy.moc"
