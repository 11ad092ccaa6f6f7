// SPDX-License-Identifier: MIT
// /ready in process, where the test can stop the simulation and close the database under it:
// 503 not_ready before the simulation runs, after it stopped and when the database is gone;
// 200 only while everything works. (The real server's 200 is checked in tst_commands.)
#include "api/restapi.h"
#include "http/apiserver.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/store.h"
#include "httptestclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace et::backend;

class TestReady : public QObject
{
    Q_OBJECT

    static QString reason(const et::test::HttpReply &r)
    {
        return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }

private slots:
    void readyOnlyWhileEverythingWorks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDateTime start(QDate(2024, 4, 13), QTime(0, 0), Qt::UTC);
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto seed = SeedData::fromAssetsJson(f.readAll(), start);
        QVERIFY(seed.ok());
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("ready.sqlite"))).ok());
        Simulation simulation(store, seed.value(), 1);
        QVERIFY(simulation.initialize(start).ok());
        ApiServer server;
        RestApi api(store, simulation);
        api.registerRoutes(server);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        et::test::HttpTestClient http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));

        auto notReady = http.get(QStringLiteral("/api/v1/ready"));
        QCOMPARE(notReady.status, 503);
        QCOMPARE(notReady.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not_ready"));
        QCOMPARE(reason(notReady), QStringLiteral("the simulation is not running"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200); // alive all the same

        simulation.start(1.0, 1000);
        const auto ready = http.get(QStringLiteral("/api/v1/ready"));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));

        store.close();
        const auto noDatabase = http.get(QStringLiteral("/api/v1/ready"));
        QCOMPARE(noDatabase.status, 503);
        QVERIFY2(reason(noDatabase).contains(QStringLiteral("database")), qPrintable(reason(noDatabase)));

        simulation.stop();
        QCOMPARE(http.get(QStringLiteral("/api/v1/ready")).status, 503);
    }
};

QTEST_GUILESS_MAIN(TestReady)
#include "tst_ready.moc"
