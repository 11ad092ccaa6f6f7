// SPDX-License-Identifier: MIT
// `energytruck-cli disaster create|update|resolve|impact`, the real binary against the real
// server: a typhoon from a real best track (1819 SOULIK) created from a file prints its id and the
// server then has it, rated by its hazard and assessed; `impact --json` prints exactly what
// GET /disasters/{id}/impact serves, and the table names the inspection priorities; update and
// resolve reach the server; created offline it waits in the outbox and goes out with the next
// sync; a file that is not a disaster is refused before anything is queued, with the field named;
// and a viewer's command is refused by the server.
#include "cliprocess.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "springserver.h"

#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/typhoontrackjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::CliRun;
using test::runCli;

namespace {
QJsonObject soulikBody()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the bundled best track is missing");
    const auto tracks = domain::hazard::JmaBestTrack::parse(f.readAll());
    for (const auto &t : tracks.value()) {
        if (t.name == u"SOULIK")
            return {{QStringLiteral("type"), QStringLiteral("typhoon")}, {QStringLiteral("track"), domain::hazard::TyphoonTrackJson::toJson(t)},
                    {QStringLiteral("started_at"), QStringLiteral("2025-04-11T00:00:00Z")}, {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("title"), QStringLiteral("SOULIK replay")}};
    }
    qFatal("no SOULIK in the bundled best track");
}
} // namespace

class TestCliDisaster : public QObject
{
    Q_OBJECT

    test::SpringServer m_spring;
    test::ServerProcess &m_server = m_spring.server();
    QTemporaryDir m_files;

    QStringList cli(const QStringList &args, bool withServer) const { return m_spring.cli(args, withServer); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write a test file");
        return path;
    }

    QJsonObject served(const QString &id)
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        const QString problem = m_spring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void createFromAFileThenImpactUpdateResolve()
    {
        const QString body = write(QStringLiteral("soulik.json"), QJsonDocument(soulikBody()).toJson());
        const CliRun made = runCli(cli({QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"), body, QStringLiteral("--json")}, true));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject printed = QJsonDocument::fromJson(made.out.toUtf8()).object();
        const QString id = printed.value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QStringLiteral("dis-")), qPrintable(made.out));
        QVERIFY2(made.err.contains(QStringLiteral("accepted")), qPrintable(made.err));
        const QJsonObject stored = served(id);
        QCOMPARE(stored.value(QStringLiteral("title")).toString(), QStringLiteral("SOULIK replay"));
        QVERIFY(stored.value(QStringLiteral("severity")).toInt() >= 1);
        QVERIFY(stored.contains(QStringLiteral("impact")));

        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const QJsonObject impact = http.get(QStringLiteral("/api/v1/disasters/%1/impact").arg(id)).json;
        const CliRun json = runCli(cli({QStringLiteral("disaster"), QStringLiteral("impact"), id, QStringLiteral("--json")}, true));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(), impact);
        const CliRun table = runCli(cli({QStringLiteral("disaster"), QStringLiteral("impact"), id}, false));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("typhoon_wind")) && table.out.contains(QStringLiteral("intensity (m/s)")), qPrintable(table.out.left(800)));

        const QString raise = write(QStringLiteral("raise.json"), R"({"severity":5,"description":"landfall expected"})");
        const CliRun updated = runCli(cli({QStringLiteral("disaster"), QStringLiteral("update"), id, QStringLiteral("--file"), raise}, true));
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err + updated.out));
        QCOMPARE(served(id).value(QStringLiteral("severity")).toInt(), 5);
        const CliRun resolved = runCli(cli({QStringLiteral("disaster"), QStringLiteral("resolve"), id}, true));
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err + resolved.out));
        QCOMPARE(served(id).value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    }

    void createdOfflineGoesOutWithTheNextSync()
    {
        QJsonObject body = soulikBody();
        body.insert(QStringLiteral("title"), QStringLiteral("offline"));
        const QString file = write(QStringLiteral("offline.json"), QJsonDocument(body).toJson());
        const CliRun made = runCli(cli({QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"), file}, false));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString id = made.out.section(u'\n', 0, 0).trimmed();
        QVERIFY2(id.startsWith(QStringLiteral("dis-")), qPrintable(made.out));
        QVERIFY(served(id).isEmpty());
        // The console's cache shows it at once.
        const CliRun listed = runCli(cli({QStringLiteral("list"), QStringLiteral("disasters")}, false));
        QVERIFY2(listed.out.contains(id), qPrintable(listed.out));
        const CliRun synced = runCli(cli({QStringLiteral("sync")}, true));
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(served(id).value(QStringLiteral("title")).toString(), QStringLiteral("offline"));
    }

    void aBadFileIsRefusedBeforeAnythingIsQueued()
    {
        QJsonObject body = soulikBody();
        body.insert(QStringLiteral("magnitude"), 5.0);
        const QString file = write(QStringLiteral("bad.json"), QJsonDocument(body).toJson());
        const CliRun bad = runCli(cli({QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"), file}, false));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("magnitude")), qPrintable(bad.err));
        const CliRun half = runCli(cli({QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"),
                                        write(QStringLiteral("half.json"), R"({"type":"flood")")}, false));
        QCOMPARE(half.exitCode, 1);
        QVERIFY2(half.err.contains(QStringLiteral("not a JSON object")), qPrintable(half.err));
        QCOMPARE(runCli(cli({QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"), m_files.filePath(QStringLiteral("none.json"))}, false)).exitCode, 1);
        QCOMPARE(runCli(cli({QStringLiteral("disaster"), QStringLiteral("create")}, false)).exitCode, 2);
        const CliRun outbox = runCli(cli({QStringLiteral("outbox"), QStringLiteral("--json")}, false));
        QCOMPARE(QJsonDocument::fromJson(outbox.out.toUtf8()).array().size(), 0);
    }

    void aViewerIsRefusedByTheServer()
    {
        const QString data = m_files.filePath(QStringLiteral("viewer"));
        const CliRun login = test::cliLogin(m_server.url().toString(), data, UserRole::Viewer);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const QString file = write(QStringLiteral("viewer.json"), QJsonDocument(soulikBody()).toJson());
        const CliRun made = runCli({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--data-dir"), data,
                                    QStringLiteral("disaster"), QStringLiteral("create"), QStringLiteral("--file"), file});
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.err.contains(QStringLiteral("refused")), qPrintable(made.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDisaster)
#include "tst_clidisaster.moc"
