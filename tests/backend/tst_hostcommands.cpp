// SPDX-License-Identifier: MIT
// The host commands of energytruck-server: --create-user and --set-password read the password
// from stdin, need no port, never serve, and exit 0 / 2 (bad password or arguments) / 3 (the
// e-mail exists, or does not); and a fresh database has no account at all.
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::ServerProcess;

namespace {
QStringList createArgs(const QString &db, const QString &email, const QString &role)
{
    return {QStringLiteral("--db"), db, QStringLiteral("--create-user"), email, QStringLiteral("--role"), role};
}

QStringList setPasswordArgs(const QString &db, const QString &email)
{
    return {QStringLiteral("--db"), db, QStringLiteral("--set-password"), email};
}
} // namespace

class TestHostCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createUserThenSignIn()
    {
        const QString db = m_dir.filePath(QStringLiteral("create.sqlite"));
        QString error;
        QVERIFY2(ServerProcess::createUser(db, QStringLiteral("chief@jeju-grid.test"), UserRole::Admin, QStringLiteral("first-admin-password"), &error),
                 qPrintable(error));
        QByteArray err;
        // The same e-mail again, in any case: 3, and nothing changes.
        QCOMPARE(ServerProcess::runHostCommand(createArgs(db, QStringLiteral("Chief@Jeju-Grid.test"), QStringLiteral("viewer")),
                                               "another-long-password\n", &err), 3);
        QVERIFY2(err.contains("exists"), err.constData());
        QVERIFY(!ServerProcess::createUser(db, QStringLiteral("chief@jeju-grid.test"), UserRole::Viewer, QStringLiteral("another-long-password"), &error));

        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.errorString()));
        test::HttpTestClient http(server.url());
        const auto ok = test::login(http, QStringLiteral("chief@jeju-grid.test"), QStringLiteral("first-admin-password"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(test::login(http, QStringLiteral("chief@jeju-grid.test"), QStringLiteral("another-long-password")).status, 401);
        // A host command works beside the running server (same file).
        QCOMPARE(ServerProcess::runHostCommand(createArgs(db, QStringLiteral("late@jeju-grid.test"), QStringLiteral("partner")), "partner-password-1\n"), 0);
        QCOMPARE(test::login(http, QStringLiteral("late@jeju-grid.test"), QStringLiteral("partner-password-1")).status, 200);
        QVERIFY(server.terminate());
    }

    void badPasswordsAndArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("mentions");
        const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QTest::newRow("short password") << createArgs(db, QStringLiteral("a@b.test"), QStringLiteral("viewer")) << QByteArray("elevenchars\n") << QByteArray("12");
        QTest::newRow("no password") << createArgs(db, QStringLiteral("a@b.test"), QStringLiteral("viewer")) << QByteArray() << QByteArray("no password");
        QTest::newRow("only spaces after it") << createArgs(db, QStringLiteral("a@b.test"), QStringLiteral("viewer")) << QByteArray("short\nand a long second line\n") << QByteArray("12");
        QTest::newRow("bad role") << createArgs(db, QStringLiteral("a@b.test"), QStringLiteral("king")) << QByteArray("long-enough-password\n") << QByteArray("--role");
        QTest::newRow("no role") << QStringList{QStringLiteral("--db"), db, QStringLiteral("--create-user"), QStringLiteral("a@b.test")} << QByteArray("long-enough-password\n") << QByteArray("--role");
        QTest::newRow("bad e-mail") << createArgs(db, QStringLiteral("not-an-email"), QStringLiteral("viewer")) << QByteArray("long-enough-password\n") << QByteArray("e-mail");
        QTest::newRow("both commands") << (createArgs(db, QStringLiteral("a@b.test"), QStringLiteral("viewer")) << QStringLiteral("--set-password") << QStringLiteral("a@b.test"))
                                       << QByteArray("long-enough-password\n") << QByteArray("--set-password");
    }
    void badPasswordsAndArgumentsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, mentions);
        QByteArray err;
        QCOMPARE(ServerProcess::runHostCommand(args, input, &err), 2);
        QVERIFY2(err.contains(mentions), err.constData());
        // Nobody was made.
        QCOMPARE(ServerProcess::runHostCommand(setPasswordArgs(m_dir.filePath(QStringLiteral("bad.sqlite")), QStringLiteral("a@b.test")),
                                               "long-enough-password\n"), 3);
    }

    void thePasswordIsTheWholeFirstLine()
    {
        // Spaces belong to the password (the console and the CLI read stdin the same way, so an
        // account made here signs in there with the same line); only the line ending goes.
        const QString db = m_dir.filePath(QStringLiteral("spaces.sqlite"));
        QByteArray err;
        QCOMPARE(ServerProcess::runHostCommand(createArgs(db, QStringLiteral("spaced@jeju-grid.test"), QStringLiteral("viewer")),
                                               "  two words  here \r\nsecond line\n", &err), 0);
        QCOMPARE(ServerProcess::runHostCommand(createArgs(db, QStringLiteral("long@jeju-grid.test"), QStringLiteral("viewer")),
                                               QByteArray(5000, 'x') + '\n', &err), 2);
        QVERIFY2(err.contains("longer than 4096"), err.constData());
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.errorString()));
        test::HttpTestClient http(server.url());
        QCOMPARE(test::login(http, QStringLiteral("spaced@jeju-grid.test"), QStringLiteral("  two words  here ")).status, 200);
        QCOMPARE(test::login(http, QStringLiteral("spaced@jeju-grid.test"), QStringLiteral("two words  here")).status, 401);
        QCOMPARE(test::login(http, QStringLiteral("long@jeju-grid.test"), QString(4095, u'x')).status, 401);
        QVERIFY(server.terminate());
    }

    void setPasswordReplacesTheOldOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("reset.sqlite"));
        QVERIFY(ServerProcess::createUser(db, QStringLiteral("op@jeju-grid.test"), UserRole::Operator, QStringLiteral("old-password-1234")));
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.errorString()));
        test::HttpTestClient http(server.url());
        const auto before = test::login(http, QStringLiteral("op@jeju-grid.test"), QStringLiteral("old-password-1234"));
        QCOMPARE(before.status, 200);
        QByteArray err;
        QCOMPARE(ServerProcess::runHostCommand(setPasswordArgs(db, QStringLiteral("op@jeju-grid.test")), "new-password-5678\r\n", &err), 0);
        QCOMPARE(test::login(http, QStringLiteral("op@jeju-grid.test"), QStringLiteral("old-password-1234")).status, 401);
        QCOMPARE(test::login(http, QStringLiteral("op@jeju-grid.test"), QStringLiteral("new-password-5678")).status, 200);
        // The logins made with the old password are over.
        QCOMPARE(test::sendRefreshToken(http, QStringLiteral("refresh"), before.json.value(QStringLiteral("refresh_token")).toString()).status, 401);
        QCOMPARE(ServerProcess::runHostCommand(setPasswordArgs(db, QStringLiteral("nobody@jeju-grid.test")), "new-password-5678\n", &err), 3);
        QVERIFY2(err.contains("no user"), err.constData());
        QCOMPARE(ServerProcess::runHostCommand(setPasswordArgs(db, QStringLiteral("op@jeju-grid.test")), "short\n", &err), 2);
        QVERIFY(server.terminate());
    }

    void hostCommandsNeedNoPortAndNeverServe()
    {
        QProcess p;
        p.start(ServerProcess::binaryPath(), createArgs(m_dir.filePath(QStringLiteral("noport.sqlite")), QStringLiteral("x@y.test"), QStringLiteral("viewer")));
        QVERIFY(p.waitForStarted(5000));
        p.write("long-enough-password\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!p.readAllStandardOutput().contains("listening"));
    }

    void aFreshDatabaseHasNoAccount()
    {
        const QString db = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.errorString()));
        test::HttpTestClient http(server.url());
        const QList<QPair<QString, QString>> guesses = {
            {QStringLiteral("admin@localhost"), QStringLiteral("admin")},     {QStringLiteral("admin@example.com"), QStringLiteral("admin")},
            {QStringLiteral("admin@test.invalid"), QStringLiteral("password")}, {QStringLiteral("admin@jeju-grid.kr"), QStringLiteral("admin1234")},
            {test::testAccount(UserRole::Admin).email, test::testAccount(UserRole::Admin).password},
        };
        for (const auto &[email, password] : guesses) {
            const auto r = test::login(http, email, password);
            QCOMPARE(r.status, 401);
            QCOMPARE(test::errorCode(r), QStringLiteral("invalid_credentials"));
        }
        QCOMPARE(http.get(QStringLiteral("/api/v1/users/me")).status, 401);
        QVERIFY(server.terminate());
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fresh"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
    }
};

QTEST_GUILESS_MAIN(TestHostCommands)
#include "tst_hostcommands.moc"
