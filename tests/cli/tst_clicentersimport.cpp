// SPDX-License-Identifier: MIT
// `energytruck-cli centers import`, the real binary against the real server: the shared national
// CSV (CP949) prints a row per data row — its 10 Jeju centers merged into the seeded ones, the
// other 281 skipped as outside Jeju — and the same file with its Jeju centers renamed (UTF-8)
// imports 10 new ones; a dry run of it before changes nothing; a second import merges them
// unchanged, one edited row is merged; a file cut short reports its bad row; a viewer is refused;
// a file that is not the standard data is a clear error.
#include "cliprocess.h"
#include "httptestclient.h"
#include "springserver.h"
#include "testfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::CliRun;
using test::runCli;

namespace {
QByteArray sharedCsv()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The shared file in UTF-8 with every Jeju center renamed (a new stable key each).
QString renamedJeju()
{
    QString text = QStringDecoder("windows-949").decode(sharedCsv());
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.contains(u",제주특별자치도 "))
            line.replace(0, line.indexOf(u','), line.left(line.indexOf(u',')) + QStringLiteral(" (신규)"));
    }
    return lines.join(u'\n');
}

QJsonObject report(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}
} // namespace

class TestCliCentersImport : public QObject
{
    Q_OBJECT
    test::SpringServer m_spring;
    QTemporaryDir m_files;

    QStringList cli(const QStringList &args) const { return m_spring.cli(args, true); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    int centersOnServer()
    {
        test::HttpTestClient http(m_spring.server().url(), m_spring.server().signIn(UserRole::Viewer));
        return http.get(QStringLiteral("/api/v1/centers")).json.value(QStringLiteral("total")).toInt();
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_spring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theSharedFileReportsEveryRow()
    {
        const QString path = write(QStringLiteral("published.csv"), sharedCsv());
        const CliRun json = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), path, QStringLiteral("--json")}));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject r = report(json);
        QCOMPARE(r.value(QStringLiteral("rows_read")).toInt(), 291);
        QCOMPARE(r.value(QStringLiteral("rows")).toArray().size(), 291);
        QCOMPARE(r.value(QStringLiteral("unchanged")).toInt(), 10); // the seeded centers are these
        QCOMPARE(r.value(QStringLiteral("outside_jeju")).toInt(), 281);
        QCOMPARE(r.value(QStringLiteral("skipped")).toInt(), 281);
        const QJsonObject second = r.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(second.value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));
        QCOMPARE(second.value(QStringLiteral("reason")).toString(), QStringLiteral("outside_jeju"));
        const CliRun text = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), path}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("제주시정신건강복지센터")) && text.out.contains(QStringLiteral("skipped: outside Jeju")),
                 qPrintable(text.out.left(600)));
        QVERIFY2(text.out.contains(QStringLiteral("291 rows: 0 imported, 0 merged (changed), 10 unchanged, 281 skipped (281 outside Jeju)")),
                 qPrintable(text.out.right(300)));
    }

    void importsDryRunsAndMerges()
    {
        const QString renamed = write(QStringLiteral("renamed.csv"), renamedJeju().toUtf8());
        const CliRun dry = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), renamed, QStringLiteral("--dry-run"), QStringLiteral("--json")}));
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(report(dry).value(QStringLiteral("imported")).toInt(), 10);
        QVERIFY(report(dry).value(QStringLiteral("dry_run")).toBool());
        QCOMPARE(centersOnServer(), 10);

        const CliRun real = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), renamed, QStringLiteral("--json")}));
        QVERIFY2(real.exitCode == 0, qPrintable(real.err));
        QCOMPARE(report(real).value(QStringLiteral("imported")).toInt(), 10);
        QCOMPARE(centersOnServer(), 20);
        const CliRun again = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), renamed, QStringLiteral("--json")}));
        QCOMPARE(report(again).value(QStringLiteral("unchanged")).toInt(), 10);
        QCOMPARE(centersOnServer(), 20);

        QString edited = renamedJeju();
        edited.replace(QStringLiteral("064-760-6478"), QStringLiteral("064-760-0000")); // one row's phone
        const CliRun merged = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), write(QStringLiteral("edited.csv"), edited.toUtf8()),
                                          QStringLiteral("--json")}));
        QCOMPARE(report(merged).value(QStringLiteral("merged")).toInt(), 1);
        QCOMPARE(report(merged).value(QStringLiteral("unchanged")).toInt(), 9);
        QCOMPARE(centersOnServer(), 20);
        // And the sync brings them to the CLI's own cache.
        QVERIFY(runCli(cli({QStringLiteral("sync")})).exitCode == 0);
        const CliRun listed = runCli(m_spring.cli({QStringLiteral("list"), QStringLiteral("centers"), QStringLiteral("--json")}, false));
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 20);
    }

    void badFilesAndAViewer()
    {
        QString cutText = renamedJeju();
        cutText.truncate(cutText.indexOf(QStringLiteral("서부보건소 건강증진센터")) + 50);
        const QByteArray cut = cutText.toUtf8();
        const CliRun half = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), write(QStringLiteral("cut.csv"), cut), QStringLiteral("--dry-run")}));
        QVERIFY2(half.exitCode == 0, qPrintable(half.err));
        QVERIFY2(half.out.contains(QStringLiteral("skipped: has ")) && half.out.contains(QStringLiteral("fields, the header has 24")), qPrintable(half.out.right(500)));
        const CliRun notData = runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), write(QStringLiteral("x.csv"), "name,lat\nx,1\n")}));
        QCOMPARE(notData.exitCode, 1);
        QVERIFY2(notData.err.contains(QStringLiteral("건강증진센터명")), qPrintable(notData.err));
        QCOMPARE(runCli(cli({QStringLiteral("centers"), QStringLiteral("import"), m_files.filePath(QStringLiteral("missing.csv"))})).exitCode, 1);
        QCOMPARE(runCli(cli({QStringLiteral("centers"), QStringLiteral("export")})).exitCode, 2);
        QCOMPARE(runCli(m_spring.cli({QStringLiteral("centers"), QStringLiteral("import"), QStringLiteral("x.csv")}, false)).exitCode, 2);

        QTemporaryDir viewerDir;
        const QString data = viewerDir.filePath(QStringLiteral("viewer"));
        QVERIFY(test::cliLogin(m_spring.server().url().toString(), data, UserRole::Viewer).exitCode == 0);
        const CliRun refused = runCli({QStringLiteral("--server"), m_spring.server().url().toString(), QStringLiteral("--data-dir"), data,
                                       QStringLiteral("centers"), QStringLiteral("import"), m_files.filePath(QStringLiteral("renamed.csv")), QStringLiteral("--dry-run")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("manage_centers")), qPrintable(refused.err));
        QCOMPARE(centersOnServer(), 20);
    }
};

QTEST_GUILESS_MAIN(TestCliCentersImport)
#include "tst_clicentersimport.moc"
