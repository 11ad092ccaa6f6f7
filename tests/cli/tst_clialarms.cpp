// SPDX-License-Identifier: MIT
// `energytruck-cli alarms`, `alarm ack` and `alarm shelve`, the real binary against the real
// server: an outage raises alarms; `alarms --json` (after a catch-up) holds exactly the server's;
// the table groups the incident's alarms under it; an acknowledgement and a shelf reach the
// server, and offline they wait in the outbox until the next sync; bad options exit with 2 and a
// viewer's command is refused.
#include "cliprocess.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "springserver.h"
#include "testfixtures.h"

#include "domain/alarm/alarm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace et;
using namespace et::domain::alarm;
using domain::UserRole;
using test::CliRun;
using test::runCli;

class TestCliAlarms : public QObject
{
    Q_OBJECT
    test::SpringServer m_spring;
    test::ServerProcess &m_server = m_spring.server();
    QString m_incident;

    QStringList cli(const QStringList &args, bool withServer) const { return m_spring.cli(args, withServer); }

    QHash<QString, Alarm> served()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        QHash<QString, Alarm> out;
        for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/alarms")).json.value(QStringLiteral("items")).toArray()) {
            const auto a = Alarm::fromJson(v);
            if (a.ok())
                out.insert(a.value().id, a.value());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_spring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Operator));
        const QJsonObject outage{{QStringLiteral("type"), QStringLiteral("outage")}, {QStringLiteral("severity"), 5},
                                 {QStringLiteral("regions"), QJsonArray{QStringLiteral("한림읍")}}, {QStringLiteral("lat"), 33.41},
                                 {QStringLiteral("lon"), 126.26}, {QStringLiteral("radius_km"), 8.0},
                                 {QStringLiteral("started_at"), QStringLiteral("2025-04-11T00:00:00Z")},
                                 {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("title"), QStringLiteral("한림 정전")}};
        const auto made = http.post(QStringLiteral("/api/v1/disasters"), test::compactJson(outage));
        QCOMPARE(made.status, 201);
        m_incident = made.json.value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(served().contains(QStringLiteral("disaster:") + m_incident), 10000);
    }

    void listsTheServersAlarms()
    {
        const CliRun json = runCli(cli({QStringLiteral("alarms"), QStringLiteral("--json")}, true));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QHash<QString, Alarm> printed;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
            printed.insert(v.toObject().value(QStringLiteral("id")).toString(), Alarm::fromJson(v).value());
        QCOMPARE(printed, served());
        const CliRun table = runCli(cli({QStringLiteral("alarms")}, false));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("disaster:") + m_incident) && table.out.contains(QStringLiteral("urgent")),
                 qPrintable(table.out.left(800)));
        // The incident's children follow it, indented.
        QVERIFY2(table.out.contains(QStringLiteral("  asset:") + m_incident), qPrintable(table.out.left(800)));
    }

    void acknowledgeAndShelveReachTheServer()
    {
        const QString incident = QStringLiteral("disaster:") + m_incident;
        const CliRun ack = runCli(cli({QStringLiteral("alarm"), QStringLiteral("ack"), incident}, true));
        QVERIFY2(ack.exitCode == 0, qPrintable(ack.err + ack.out));
        QVERIFY(served().value(incident).state == State::AcknowledgedActive);

        QString child;
        for (const Alarm &a : served()) {
            if (a.parentId == m_incident)
                child = a.id;
        }
        QVERIFY(!child.isEmpty());
        // Offline it waits in the outbox; the next sync sends it.
        const CliRun shelve = runCli(cli({QStringLiteral("alarm"), QStringLiteral("shelve"), child, QStringLiteral("--minutes"), QStringLiteral("45"),
                                          QStringLiteral("--reason"), QStringLiteral("crew on site")}, false));
        QVERIFY2(shelve.exitCode == 0, qPrintable(shelve.err + shelve.out));
        QVERIFY(!served().value(child).shelvedUntil);
        QVERIFY(runCli(cli({QStringLiteral("sync")}, true)).exitCode == 0);
        const Alarm shelved = served().value(child);
        QVERIFY(shelved.shelvedUntil.has_value());
        QCOMPARE(shelved.shelveReason, QStringLiteral("crew on site"));
        QCOMPARE(shelved.journal.last().event, QStringLiteral("shelved"));
    }

    void badOptionsAndAViewer()
    {
        QCOMPARE(runCli(cli({QStringLiteral("alarm"), QStringLiteral("shelve"), QStringLiteral("x"), QStringLiteral("--minutes"), QStringLiteral("0"),
                             QStringLiteral("--reason"), QStringLiteral("r")}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("alarm"), QStringLiteral("shelve"), QStringLiteral("x"), QStringLiteral("--minutes"), QStringLiteral("10")}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("alarm"), QStringLiteral("snooze"), QStringLiteral("x")}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("alarm"), QStringLiteral("ack"), QStringLiteral("nothing:here")}, false)).exitCode, 1);

        QTemporaryDir viewerDir;
        const QString data = viewerDir.filePath(QStringLiteral("viewer"));
        QVERIFY(test::cliLogin(m_server.url().toString(), data, UserRole::Viewer).exitCode == 0);
        const QStringList base{QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--data-dir"), data};
        QVERIFY(runCli(base + QStringList{QStringLiteral("sync")}).exitCode == 0);
        QString open;
        for (const Alarm &a : served()) {
            if (a.state == State::UnacknowledgedActive)
                open = a.id;
        }
        QVERIFY(!open.isEmpty());
        const CliRun refused = runCli(base + QStringList{QStringLiteral("alarm"), QStringLiteral("ack"), open});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("refused")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAlarms)
#include "tst_clialarms.moc"
