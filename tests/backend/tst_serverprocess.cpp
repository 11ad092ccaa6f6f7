// SPDX-License-Identifier: MIT
// The server as a process: command-line validation (exit 2 with a clear message), the first
// stdout line, clean shutdown on SIGTERM, and structured JSON logs with request ids.
#include "httptestclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

class TestServerProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void badOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString db = m_dir.filePath(QStringLiteral("x.sqlite"));
        QTest::newRow("no port") << QStringList{QStringLiteral("--db"), db} << "--port";
        QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http"), QStringLiteral("--db"), db} << "--port";
        QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000"), QStringLiteral("--db"), db} << "--port";
        QTest::newRow("no db") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << "--db";
        QTest::newRow("speed zero") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--speed"), QStringLiteral("0")} << "--speed";
        QTest::newRow("speed nan") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--speed"), QStringLiteral("nan")} << "--speed";
        QTest::newRow("seed negative") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("-4")} << "--seed";
        QTest::newRow("start no zone") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--start"), QStringLiteral("2024-04-13T00:00:00")} << "--start";
        QTest::newRow("start garbage") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--start"), QStringLiteral("tomorrow")} << "--start";
        QTest::newRow("host garbage") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--host"), QStringLiteral("localhost!")} << "--host";
        QTest::newRow("rate limit negative") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--rate-limit"), QStringLiteral("-1")} << "--rate-limit";
        QTest::newRow("tick too short") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--tick-ms"), QStringLiteral("1")} << "--tick-ms";
        QTest::newRow("ws backlog too small") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--ws-max-backlog-kib"), QStringLiteral("1")} << "--ws-max-backlog-kib";
        QTest::newRow("order retention negative") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--order-retention"), QStringLiteral("-1")} << "--order-retention";
        QTest::newRow("tombstone retention text") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--tombstone-retention"), QStringLiteral("week")} << "--tombstone-retention";
        QTest::newRow("max disasters zero") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--max-disasters"), QStringLiteral("0")} << "--max-disasters";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--turbo")} << "turbo";
    }
    void badOptionsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess p;
        p.start(test::ServerProcess::binaryPath(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // never a "listening" line
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
    }

    void unopenableDatabaseExitsWithOne()
    {
        QProcess p;
        p.start(test::ServerProcess::binaryPath(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                                     m_dir.filePath(QStringLiteral("no/such/dir/db.sqlite"))});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cannot open"));
    }

    void helpGoesToStdout()
    {
        QProcess p;
        p.start(test::ServerProcess::binaryPath(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(out.contains("--speed") && out.contains("--seed") && out.contains("--start"));
    }

    void databaseKeepsItsSeed()
    {
        const QString db = m_dir.filePath(QStringLiteral("seeded.sqlite"));
        test::ServerProcess first;
        QVERIFY2(first.start(db, {QStringLiteral("--seed"), QStringLiteral("5")}), qPrintable(first.errorString()));
        QVERIFY(first.terminate());
        test::ServerProcess second;
        QVERIFY2(second.start(db, {QStringLiteral("--seed"), QStringLiteral("6")}), qPrintable(second.errorString()));
        QVERIFY(second.terminate());
        QVERIFY2(second.stderrLog().contains("database was created with seed 5"), second.stderrLog().constData());
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("limited.sqlite")), {QStringLiteral("--rate-limit"), QStringLiteral("5")}),
                 qPrintable(server.errorString()));
        test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Operator));
        QTest::qWait(2100); // the sign-in's token back in the bucket
        int ok = 0, limited = 0, retryAfter = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < 30; ++i) {
            const auto r = http.get(QStringLiteral("/api/v1/health"));
            if (r.status == 200) {
                ++ok;
                continue;
            }
            QCOMPARE(r.status, 429);
            QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));
            QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-ID"));
            retryAfter = r.header("Retry-After").toInt();
            ++limited;
        }
        // A burst of twice the rate passes, plus what refilled while the requests ran; the rest is refused.
        const double seconds = elapsed.elapsed() / 1000.0;
        QVERIFY2(ok >= 10 && ok <= 10 + int(5.0 * seconds) + 1, qPrintable(QStringLiteral("%1 in %2 s").arg(ok).arg(seconds)));
        QVERIFY(limited > 0);
        QCOMPARE(ok + limited, 30);
        QVERIFY(retryAfter >= 1);
        // The commands are limited too, and a 429 is not recorded as the command's answer.
        QList<QHash<QByteArray, QByteArray>> limitedKeys;
        for (int i = 0; i < 5; ++i) {
            const QHash<QByteArray, QByteArray> key{{"Idempotency-Key", "cmd-limited-" + QByteArray::number(i)}};
            if (http.post(QStringLiteral("/api/v1/orders/ord-nothing-1/cancel"), {}, key).status == 429)
                limitedKeys << key;
        }
        QVERIFY(!limitedKeys.isEmpty());
        QTest::qWait(retryAfter * 1000 + 500);
        QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
        const auto answered = http.post(QStringLiteral("/api/v1/orders/ord-nothing-1/cancel"), {}, limitedKeys.first());
        QCOMPARE(answered.status, 404);
        QVERIFY(answered.header("Idempotent-Replay").isEmpty());
        QVERIFY(server.terminate());
    }

    void sigtermStopsCleanlyAndLogsAreJson()
    {
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("run.sqlite"))), qPrintable(server.errorString()));
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        {
            test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Viewer));
            QCOMPARE(http.get(QStringLiteral("/api/v1/trucks"), {{"X-Request-ID", "trace-me-7"}}).status, 200);
        }
        QVERIFY(server.terminate());
        const QList<QByteArray> lines = server.stderrLog().split('\n');
        bool sawRequest = false, sawStop = false;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            for (const char *key : {"time", "level", "category", "message"})
                QVERIFY2(o.contains(QLatin1String(key)), line.constData());
            QVERIFY(o.value(QStringLiteral("category")).toString().startsWith(QStringLiteral("et.backend.")));
            if (o.value(QStringLiteral("request_id")).toString() == u"trace-me-7") {
                sawRequest = true;
                QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("et.backend.http"));
            }
            sawStop = sawStop || o.value(QStringLiteral("message")).toString().contains(QStringLiteral("stopped cleanly"));
        }
        QVERIFY(sawRequest);
        QVERIFY(sawStop);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
