// SPDX-License-Identifier: MIT
// ServerLogTail: the bundled server's last words as an operator reads them, from its real kinds
// of line (a JSON log record, the plain "energytruck-server: …" of a failed start), however the
// pipe cuts them.
#include "serverlogtail.h"

#include <QTest>

using et::app::ServerLogTail;

class TestServerLogTail : public QObject
{
    Q_OBJECT
private slots:
    void readableLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("readable");
        QTest::newRow("log record") << QByteArray(R"({"category":"et.backend.store","level":"info","message":"schema at version 3","time":"2026-12-06T17:48:19.957Z"})")
                                    << "schema at version 3";
        QTest::newRow("failed start") << QByteArray("energytruck-server: PRAGMA journal_mode=WAL: database is locked Unable to execute statement")
                                      << "PRAGMA journal_mode=WAL: database is locked Unable to execute statement";
        QTest::newRow("record without a message") << QByteArray(R"({"level":"info"})") << R"({"level":"info"})";
        QTest::newRow("not quite JSON") << QByteArray("{broken") << "{broken";
        QTest::newRow("Korean") << QByteArray("energytruck-server: 데이터베이스를 열 수 없습니다") << "데이터베이스를 열 수 없습니다";
    }
    void readableLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, readable);
        QCOMPARE(ServerLogTail::readable(line), readable);
    }

    void lastOfManyLinesInPieces()
    {
        ServerLogTail tail;
        QCOMPARE(tail.lastLine(), QString());
        const QByteArray stream = R"({"message":"opened"})" "\n\n"
                                  "energytruck-server: file is not a database\n  \n";
        // One byte at a time, as a slow pipe may give them.
        for (char c : stream)
            tail.append(QByteArray(1, c));
        QCOMPARE(tail.lastLine(), QStringLiteral("file is not a database"));
    }

    void aLineCutOffByTheExitStillCounts()
    {
        ServerLogTail tail;
        tail.append("energytruck-server: first\nenergytruck-server: cut o");
        QCOMPARE(tail.lastLine(), QStringLiteral("cut o"));
    }

    void aRunawayLineStaysBounded()
    {
        ServerLogTail tail;
        for (int i = 0; i < 1000; ++i)
            tail.append(QByteArray(1000, 'x'));
        QVERIFY(tail.lastLine().size() <= 4096);
        QVERIFY(!tail.lastLine().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerLogTail)
#include "tst_serverlogtail.moc"
