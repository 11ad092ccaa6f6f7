// SPDX-License-Identifier: MIT
// One cache folder per (server, user): another user never opens the first one's cache, the folder
// is found again offline, and the last account survives a restart but not a broken file.
#include "client/accountdirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using et::client::AccountDirectory;
using et::client::LastAccount;

class TestAccountDirectory : public QObject
{
    Q_OBJECT
private slots:
    void foldersSeparateUsersAndServers()
    {
        const QString d = QStringLiteral("/data");
        const QString a = AccountDirectory::folderFor(d, QStringLiteral("https://grid.kr:8443"), QStringLiteral("op@grid.kr"));
        QVERIFY(a.startsWith(QStringLiteral("/data/accounts/u-")));
        QCOMPARE(QFileInfo(a).fileName().size(), 18);
        QVERIFY(a != AccountDirectory::folderFor(d, QStringLiteral("https://grid.kr:8443"), QStringLiteral("viewer@grid.kr")));
        QVERIFY(a != AccountDirectory::folderFor(d, QStringLiteral("https://other.kr:8443"), QStringLiteral("op@grid.kr")));
        // The same person however the address is typed.
        QCOMPARE(AccountDirectory::folderFor(d, QStringLiteral("https://grid.kr:8443"), QStringLiteral(" OP@Grid.kr ")), a);
        QCOMPARE(AccountDirectory::cachePathFor(d, QStringLiteral("https://grid.kr:8443"), QStringLiteral("op@grid.kr")),
                 a + QStringLiteral("/cache.sqlite"));
    }

    void serverIdentityIsTheOrigin()
    {
        QCOMPARE(AccountDirectory::serverIdentity(QStringLiteral("https://Grid.kr:8443/api/?x=1#y")), QStringLiteral("https://grid.kr:8443"));
        QCOMPARE(AccountDirectory::serverIdentity(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(AccountDirectory::serverIdentity(QStringLiteral("bundled")), QStringLiteral("bundled"));
    }

    void lastAccountRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(!AccountDirectory::last(dir.path()));
        QVERIFY(AccountDirectory::remember(dir.path(), {QStringLiteral("bundled"), QStringLiteral("local@energytruck.local")}).ok());
        const auto last = AccountDirectory::last(dir.path());
        QVERIFY(last);
        QCOMPARE(last->server, QStringLiteral("bundled"));
        QCOMPARE(last->email, QStringLiteral("local@energytruck.local"));
        QVERIFY(AccountDirectory::remember(dir.path(), {QStringLiteral("https://grid.kr"), QStringLiteral("op@grid.kr")}).ok());
        QCOMPARE(AccountDirectory::last(dir.path())->email, QStringLiteral("op@grid.kr"));
    }

    void knownUserIsKeptPerUser()
    {
        QTemporaryDir dir;
        const QString server = QStringLiteral("https://grid.kr");
        et::domain::UserAccount op{QStringLiteral("usr-1"), QStringLiteral("Op@Grid.kr"), et::domain::UserRole::Operator};
        QVERIFY(!AccountDirectory::knownUser(dir.path(), server, op.email));
        QVERIFY(AccountDirectory::rememberUser(dir.path(), server, op).ok());
        const auto known = AccountDirectory::knownUser(dir.path(), server, QStringLiteral("op@grid.kr"));
        QVERIFY(known);
        QCOMPARE(known->id, QStringLiteral("usr-1"));
        QCOMPARE(et::domain::toString(known->role), QStringLiteral("operator"));
        // Another user, or the same address on another server, knows nothing of it.
        QVERIFY(!AccountDirectory::knownUser(dir.path(), server, QStringLiteral("viewer@grid.kr")));
        QVERIFY(!AccountDirectory::knownUser(dir.path(), QStringLiteral("bundled"), op.email));
        // A file that names someone else (copied between folders) is not taken for this user.
        const QString other = QDir(AccountDirectory::folderFor(dir.path(), server, QStringLiteral("viewer@grid.kr"))).filePath(QStringLiteral("user.json"));
        QVERIFY(QDir().mkpath(QFileInfo(other).absolutePath()));
        QVERIFY(QFile::copy(QDir(AccountDirectory::folderFor(dir.path(), server, op.email)).filePath(QStringLiteral("user.json")), other));
        QVERIFY(!AccountDirectory::knownUser(dir.path(), server, QStringLiteral("viewer@grid.kr")));
    }

    void brokenAccountFileIsNoAccount()
    {
        QTemporaryDir dir;
        for (const QByteArray &junk : {QByteArray("{\"server\":3}"), QByteArray("not json"), QByteArray("{\"server\":\"x\"}")}) {
            QFile f(QDir(dir.path()).filePath(QStringLiteral("account.json")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(junk);
            f.close();
            QVERIFY2(!AccountDirectory::last(dir.path()), junk.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountDirectory)
#include "tst_accountdirectory.moc"
