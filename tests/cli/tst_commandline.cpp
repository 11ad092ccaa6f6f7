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
        const QStringList create{QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), QStringLiteral("truck-03"),
                                 QStringLiteral("--kind"), QStringLiteral("charge"), QStringLiteral("--target"), QStringLiteral("wind-tamra")};
        QTest::newRow("order without kwh") << create << QStringLiteral("--kwh");
        QTest::newRow("order with NaN kwh") << create + QStringList{QStringLiteral("--kwh"), QStringLiteral("nan")} << QStringLiteral("--kwh");
        QTest::newRow("order with zero kwh") << create + QStringList{QStringLiteral("--kwh"), QStringLiteral("0")} << QStringLiteral("--kwh");
        QTest::newRow("order with text kwh") << create + QStringList{QStringLiteral("--kwh"), QStringLiteral("lots")} << QStringLiteral("--kwh");
        QTest::newRow("order of unknown kind")
            << QStringList{QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), QStringLiteral("t"), QStringLiteral("--kind"),
                           QStringLiteral("steal"), QStringLiteral("--target"), QStringLiteral("a"), QStringLiteral("--kwh"), QStringLiteral("5")}
            << QStringLiteral("--kind");
        QTest::newRow("cancel without id") << QStringList{QStringLiteral("order"), QStringLiteral("cancel")} << QStringLiteral("order cancel");
        QTest::newRow("order verb unknown") << QStringList{QStringLiteral("order"), QStringLiteral("delete"), QStringLiteral("x")} << QStringLiteral("create or cancel");
        QTest::newRow("acknowledge without id") << QStringList{QStringLiteral("disaster"), QStringLiteral("acknowledge")} << QStringLiteral("disaster acknowledge");
        QTest::newRow("order options on list") << QStringList{QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--kwh"), QStringLiteral("5")}
                                               << QStringLiteral("only apply to order create");
        QTest::newRow("json on status") << QStringList{QStringLiteral("status"), QStringLiteral("--json")} << QStringLiteral("--json");
        QTest::newRow("sun latitude 91") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("91"), QStringLiteral("--lon"), QStringLiteral("0")}
                                         << QStringLiteral("--lat");
        QTest::newRow("sun longitude inf") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("0"), QStringLiteral("--lon"), QStringLiteral("inf")}
                                           << QStringLiteral("--lon");
        QTest::newRow("sun pressure text") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("0"), QStringLiteral("--lon"),
                                                          QStringLiteral("0"), QStringLiteral("--pressure"), QStringLiteral("high")}
                                           << QStringLiteral("--pressure");
        QTest::newRow("history without --from") << QStringList{QStringLiteral("history"), QStringLiteral("--to"), QStringLiteral("2024-04-13T00:00Z")}
                                                << QStringLiteral("--from");
        QTest::newRow("history time without zone")
            << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T00:00"), QStringLiteral("--to"),
                           QStringLiteral("2024-04-14T00:00Z")}
            << QStringLiteral("--from: \"2024-04-13T00:00\" is not an ISO 8601 time with a zone");
        QTest::newRow("history a week and a minute")
            << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T00:00Z"), QStringLiteral("--to"),
                           QStringLiteral("2024-04-20T00:01Z")}
            << QStringLiteral("at most 7 days");
        QTest::newRow("history from equals to") << QStringList{QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T00:00Z"),
                                                               QStringLiteral("--to"), QStringLiteral("2024-04-13T00:00Z")}
                                                << QStringLiteral("after --from");
    }

    void historyRangesAreRoundedOutToWholeSteps()
    {
        const auto quarter = CommandLine::parse(argv({QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T00:07Z"),
                                                      QStringLiteral("--to"), QStringLiteral("2024-04-13T01:01:30Z"), QStringLiteral("--step"),
                                                      QStringLiteral("15m"), QStringLiteral("--json")}),
                                                QStringLiteral("/d"));
        QVERIFY2(quarter.ok(), qPrintable(quarter.error().toString()));
        QVERIFY(quarter.value().command == CommandLine::Command::History);
        QVERIFY(quarter.value().json);
        QVERIFY(quarter.value().historyStep == et::domain::HistoryStep::QuarterHour);
        QCOMPARE(quarter.value().historyFrom, QDateTime(QDate(2024, 4, 13), QTime(0, 0), Qt::UTC));
        QCOMPARE(quarter.value().historyTo, QDateTime(QDate(2024, 4, 13), QTime(1, 15), Qt::UTC));
        // A day is a Jeju day: 10:00 KST falls in the day that began at 15:00 UTC the day before.
        const auto day = CommandLine::parse(argv({QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T10:00+09:00"),
                                                  QStringLiteral("--to"), QStringLiteral("2024-04-15T00:00+09:00"), QStringLiteral("--step"),
                                                  QStringLiteral("1d")}),
                                            QStringLiteral("/d"));
        QVERIFY2(day.ok(), qPrintable(day.error().toString()));
        QCOMPARE(day.value().historyFrom, QDateTime(QDate(2024, 4, 12), QTime(15, 0), Qt::UTC));
        QCOMPARE(day.value().historyTo, QDateTime(QDate(2024, 4, 14), QTime(15, 0), Qt::UTC));
        // Minutes by default; exactly the limit is allowed.
        const auto week = CommandLine::parse(argv({QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2024-04-13T00:00Z"),
                                                   QStringLiteral("--to"), QStringLiteral("2024-04-20T00:00Z")}),
                                             QStringLiteral("/d"));
        QVERIFY2(week.ok(), qPrintable(week.error().toString()));
        QVERIFY(week.value().historyStep == et::domain::HistoryStep::Minute);
    }

    void orderCommands()
    {
        const auto create = CommandLine::parse(argv({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("order"),
                                                     QStringLiteral("create"), QStringLiteral("--truck"), QStringLiteral("truck-03"),
                                                     QStringLiteral("--kind"), QStringLiteral("deliver"), QStringLiteral("--target"),
                                                     QStringLiteral("sub-sinjeju"), QStringLiteral("--kwh"), QStringLiteral("250.5")}),
                                               QStringLiteral("/d"));
        QVERIFY2(create.ok(), qPrintable(create.error().toString()));
        QVERIFY(create.value().command == CommandLine::Command::OrderCreate);
        QCOMPARE(create.value().truckId, QStringLiteral("truck-03"));
        QCOMPARE(create.value().orderKind, QStringLiteral("deliver"));
        QCOMPARE(create.value().targetAssetId, QStringLiteral("sub-sinjeju"));
        QCOMPARE(create.value().kwh, 250.5);
        const auto cancel = CommandLine::parse(argv({QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("ord-12345678")}), QStringLiteral("/d"));
        QVERIFY2(cancel.ok(), qPrintable(cancel.error().toString()));
        QVERIFY(cancel.value().command == CommandLine::Command::OrderCancel);
        QCOMPARE(cancel.value().subjectId, QStringLiteral("ord-12345678"));
        const auto ack = CommandLine::parse(argv({QStringLiteral("disaster"), QStringLiteral("acknowledge"), QStringLiteral("dis-1")}), QStringLiteral("/d"));
        QVERIFY(ack.ok());
        QVERIFY(ack.value().command == CommandLine::Command::DisasterAcknowledge);
        const auto outbox = CommandLine::parse(argv({QStringLiteral("outbox"), QStringLiteral("--json")}), QStringLiteral("/d"));
        QVERIFY(outbox.ok());
        QVERIFY(outbox.value().command == CommandLine::Command::Outbox && outbox.value().json);
        const auto orders = CommandLine::parse(argv({QStringLiteral("list"), QStringLiteral("orders")}), QStringLiteral("/d"));
        QVERIFY(orders.ok());
        QCOMPARE(orders.value().listKind, QStringLiteral("orders"));
    }

    void sunCommand()
    {
        const auto r = CommandLine::parse(argv({QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("33.5"), QStringLiteral("--lon"),
                                                QStringLiteral("126.5"), QStringLiteral("--time"), QStringLiteral("2026-06-21T12:00:00+09:00"),
                                                QStringLiteral("--json")}),
                                          QStringLiteral("/d"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().command == CommandLine::Command::Sun);
        QVERIFY(r.value().json);
        QCOMPARE(r.value().sun.latitudeDeg, 33.5);
        QCOMPARE(r.value().sun.longitudeDeg, 126.5);
        QCOMPARE(r.value().sun.time.offsetFromUtc(), 9 * 3600);
        QCOMPARE(r.value().sun.time.time(), QTime(12, 0));
        QVERIFY(!r.value().sun.deltaTSeconds && !r.value().sun.pressureMbar);
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
