// SPDX-License-Identifier: MIT
// The start-condition matrix, server rows: the real console over a cache it filled before, started
// when its server cannot be used, must keep that cache on screen and say what happened:
//  - the bundled server's program is missing;
//  - the bundled server exits at start: its database is damaged (the server's own last log line
//    on screen) or locked by another program (the host command's last line);
//  - a remote server that cannot be reached, one whose URL is wrong (it answers 404), one whose
//    certificate comes from another CA.
#include "consolerun.h"
#include "privatehome.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testpki.h"

#include "client/credentialstore.h"
#include "localaccount.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using test::ConsoleRun;

namespace {
bool liveWithData(const QJsonObject &state)
{
    return state.value(QStringLiteral("hasData")).toBool() && state.value(QStringLiteral("online")).toBool();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QStringList withLanguage(QStringList args)
{
    return args << QStringLiteral("--lang") << QStringLiteral("en");
}
} // namespace

class TestStartServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bundledServerMissing();
    void bundledServerDatabaseDamaged();
    void bundledServerDatabaseLocked();
    void remoteServerUnreachable();
    void remoteServerWrongUrl();
    void remoteServerFromAnotherCa();

private:
    /// A copy of the data folder a bundled run filled, with its cache (`name` under the test folder).
    QString bundledCopy(const QString &name);
    /// Signs the operator in to `url` once (filling a cache and saving the login), then stops.
    void fillRemoteCache(const QString &data, const QUrl &url, const QStringList &extra = {});
    /// Runs the console with `args` until a state shows the cached data and a "notice-server"
    /// banner with `words`; returns that banner's text.
    QString expectCacheAndNotice(ConsoleRun &console, const QString &name, const QStringList &args, const QString &words,
                                 int timeoutMs = 30000);

    QTemporaryDir m_dir;
    test::PrivateHome m_home;
    QString m_bundledData;
};

void TestStartServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_home.open(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_bundledData = m_dir.filePath(QStringLiteral("bundled"));
    ConsoleRun console;
    QVERIFY(console.start(withLanguage({QStringLiteral("--data-dir"), m_bundledData}), m_dir.filePath(QStringLiteral("fill.jsonl"))));
    QVERIFY2(!console.waitForState(liveWithData, 30000).isEmpty(), qPrintable(console.describe()));
    // SIGTERM (a logout) quits as the window's close would: exit status 0, its server stopped.
    QCOMPARE(console.stop(), 0);
    QVERIFY2(console.output().contains("received; stopping"), qPrintable(console.describe()));
}

QString TestStartServer::bundledCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    return copyFolder(m_bundledData, copy) ? copy : QString();
}

QString TestStartServer::expectCacheAndNotice(ConsoleRun &console, const QString &name, const QStringList &args,
                                              const QString &words, int timeoutMs)
{
    if (!console.start(withLanguage(args), m_dir.filePath(name + QStringLiteral(".jsonl"))))
        return QStringLiteral("<did not start>");
    const QJsonObject state = console.waitForState(
        [&words](const QJsonObject &s) {
            return s.value(QStringLiteral("hasData")).toBool() && ConsoleRun::text(s, QStringLiteral("notice-server")).contains(words);
        },
        timeoutMs);
    return ConsoleRun::text(state, QStringLiteral("notice-server"));
}

void TestStartServer::bundledServerMissing()
{
    const QString data = bundledCopy(QStringLiteral("missing"));
    QVERIFY(!data.isEmpty());
    // The console alone in a folder: nothing beside it to start.
    const QString lonely = m_dir.filePath(QStringLiteral("lonely/energytruck-console"));
    QVERIFY(QDir().mkpath(QFileInfo(lonely).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(ET_BIN_DIR "/energytruck-console"), lonely));
    ConsoleRun console;
    console.setProgram(lonely);
    const QString missing = QFileInfo(lonely).absolutePath() + QStringLiteral("/energytruck-server");
    const QString notice = expectCacheAndNotice(console, QStringLiteral("missing"), {QStringLiteral("--data-dir"), data}, missing);
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    QVERIFY2(notice.contains(u"cached data is shown"), qPrintable(notice));
}

void TestStartServer::bundledServerDatabaseDamaged()
{
    const QString data = bundledCopy(QStringLiteral("damaged"));
    QVERIFY(!data.isEmpty());
    QFile db(data + QStringLiteral("/server.sqlite"));
    QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
    db.write(QByteArray(8192, '\x5a'));
    db.close();
    QFile::remove(data + QStringLiteral("/server.sqlite-wal"));
    QFile::remove(data + QStringLiteral("/server.sqlite-shm"));
    // Its password is in the keychain, so the server itself starts, and exits.
    client::CredentialStore secrets;
    bool written = false;
    secrets.write(app::LocalAccount::secretKey(data), QStringLiteral("a-password-for-the-test"), nullptr,
                  [&written](const domain::Status &s) { written = s.ok(); });
    QTRY_VERIFY(written);
    ConsoleRun console;
    const QString notice = expectCacheAndNotice(console, QStringLiteral("damaged"), {QStringLiteral("--data-dir"), data},
                                                QStringLiteral("file is not a database"));
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    QVERIFY2(notice.contains(u"exited before it was ready"), qPrintable(notice));
    // Nothing was lost: the damaged file is still there, byte for byte.
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), QByteArray(8192, '\x5a'));
}

void TestStartServer::bundledServerDatabaseLocked()
{
    const QString data = bundledCopy(QStringLiteral("locked"));
    QVERIFY(!data.isEmpty());
    // Another program holds the database: an exclusive lock until this test ends.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(data + QStringLiteral("/server.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS held_by_test(x)")), qPrintable(q.lastError().text()));
    }
    ConsoleRun console;
    // SQLite waits 10 s for a lock before it gives up.
    const QString notice = expectCacheAndNotice(console, QStringLiteral("locked"), {QStringLiteral("--data-dir"), data},
                                                QStringLiteral("database is locked"), 40000);
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    console.stop();
    QSqlDatabase::database(QStringLiteral("holder")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestStartServer::fillRemoteCache(const QString &data, const QUrl &url, const QStringList &extra)
{
    const auto &op = test::testAccount(domain::UserRole::Operator);
    ConsoleRun console;
    QVERIFY(console.start(withLanguage(QStringList{QStringLiteral("--server"), url.toString(), QStringLiteral("--data-dir"), data,
                                                   QStringLiteral("--user"), op.email, QStringLiteral("--password-stdin")}
                                       + extra),
                          m_dir.filePath(QFileInfo(data).fileName() + QStringLiteral("-fill.jsonl")), op.password.toUtf8() + '\n'));
    QVERIFY2(!console.waitForState(liveWithData, 30000).isEmpty(), qPrintable(console.describe()));
    console.stop();
}

void TestStartServer::remoteServerUnreachable()
{
    test::ServerProcess server;
    QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("unreachable.db"))), qPrintable(server.errorString()));
    const QString data = m_dir.filePath(QStringLiteral("unreachable"));
    fillRemoteCache(data, server.url());
    QVERIFY(server.terminate());
    ConsoleRun console;
    const QString notice = expectCacheAndNotice(console, QStringLiteral("unreachable"),
                                                {QStringLiteral("--server"), server.url().toString(), QStringLiteral("--data-dir"), data},
                                                QStringLiteral("Cannot reach the server"));
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    QVERIFY2(notice.contains(u"cached data is shown"), qPrintable(notice));
}

void TestStartServer::remoteServerWrongUrl()
{
    test::ServerProcess server;
    QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("wrongurl.db"))), qPrintable(server.errorString()));
    const QString data = m_dir.filePath(QStringLiteral("wrongurl"));
    fillRemoteCache(data, server.url());
    // The same host and port with a path that leads nowhere: something answers, but not our API.
    const QString wrong = server.url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/energy");
    ConsoleRun console;
    const QString notice = expectCacheAndNotice(console, QStringLiteral("wrongurl"),
                                                {QStringLiteral("--server"), wrong, QStringLiteral("--data-dir"), data},
                                                QStringLiteral("does not answer as an Energy Truck server does"));
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    QVERIFY2(notice.contains(u"404") && notice.contains(u"--server"), qPrintable(notice));
}

void TestStartServer::remoteServerFromAnotherCa()
{
    test::TestPki pki;
    QString pkiError;
    QVERIFY2(pki.create(&pkiError), qPrintable(pkiError));
    test::ServerProcess server;
    QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("tls.db")), pki.serverArgs()), qPrintable(server.errorString()));
    const QString data = m_dir.filePath(QStringLiteral("tls"));
    fillRemoteCache(data, server.url(), {QStringLiteral("--ca-cert"), pki.caFile()});
    ConsoleRun console;
    const QString notice = expectCacheAndNotice(console, QStringLiteral("tls"),
                                                {QStringLiteral("--server"), server.url().toString(), QStringLiteral("--data-dir"), data,
                                                 QStringLiteral("--ca-cert"), pki.otherCaFile()},
                                                QStringLiteral("not trusted"));
    QVERIFY2(!notice.isEmpty(), qPrintable(console.describe()));
    QVERIFY2(notice.contains(u"--ca-cert"), qPrintable(notice));
}

QTEST_GUILESS_MAIN(TestStartServer)
#include "tst_startserver.moc"
