// SPDX-License-Identifier: MIT
// Every program's --version prints PROJECT_VERSION, which CMake hands this test as
// ET_PROJECT_VERSION: a version written anywhere but the top-level project() call fails here as
// soon as the two differ.
#include "cliprocess.h"
#include "serverprocess.h"

#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void programsPrintTheProjectVersion_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("name");
        QTest::newRow("server") << et::test::ServerProcess::binaryPath() << QStringLiteral("energytruck-server");
        QTest::newRow("cli") << et::test::cliBinaryPath() << QStringLiteral("energytruck-cli");
#ifdef ET_HAVE_CONSOLE
        QTest::newRow("console") << QStringLiteral(ET_BIN_DIR "/energytruck-console") << QStringLiteral("energytruck-console");
#endif
    }

    void programsPrintTheProjectVersion()
    {
        QFETCH(QString, binary);
        QFETCH(QString, name);
        const et::test::CliRun run = et::test::runProgram(binary, {QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QCOMPARE(run.out, name + QStringLiteral(" " ET_PROJECT_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
