// SPDX-License-Identifier: MIT
// `energytruck-cli forecast`, the real binary against the real server: with --server it syncs and
// prints the forecast the server serves (--json: exactly GET /api/v1/energy/forecast's, decoded
// and compared field by field); without a server (or with the server gone) it prints the cached
// one with its issue time; an empty cache says what to do.
#include "cliprocess.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "springserver.h"
#include "testfixtures.h"

#include "domain/energy/forecastjson.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using domain::energy::ForecastJson;
using test::CliRun;
using test::runCli;

class TestCliForecast : public QObject
{
    Q_OBJECT

    test::SpringServer m_spring;
    test::ServerProcess &m_server = m_spring.server();

    QStringList cli(const QStringList &args, bool withServer) const { return m_spring.cli(args, withServer); }

private slots:
    void initTestCase()
    {
        const QString problem = m_spring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void anEmptyCacheSaysWhatToDo()
    {
        const CliRun run = runCli(cli({QStringLiteral("forecast")}, false));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("sync")), qPrintable(run.err));
    }

    void withTheServerItPrintsTheServersForecast()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const auto served = ForecastJson::fromJson(http.get(QStringLiteral("/api/v1/energy/forecast")).json);
        QVERIFY2(served.ok(), qPrintable(served.ok() ? QString() : served.error().toString()));
        const CliRun json = runCli(cli({QStringLiteral("forecast"), QStringLiteral("--json")}, true));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const auto printed = ForecastJson::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object());
        QVERIFY2(printed.ok(), qPrintable(json.out.left(300)));
        QVERIFY(printed.value() == served.value());

        const CliRun table = runCli(cli({QStringLiteral("forecast")}, true));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QString issued = served.value().issued.addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(table.out.contains(QStringLiteral("issued %1 KST").arg(issued)), qPrintable(table.out.left(400)));
        // One row per hour of the next 24, each starting with its KST time.
        const QString firstHour = served.value().hours.first().time.addSecs(9 * 3600).toString(QStringLiteral("MM-dd HH:mm"));
        const QString lastHour = served.value().hours.at(23).time.addSecs(9 * 3600).toString(QStringLiteral("MM-dd HH:mm"));
        QVERIFY(table.out.contains(firstHour) && table.out.contains(lastHour));
        QCOMPARE(table.out.contains(QStringLiteral("no curtailment expected")), served.value().windows.isEmpty());
    }

    void withoutTheServerTheCachedOneAnswers()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const auto served = ForecastJson::fromJson(http.get(QStringLiteral("/api/v1/energy/forecast")).json).value();
        QVERIFY(m_server.terminate());
        const CliRun offline = runCli(cli({QStringLiteral("forecast"), QStringLiteral("--json")}, false));
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QVERIFY(ForecastJson::fromJson(QJsonDocument::fromJson(offline.out.toUtf8()).object()).value() == served);
        // The server gone but named: it says so and still answers from the cache.
        const CliRun gone = runCli(cli({QStringLiteral("forecast"), QStringLiteral("--json")}, true));
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
        QVERIFY(ForecastJson::fromJson(QJsonDocument::fromJson(gone.out.toUtf8()).object()).value() == served);
        QVERIFY2(!gone.err.isEmpty(), "no word that the server was not reached");
    }
};

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cliforecast.moc"
