// SPDX-License-Identifier: MIT
// The console executable signing in to a real server, end to end: the first run signs in with the
// password on stdin, the next resumes the login it saved in the keychain (no password), a wrong
// password lands on the sign-in window, --offline opens the last user's cache, and no token or
// password reaches the data folder, the settings, the caches or the log. Runs in the private
// D-Bus session with an unlocked gnome-keyring that scripts/test.sh starts.
#include "privatehome.h"
#include "client/accountdirectory.h"
#include "cliprocess.h"
#include "secretscan.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;

class TestConsoleSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The console's settings and caches go to folders of this test, read through below. Every
        // log category is on, so the whole log is searched.
        const QString homeError = m_home.open(m_dir.path(), {.logEverything = true});
        QVERIFY2(homeError.isEmpty(), qPrintable(homeError));
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(m_server.errorString()));
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    void signsInThenResumesWithoutAPassword()
    {
        const auto &op = test::testAccount(UserRole::Operator);
        const test::CliRun first = console({QStringLiteral("--user"), op.email, QStringLiteral("--password-stdin")}, QStringLiteral("first.png"),
                                           op.password.toUtf8() + '\n');
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("signed in as \"%1\"").arg(op.email)), qPrintable(first.err));
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("first.png"))).isNull());
        // The data folder remembers who (not how): the account, the user's role, the user's cache.
        const QString server = client::AccountDirectory::serverIdentity(m_server.url().toString());
        QCOMPARE(client::AccountDirectory::last(m_data)->email, op.email);
        QCOMPARE(domain::toString(client::AccountDirectory::knownUser(m_data, server, op.email)->role), QStringLiteral("operator"));
        QVERIFY(QFile::exists(client::AccountDirectory::cachePathFor(m_data, server, op.email)));

        // No password this time: the refresh token from the keychain signs in.
        const test::CliRun second = console({}, QStringLiteral("second.png"));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("signed in as \"%1\"").arg(op.email)), qPrintable(second.err));
        QVERIFY2(!second.err.contains(QStringLiteral("sign-in window")), qPrintable(second.err));
        m_runs << first << second;
    }

    void aWrongPasswordShowsTheSignInWindow()
    {
        test::TestAccount viewer = test::testAccount(UserRole::Viewer);
        const QString dir = m_dir.filePath(QStringLiteral("data-viewer"));
        const test::CliRun run = console({QStringLiteral("--user"), viewer.email, QStringLiteral("--password-stdin")}, QStringLiteral("wrong.png"),
                                         "not-the-password\n", dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The sign-in window was photographed...
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("wrong.png"))).isNull());
        // ... and nothing was remembered for a login that failed.
        QVERIFY(!client::AccountDirectory::last(dir));
        QVERIFY2(run.err.contains(QStringLiteral("failed: invalid_credentials")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("showing the sign-in window")), qPrintable(run.err));
        m_runs << run;
    }

    void offlineOpensTheLastUsersCache()
    {
        const test::CliRun run = console({QStringLiteral("--offline")}, QStringLiteral("offline.png"), {}, m_data, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString server = client::AccountDirectory::serverIdentity(m_server.url().toString());
        const QString cache = client::AccountDirectory::cachePathFor(m_data, server, test::testAccount(UserRole::Operator).email);
        QVERIFY2(run.err.contains(cache), qPrintable(run.err));
        m_runs << run;

        // A data folder nobody signed in with has nothing to show offline: a clear error.
        const test::CliRun none = console({QStringLiteral("--offline")}, QStringLiteral("none.png"), {}, m_dir.filePath(QStringLiteral("empty")), false);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("nobody has signed in")), qPrintable(none.err));
    }

    void noTokenOrPasswordIsWrittenAnywhere()
    {
        QVERIFY(!m_runs.isEmpty());
        // What tokens look like (a JWT starts with eyJ, refresh tokens with rt1.), from a sign-in of our own.
        QString refresh;
        const QString access = m_server.signIn(UserRole::Operator, &refresh);
        QVERIFY(access.startsWith(QStringLiteral("eyJ")) && refresh.startsWith(QStringLiteral("rt1.")));
        const QList<QByteArray> secrets{QByteArrayLiteral("eyJ"), QByteArrayLiteral("rt1."),
                                        test::testAccount(UserRole::Operator).password.toUtf8(),
                                        test::testAccount(UserRole::Viewer).password.toUtf8()};
        bool logged = false;
        for (const test::CliRun &r : std::as_const(m_runs)) {
            QVERIFY2(test::firstSecretIn(r.out.toUtf8() + r.err.toUtf8(), secrets).isEmpty(),
                     qPrintable(QStringLiteral("the console's output holds ") + test::firstSecretIn(r.out.toUtf8() + r.err.toUtf8(), secrets)));
            logged = logged || r.err.contains(QStringLiteral("et.client.auth"));
        }
        QVERIFY2(logged, "the sign-in was not logged: QT_LOGGING_RULES did not reach the console");
        auto files = test::filesBelow(m_data);
        QVERIFY(files.size() >= 3); // account.json, user.json and the cache at least
        files += test::filesBelow(m_dir.filePath(QStringLiteral("data-viewer")));
        files += test::filesBelow(m_home.path());
        // The keyring's own files hold the refresh token, encrypted: never as plain text.
        files += test::filesBelow(m_home.keyringDir());
        for (const auto &[path, content] : std::as_const(files))
            QVERIFY2(test::firstSecretIn(content, secrets).isEmpty(), qPrintable(path + QStringLiteral(" holds ") + test::firstSecretIn(content, secrets)));
    }

private:
    /// Runs the console against the test's server to a screenshot of `png` (in the test folder).
    test::CliRun console(const QStringList &args, const QString &png, const QByteArray &stdinText = {}, QString dataDir = {},
                         bool withServer = true)
    {
        if (dataDir.isEmpty())
            dataDir = m_data;
        QStringList all{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("dispatch"),
                        QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), m_dir.filePath(png)};
        if (withServer)
            all << QStringLiteral("--server") << m_server.url().toString();
        return test::runProgram(QStringLiteral(ET_BIN_DIR "/energytruck-console"), all + args, stdinText, 60000);
    }

    QTemporaryDir m_dir;
    test::PrivateHome m_home;
    QString m_data;
    test::ServerProcess m_server;
    QList<test::CliRun> m_runs;
};

QTEST_GUILESS_MAIN(TestConsoleSignIn)
#include "tst_consolesignin.moc"
