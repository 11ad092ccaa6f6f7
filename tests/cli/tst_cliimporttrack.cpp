// SPDX-License-Identifier: MIT
// `energytruck-cli disaster import-track`, the real binary, no server and no data folder: the
// bundled JMA and JTWC best tracks come out as the core reads them (the JSON decoded back equals
// JmaBestTrack's tracks read here), the table names SOULIK with its nearest approach to Jeju, and
// a missing, foreign or damaged file exits 1 with the file named.
#include "cliprocess.h"
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/typhoontrackjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using et::test::CliRun;
using et::test::runCli;
using namespace et::domain::hazard;

namespace {
const QString kJma = QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt");
const QString kJtwc = QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jtwc-besttrack-jeju-2000-2021.csv");

QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}
} // namespace

class TestCliImportTrack : public QObject
{
    Q_OBJECT
private slots:
    void jmaAsJsonEqualsTheCore()
    {
        const CliRun r = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), kJma, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray tracks = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tracks")).toArray();
        QFile f(kJma);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<TyphoonTrack> expected = JmaBestTrack::parse(f.readAll()).value();
        QCOMPARE(tracks.size(), expected.size());
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            const auto decoded = TyphoonTrackJson::fromJson(tracks.at(i));
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
            QCOMPARE(decoded.value().name, expected[i].name);
            QCOMPARE(decoded.value().points, expected[i].points);
        }
    }

    void tablesForPeople()
    {
        const CliRun jma = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), kJma});
        QVERIFY2(jma.exitCode == 0, qPrintable(describe(jma)));
        const QString soulik = jma.out.split(u'\n').filter(QStringLiteral("SOULIK")).value(0);
        QVERIFY2(soulik.contains(QStringLiteral("1819")) && soulik.contains(QStringLiteral("JMA")) && soulik.trimmed().endsWith(QStringLiteral("78")),
                 qPrintable(soulik));
        QVERIFY(jma.out.trimmed().endsWith(QStringLiteral(": 17")));
        const CliRun jtwc = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), kJtwc});
        QVERIFY2(jtwc.exitCode == 0, qPrintable(describe(jtwc)));
        QVERIFY(jtwc.out.contains(QStringLiteral("201822")));
        QVERIFY(jtwc.out.trimmed().endsWith(QStringLiteral(": 33")));
    }

    void refusesWhatIsNotATrack()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list\neggs\n");
        f.close();
        const CliRun none = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("missing.txt")), qPrintable(describe(none)));
        const CliRun other = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), foreign});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QStringLiteral("neither")), qPrintable(describe(other)));
        const QString damaged = dir.filePath(QStringLiteral("damaged.txt"));
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write("66666 1819  002 0024 1819 1 0               SOULIK              20181005\n18082212 002 5 319 1262  960     075\n");
        d.close();
        const CliRun bad = runCli({QStringLiteral("disaster"), QStringLiteral("import-track"), damaged});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("line 1")), qPrintable(describe(bad)));
        const CliRun noFile = runCli({QStringLiteral("disaster"), QStringLiteral("import-track")});
        QCOMPARE(noFile.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImportTrack)
#include "tst_cliimporttrack.moc"
