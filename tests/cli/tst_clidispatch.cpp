// SPDX-License-Identifier: MIT
// `energytruck-cli dispatch`, the real binary against the real server on a spring morning: an empty
// cache says what to do; `dispatch suggest --json` with --server prints exactly the server's plan,
// and offline the cached one; the table names each suggestion by its short id with its truck's
// SoH; `dispatch accept` by short id queues an ordinary order for that truck, site and energy and
// sends it, and the server then has that order; an id not in the plan is refused with a message.
#include "cliprocess.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "springserver.h"
#include "testfixtures.h"

#include "dispatchreport.h"
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/dispatchorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using domain::dispatch::DispatchPlanJson;
using test::CliRun;
using test::runCli;

class TestCliDispatch : public QObject
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
        const CliRun run = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("suggest")}, false));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("sync")), qPrintable(run.err));
    }

    void suggestPrintsTheServersPlanThenTheCachedOne()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const auto served = DispatchPlanJson::fromJson(http.get(QStringLiteral("/api/v1/dispatch/suggestions")).json);
        QVERIFY2(served.ok(), qPrintable(served.error().toString()));
        QVERIFY(!served.value().suggestions.isEmpty());
        for (const bool online : {true, false}) {
            const CliRun json = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("suggest"), QStringLiteral("--json")}, online));
            QVERIFY2(json.exitCode == 0, qPrintable(json.err));
            const auto printed = DispatchPlanJson::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object());
            QVERIFY2(printed.ok(), qPrintable(json.out.left(300)));
            QVERIFY(printed.value() == served.value());
        }
        const CliRun table = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("suggest")}, false));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        for (const auto &s : served.value().suggestions)
            QVERIFY2(table.out.contains(cli::DispatchReport::shortId(s.id)), qPrintable(table.out.left(600)));
        QVERIFY2(table.out.contains(QStringLiteral("SoH")) && table.out.contains(QStringLiteral(" %")), qPrintable(table.out.left(600)));
    }

    void acceptQueuesAndSendsAnOrdinaryOrder()
    {
        const CliRun json = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("suggest"), QStringLiteral("--json")}, false));
        const auto plan = DispatchPlanJson::fromJson(QJsonDocument::fromJson(json.out.toUtf8()).object());
        QVERIFY(plan.ok() && !plan.value().suggestions.isEmpty());
        const auto &s = plan.value().suggestions.constFirst();
        const CliRun accept = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("accept"), cli::DispatchReport::shortId(s.id)}, true));
        QVERIFY2(accept.exitCode == 0, qPrintable(accept.err + accept.out));

        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const QJsonArray orders = http.get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray();
        int matching = 0;
        for (const QJsonValue &v : orders) {
            const auto o = domain::DispatchOrder::fromJson(v);
            QVERIFY2(o.ok(), qPrintable(o.error().toString()));
            if (o.value().truckId != s.truckId)
                continue;
            ++matching;
            QCOMPARE(o.value().targetAssetId, s.task.siteId);
            QCOMPARE(domain::toString(o.value().kind), s.task.kind == domain::dispatch::PlanTask::Kind::Charge ? QStringLiteral("charge") : QStringLiteral("deliver"));
            QCOMPARE(o.value().kwh, std::round(s.pairing.parts.energyKwh));
        }
        QCOMPARE(matching, 1);
    }

    void anUnknownSuggestionIsRefused()
    {
        const CliRun run = runCli(cli({QStringLiteral("dispatch"), QStringLiteral("accept"), QStringLiteral("s-000000")}, false));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no suggestion")), qPrintable(run.err));
        QCOMPARE(runCli(cli({QStringLiteral("dispatch"), QStringLiteral("accept")}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("dispatch"), QStringLiteral("wish")}, false)).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_clidispatch.moc"
