// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QTest>

using et::cli::CommandLine;

namespace {
QStringList argv(const QStringList &args)
{
    return QStringList{QStringLiteral("energytruck-cli")} + args;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void listWithJsonAndDefaultDataDir()
    {
        const auto r = CommandLine::parse(argv({QStringLiteral("list"), QStringLiteral("disasters"), QStringLiteral("--json")}),
                                          QStringLiteral("/home/op/.local/share/EnergyTruck/energytruck-console"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().command == CommandLine::Command::List);
        QCOMPARE(r.value().listKind, QStringLiteral("disasters"));
        QVERIFY(r.value().json);
        QCOMPARE(r.value().dataDir, QStringLiteral("/home/op/.local/share/EnergyTruck/energytruck-console"));
        QVERIFY(r.value().serverUrl.isEmpty());
    }

    void syncWithServerAndDataDir()
    {
        const auto r = CommandLine::parse(argv({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:8080"),
                                                QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("sync")}),
                                          QStringLiteral("/default"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().command == CommandLine::Command::Sync);
        QCOMPARE(r.value().serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(r.value().dataDir, QStringLiteral("/tmp/x"));
    }

    void helpAndVersion()
    {
        const auto help = CommandLine::parse(argv({QStringLiteral("--help")}), QStringLiteral("/d"));
        QVERIFY(help.ok());
        QVERIFY(help.value().command == CommandLine::Command::Help);
        const auto version = CommandLine::parse(argv({QStringLiteral("--version")}), QStringLiteral("/d"));
        QVERIFY(version.ok());
        QVERIFY(version.value().command == CommandLine::Command::Version);
    }

    void errorsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty data dir") << QStringList{QStringLiteral("--data-dir"), QString(), QStringLiteral("status")} << QStringLiteral("--data-dir");
        QTest::newRow("server without host") << QStringList{QStringLiteral("--server"), QStringLiteral("http://"), QStringLiteral("status")} << QStringLiteral("--server");
        QTest::newRow("two kinds") << QStringList{QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("assets")} << QStringLiteral("\"assets\"");
    }

    void errorsNameTheProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const auto r = CommandLine::parse(argv(args), QStringLiteral("/d"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
