// SPDX-License-Identifier: MIT
// `energytruck-cli report`, the real binary against the real server: a typhoon (1819 SOULIK on its
// real JMA track, docs/examples) is registered and its incident alarm acknowledged; the report
// made after a catch-up is a PDF whose text, read back by `pdftotext` (poppler, an independent
// reader), holds the incident's name, the server's own figures (unserved MW, trucks needed, the
// worst eup/myeon), the priority supply and the acknowledgement in the alarm journal — in English
// and in Korean. Offline it is made from the cache. An unknown incident, a bad language and an
// unwritable path fail with a reason, and a failed write leaves no file.
#include "cliprocess.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "springserver.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include "domain/hazard/incidentimpactjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::CliRun;
using test::runCli;

namespace {
/// The PDF's text as pdftotext reads it (UTF-8), or "" when it cannot.
QString pdfText(const QString &path)
{
    const CliRun run = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    return run.exitCode == 0 ? run.out : QString();
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
    test::SpringServer m_spring;
    test::ServerProcess &m_server = m_spring.server();
    QTemporaryDir m_out;
    QString m_id;
    QString m_title;

    QStringList cli(const QStringList &args, bool withServer) const { return m_spring.cli(args, withServer); }

private slots:
    void initTestCase()
    {
        const QString problem = m_spring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFile example(QStringLiteral(ET_SOURCE_DIR "/docs/examples/disaster-soulik-1819.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QJsonObject body = QJsonDocument::fromJson(example.readAll()).object();
        m_title = body.value(QStringLiteral("title")).toString();
        QVERIFY(!m_title.isEmpty());
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Operator));
        const auto made = http.post(QStringLiteral("/api/v1/disasters"), test::compactJson(body));
        QCOMPARE(made.status, 201);
        m_id = made.json.value(QStringLiteral("id")).toString();
        // The incident's alarm is raised after the registration commits.
        QTRY_COMPARE_WITH_TIMEOUT(http.post(QStringLiteral("/api/v1/alarms/disaster:%1/acknowledge").arg(m_id), "{}",
                                            test::idempotencyKey("report-ack")).status,
                                  200, 10000);
    }

    void theReportHoldsTheIncidentAndTheServersFigures()
    {
        const QString path = m_out.filePath(QStringLiteral("en.pdf"));
        const CliRun run = runCli(cli({QStringLiteral("report"), m_id, QStringLiteral("--out"), path, QStringLiteral("--lang"), QStringLiteral("en")}, true),
                                  {}, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.trimmed().endsWith(QStringLiteral("en.pdf")), qPrintable(run.out));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const auto served = domain::hazard::IncidentImpactJson::fromJson(http.get(QStringLiteral("/api/v1/disasters/%1/impact").arg(m_id)).json);
        QVERIFY2(served.ok(), qPrintable(served.error().toString()));
        const auto &impact = served.value();
        QVERIFY(impact.unservedMw > 0.0);
        QVERIFY(!impact.unservedByRegion.isEmpty());
        QVERIFY(!impact.supply.isEmpty());

        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QLocale locale; // the CLI's: both run under LC_ALL=C.UTF-8
        for (const QString &expected : {QStringLiteral("Situation report"), m_title, m_id, QStringLiteral("Unserved demand"),
                                        locale.toString(impact.unservedMw, 'f', 1) + QStringLiteral(" MW"),
                                        locale.toString(impact.deficitMwh, 'f', 1) + QStringLiteral(" MWh"),
                                        impact.unservedByRegion.first().first, impact.supply.first().name,
                                        QStringLiteral("Alarm journal"), QStringLiteral("acknowledged"),
                                        test::testAccount(UserRole::Operator).email})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("\"%1\" is not in the report's text:\n%2").arg(expected, text.left(3000))));
        QVERIFY2(text.contains(QStringLiteral("Trucks needed %1").arg(impact.trucksNeeded)), qPrintable(text.left(2000)));
    }

    void inKoreanFromTheCache()
    {
        const QString path = m_out.filePath(QStringLiteral("ko.pdf"));
        const CliRun run = runCli(cli({QStringLiteral("report"), m_id, QStringLiteral("--out"), path, QStringLiteral("--lang"), QStringLiteral("ko")}, false),
                                  {}, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QString text = pdfText(path);
        for (const QString &expected : {QStringLiteral("상황 보고서"), m_title, QStringLiteral("미공급 수요"), QStringLiteral("경보 기록")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("\"%1\" is not in the report's text:\n%2").arg(expected, text.left(2000))));
        QVERIFY(!text.contains(QStringLiteral("Situation report")));
    }

    void badRequestsFailWithAReason()
    {
        const QString path = m_out.filePath(QStringLiteral("none.pdf"));
        const CliRun unknown = runCli(cli({QStringLiteral("report"), QStringLiteral("dis-nothing"), QStringLiteral("--out"), path}, false), {}, 60000);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("dis-nothing")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(runCli(cli({QStringLiteral("report"), m_id}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("report"), m_id, QStringLiteral("--out"), path, QStringLiteral("--lang"), QStringLiteral("fr")}, false)).exitCode, 2);
        QCOMPARE(runCli(cli({QStringLiteral("alarms"), QStringLiteral("--out"), path}, false)).exitCode, 2);
        const QString nowhere = m_out.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const CliRun unwritable = runCli(
            cli({QStringLiteral("report"), m_id, QStringLiteral("--out"), nowhere, QStringLiteral("--lang"), QStringLiteral("en")}, false), {}, 60000);
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("cannot write")), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
