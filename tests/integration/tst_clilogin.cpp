// SPDX-License-Identifier: MIT
// Signing in with energytruck-cli, end to end with real processes: the real server with the test
// accounts and the real CLI, whose saved login (the refresh token in the OS keychain) carries from
// one run to the next. Roles are the server's to enforce; each user has a cache of their own; and
// no token or password ever reaches a file, a log line or the terminal.
#include "privatehome.h"
#include "client/accountdirectory.h"
#include "cliprocess.h"
#include "httptestclient.h"
#include "secretscan.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testpki.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::CliRun;
using test::filesBelow;
using test::runCli;

namespace {

/// `--server URL --ca-cert CA --data-dir DIR` before a command.
struct TlsCliArgs
{
    QString server;
    QString caFile;
    QStringList with(const QString &dataDir, const QStringList &command) const
    {
        return QStringList{QStringLiteral("--server"), server, QStringLiteral("--ca-cert"), caFile, QStringLiteral("--data-dir"), dataDir} + command;
    }
};

} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_url;
    test::PrivateHome m_home; ///< the CLI's HOME (settings, caches, anything it may write)
    QList<CliRun> m_runs;  ///< every run of the security case, for a look at what it printed

    QString data(const QString &name) const { return m_dir.filePath(QStringLiteral("data-") + name); }
    static QString email(UserRole role) { return test::testAccount(role).email; }

    CliRun cli(const QString &dataDir, const QStringList &args, bool withServer = true, const QByteArray &stdinText = {})
    {
        QStringList all{QStringLiteral("--data-dir"), dataDir};
        if (withServer)
            all = QStringList{QStringLiteral("--server"), m_url} + all;
        CliRun r = runCli(all + args, stdinText);
        m_runs << r;
        return r;
    }

    CliRun login(const QString &dataDir, UserRole role)
    {
        CliRun r = test::cliLogin(m_url, dataDir, role);
        m_runs << r;
        return r;
    }

    QString folderOf(const QString &dataDir, UserRole role) const
    {
        return client::AccountDirectory::folderFor(dataDir, client::AccountDirectory::serverIdentity(m_url), email(role));
    }

    QJsonArray jsonOf(const CliRun &r) const { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI gets a home of its own, so everything it writes there can be read through below,
        // and every log line is on.
        const QString homeError = m_home.open(m_dir.path(), {.setHome = true, .logEverything = true});
        QVERIFY2(homeError.isEmpty(), qPrintable(homeError));

        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db"))), qPrintable(m_server.errorString()));
        m_url = m_server.url().toString();
    }

    void loginPrintsTheUserAndSyncNeedsNoPassword()
    {
        const QString dir = data(QStringLiteral("ok"));
        const CliRun in = login(dir, UserRole::Operator);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QVERIFY2(in.out.contains(QStringLiteral("signed in to %1 as %2").arg(m_url, email(UserRole::Operator))), qPrintable(in.out));
        QVERIFY2(!in.err.contains(QStringLiteral("keychain")), qPrintable(in.err)); // the keychain was usable
        const auto last = client::AccountDirectory::last(dir);
        QVERIFY(last);
        QCOMPARE(last->email, email(UserRole::Operator));

        // No password this time: the saved login.
        const CliRun sync = cli(dir, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("synced ")), qPrintable(sync.out));
        QVERIFY(QFile::exists(folderOf(dir, UserRole::Operator) + QStringLiteral("/cache.sqlite")));
        // Twice: the refresh token rotated by the first run is the one the second finds.
        const CliRun again = cli(dir, {QStringLiteral("sync")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const CliRun status = cli(dir, {QStringLiteral("status")}, false);
        QVERIFY2(status.out.contains(QStringLiteral("account:    ") + email(UserRole::Operator)), qPrintable(status.out));
    }

    void wrongPasswordSavesNothing()
    {
        const QString dir = data(QStringLiteral("wrong"));
        const CliRun r = cli(dir, {QStringLiteral("login"), QStringLiteral("--user"), email(UserRole::Partner), QStringLiteral("--password-stdin")},
                             true, "not-the-password-at-all\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sign-in failed")) && r.err.contains(QStringLiteral("invalid_credentials")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("signed in")), qPrintable(r.out));
        QVERIFY2(filesBelow(dir).isEmpty(), qPrintable(filesBelow(dir).value(0).first));
        // Nor in the keychain: a command without a password finds no login to use.
        const CliRun sync = cli(dir, {QStringLiteral("--user"), email(UserRole::Partner), QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(QStringLiteral(" login --user ") + email(UserRole::Partner)), qPrintable(sync.err));
    }

    void theServerEnforcesRoles()
    {
        const QString viewer = data(QStringLiteral("viewer"));
        QCOMPARE(login(viewer, UserRole::Viewer).exitCode, 0);
        const CliRun synced = cli(viewer, {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const QString truck = test::freeTruckInCache(viewer);
        QVERIFY2(!truck.isEmpty(), "a viewer reads the fleet");
        const QStringList order{QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), truck, QStringLiteral("--kind"),
                                QStringLiteral("charge"), QStringLiteral("--target"), QStringLiteral("wind-gasiri"), QStringLiteral("--kwh"),
                                QStringLiteral("25")};
        const CliRun refused = cli(viewer, order);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("refused by the server")) && refused.err.contains(QStringLiteral("403"))
                     && refused.err.contains(QStringLiteral("forbidden")),
                 qPrintable(refused.err));

        const QString op = data(QStringLiteral("operator"));
        QCOMPARE(login(op, UserRole::Operator).exitCode, 0);
        QCOMPARE(cli(op, {QStringLiteral("sync")}).exitCode, 0);
        const CliRun accepted = cli(op, order);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(QStringLiteral("sent: the server accepted it")), qPrintable(accepted.out));
        QCOMPARE(jsonOf(cli(op, {QStringLiteral("outbox"), QStringLiteral("--json")}, false)).size(), 0);
    }

    void twoUsersOfOneDataDirShareNothing()
    {
        const QString dir = data(QStringLiteral("shared"));
        QCOMPARE(login(dir, UserRole::Operator).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("sync")}).exitCode, 0);
        const QString truck = test::freeTruckInCache(dir);
        QVERIFY(!truck.isEmpty());
        // Queued offline (no --server): only the operator's cache has it.
        const CliRun queued = cli(dir, {QStringLiteral("order"), QStringLiteral("create"), QStringLiteral("--truck"), truck, QStringLiteral("--kind"),
                                        QStringLiteral("charge"), QStringLiteral("--target"), QStringLiteral("solar-03"), QStringLiteral("--kwh"),
                                        QStringLiteral("15")},
                                  false);
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
        const QString orderId = QRegularExpression(QStringLiteral("order (ord-[a-z0-9]+)")).match(queued.out).captured(1);
        QVERIFY2(!orderId.isEmpty(), qPrintable(queued.out));
        QCOMPARE(jsonOf(cli(dir, {QStringLiteral("outbox"), QStringLiteral("--json")}, false)).size(), 1);

        QCOMPARE(login(dir, UserRole::Viewer).exitCode, 0);
        QCOMPARE(client::AccountDirectory::last(dir)->email, email(UserRole::Viewer));
        QCOMPARE(jsonOf(cli(dir, {QStringLiteral("outbox"), QStringLiteral("--json")}, false)).size(), 0);
        const CliRun before = cli(dir, {QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--json")}, false);
        QVERIFY2(!before.out.contains(orderId), qPrintable(before.out));
        // The viewer's sync sends nothing of the operator's and brings only the server's orders.
        const CliRun sync = cli(dir, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(!sync.out.contains(QStringLiteral("queued commands")), qPrintable(sync.out));
        const CliRun orders = cli(dir, {QStringLiteral("list"), QStringLiteral("orders"), QStringLiteral("--json")}, false);
        QCOMPARE(orders.exitCode, 0);
        QVERIFY2(!orders.out.contains(orderId), qPrintable(orders.out));

        const QString opFolder = folderOf(dir, UserRole::Operator);
        const QString viewerFolder = folderOf(dir, UserRole::Viewer);
        QVERIFY(opFolder != viewerFolder);
        QVERIFY(QFile::exists(opFolder + QStringLiteral("/cache.sqlite")));
        QVERIFY(QFile::exists(viewerFolder + QStringLiteral("/cache.sqlite")));
        test::HttpTestClient http(m_server.url());
        http.setBearer(m_server.signIn(UserRole::Operator));
        QVERIFY2(!http.get(QStringLiteral("/api/v1/orders")).body.contains(orderId.toUtf8()), "the viewer's sync sent the operator's order");
        // Still waiting in the operator's own outbox.
        const CliRun opOutbox = cli(dir, {QStringLiteral("--user"), email(UserRole::Operator), QStringLiteral("outbox"), QStringLiteral("--json")}, false);
        QCOMPARE(jsonOf(opOutbox).size(), 1);
        QCOMPARE(jsonOf(opOutbox).at(0).toObject().value(QStringLiteral("target_id")).toString(), orderId);
    }

    void logoutWipesTheSavedLogin()
    {
        const QString dir = data(QStringLiteral("logout"));
        QCOMPARE(login(dir, UserRole::Operator).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("sync")}).exitCode, 0);
        const CliRun out = cli(dir, {QStringLiteral("logout")});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY2(out.out.contains(QStringLiteral("signed out ") + email(UserRole::Operator)), qPrintable(out.out));
        const CliRun sync = cli(dir, {QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(QStringLiteral("sign in: energytruck-cli --server URL --data-dir %1 login --user %2")
                                       .arg(dir, email(UserRole::Operator))),
                 qPrintable(sync.err));
        // The cache stays for offline reading.
        const CliRun list = cli(dir, {QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--json")}, false);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!jsonOf(list).isEmpty());
    }

    void overHttpsWithTheCaOfCaCert()
    {
        test::TestPki pki;
        QString error;
        QVERIFY2(pki.create(&error), qPrintable(error));
        test::ServerProcess tls;
        QVERIFY2(tls.startWithTestAccounts(m_dir.filePath(QStringLiteral("tls.db")), pki.serverArgs()), qPrintable(tls.errorString()));
        const QString dir = data(QStringLiteral("tls"));
        const TlsCliArgs args{tls.url().toString(), pki.caFile()};
        const auto &account = test::testAccount(UserRole::Operator);
        const CliRun in = runCli(args.with(dir, {QStringLiteral("login"), QStringLiteral("--user"), account.email, QStringLiteral("--password-stdin")}),
                                 account.password.toUtf8() + '\n');
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        const CliRun sync = runCli(args.with(dir, {QStringLiteral("sync")}));
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        // status checks the server with the same CA as every other command.
        const CliRun status = runCli(args.with(dir, {QStringLiteral("status")}));
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("connection: online")), qPrintable(status.out));
    }

    void noTokenOrPasswordIsWrittenAnywhere()
    {
        // The CLI's own tokens cannot be read from outside; a login of our own shows their form.
        QString refresh;
        const QString access = m_server.signIn(UserRole::Operator, &refresh);
        QVERIFY2(access.startsWith(QStringLiteral("eyJ")), qPrintable(access.left(8)));
        QVERIFY2(refresh.startsWith(QStringLiteral("rt1.")), qPrintable(refresh.left(8)));

        const QString dir = data(QStringLiteral("secrets"));
        m_runs.clear();
        QCOMPARE(login(dir, UserRole::Operator).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("status")}).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("list"), QStringLiteral("trucks")}, false).exitCode, 0);
        QCOMPARE(cli(dir, {QStringLiteral("sync")}).exitCode, 0); // a renewal, and another token saved

        const QList<QByteArray> needles{QByteArrayLiteral("eyJ"), QByteArrayLiteral("rt1."), access.toUtf8(), refresh.toUtf8(),
                                        test::testAccount(UserRole::Operator).password.toUtf8()};
        auto leak = [&](const QByteArray &content) { return test::firstSecretIn(content, needles); };
        bool logged = false;
        for (const CliRun &r : std::as_const(m_runs)) {
            QVERIFY2(leak(r.out.toUtf8()).isEmpty(), qPrintable(QStringLiteral("the CLI's stdout holds ") + leak(r.out.toUtf8())));
            QVERIFY2(leak(r.err.toUtf8()).isEmpty(), qPrintable(QStringLiteral("the CLI's stderr holds ") + leak(r.err.toUtf8())));
            logged = logged || r.err.contains(QStringLiteral("et."));
        }
        QVERIFY2(logged, "QT_LOGGING_RULES did not reach the CLI: its log was not looked at");
        auto files = filesBelow(dir);
        QVERIFY(files.size() >= 2); // account.json and the cache at least
        for (const QString &sub : m_home.writableDirs())
            files += filesBelow(sub);
        // The keyring's own files hold the refresh token, encrypted: never as plain text.
        files += filesBelow(m_home.keyringDir());
        for (const auto &[path, content] : std::as_const(files))
            QVERIFY2(leak(content).isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, leak(content))));
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
