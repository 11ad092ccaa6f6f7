// SPDX-License-Identifier: MIT
// The key scenario, end to end with real processes: sync with the CLI, SIGKILL the server,
// and the CLI still lists from its cache exactly what the server said before it died. The CLI
// signs in first and uses its saved login; our own requests carry a token of their own.
#include "client/accountdirectory.h"
#include "cliprocess.h"
#include "domain/jsonfieldreader.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using et::domain::UserRole;
using et::test::CliRun;
using et::test::runCli;

namespace {

QNetworkRequest withBearer(const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

/// GET a URL with a plain network manager, independent of the client library under test.
QJsonObject fetch(const QUrl &url, const QString &token = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request = withBearer(url, token);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// POST a JSON body, the way any other client of the API would.
int post(const QUrl &url, const QJsonObject &body, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request = withBearer(url, token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonArray sortedById(QJsonArray items)
{
    QList<QJsonValue> list(items.begin(), items.end());
    std::sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[QStringLiteral("id")].toString() < b[QStringLiteral("id")].toString();
    });
    QJsonArray out;
    for (const auto &v : list)
        out.append(v);
    return out;
}

} // namespace

class TestCliOfflineCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsFromCacheAfterServerIsKilled()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        et::test::ServerProcess server;
        // A tick a minute: nothing changes between the CLI's sync and our own reading.
        QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(server.errorString()));
        const QString url = server.url().toString();
        const QString token = server.signIn(UserRole::Operator);
        QVERIFY2(!token.isEmpty(), qPrintable(server.errorString()));

        // One disaster registered by someone else, so the cache has every kind to keep.
        const QJsonObject typhoon{{QStringLiteral("type"), QStringLiteral("typhoon")},
                                  {QStringLiteral("severity"), 3},
                                  {QStringLiteral("lat"), 33.25},
                                  {QStringLiteral("lon"), 126.56},
                                  {QStringLiteral("radius_km"), 40.0},
                                  {QStringLiteral("started_at"), QStringLiteral("2026-11-23T10:00:00Z")},
                                  {QStringLiteral("ended_at"), QJsonValue()},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("title"), QStringLiteral("태풍 힌남노")},
                                  {QStringLiteral("description"), QStringLiteral("서귀포 남쪽 해상")}};
        QCOMPARE(post(QUrl(url + QStringLiteral("/api/v1/disasters")), typhoon, token), 201);

        const CliRun login = et::test::cliLogin(url, data, UserRole::Operator);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const CliRun sync = runCli({QStringLiteral("--server"), url, QStringLiteral("--data-dir"), data, QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("synced")), qPrintable(sync.out));
        const QString email = et::test::testAccount(UserRole::Operator).email;
        QVERIFY(QFile::exists(et::client::AccountDirectory::cachePathFor(data, et::client::AccountDirectory::serverIdentity(url), email)));

        const QJsonObject before = fetch(QUrl(url + QStringLiteral("/api/v1/trucks")), token);
        const QJsonArray serverTrucks = sortedById(before.value(QStringLiteral("items")).toArray());
        QVERIFY(serverTrucks.size() > 5);
        const QJsonObject health = fetch(QUrl(url + QStringLiteral("/api/v1/health")));
        const auto cursor = qint64(health.value(QStringLiteral("cursor")).toDouble());
        QCOMPARE(qint64(before.value(QStringLiteral("cursor")).toDouble()), cursor);

        QJsonObject otherKinds;
        for (const char *kind : {"assets", "disasters", "centers"}) {
            const QString name = QString::fromLatin1(kind);
            otherKinds.insert(name, sortedById(fetch(QUrl(url + QStringLiteral("/api/v1/") + name), token).value(QStringLiteral("items")).toArray()));
        }
        QVERIFY(!otherKinds.value(QStringLiteral("assets")).toArray().isEmpty());
        QVERIFY(!otherKinds.value(QStringLiteral("centers")).toArray().isEmpty());
        QCOMPARE(otherKinds.value(QStringLiteral("disasters")).toArray().size(), 1);

        server.kill(); // SIGKILL: no goodbye
        QVERIFY(!server.isRunning());

        const CliRun list = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(list.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), qPrintable(list.out.left(300)));
        QCOMPARE(sortedById(doc.array()), serverTrucks);

        for (auto it = otherKinds.constBegin(); it != otherKinds.constEnd(); ++it) {
            const CliRun other = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("list"), it.key(), QStringLiteral("--json")});
            QVERIFY2(other.exitCode == 0, qPrintable(other.err));
            QCOMPARE(sortedById(QJsonDocument::fromJson(other.out.toUtf8()).array()), it.value().toArray());
        }

        // The table prints the Korean names as they are.
        const CliRun table = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("list"), QStringLiteral("trucks")});
        QCOMPARE(table.exitCode, 0);
        for (const QJsonValue &t : serverTrucks)
            QVERIFY2(table.out.contains(t[QStringLiteral("name")].toString()), qPrintable(t[QStringLiteral("name")].toString()));

        // Status: the server is gone, the data has an age.
        const CliRun status = runCli({QStringLiteral("--server"), url, QStringLiteral("--data-dir"), data, QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("unreachable: ")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("last synced ")) && status.out.contains(QStringLiteral(" UTC, ")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("cursor %1").arg(cursor)), qPrintable(status.out));
        const CliRun offline = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("status")});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY2(offline.out.contains(QStringLiteral("offline (no server configured)")), qPrintable(offline.out));
        QVERIFY2(offline.out.contains(QStringLiteral("account:    ") + email), qPrintable(offline.out));

        // A second sync against the dead server fails clearly and keeps the cache.
        const CliRun again = runCli({QStringLiteral("--server"), url, QStringLiteral("--data-dir"), data, QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("unreachable")), qPrintable(again.err));
        const CliRun still = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--json")});
        QCOMPARE(still.exitCode, 0);
        QCOMPARE(sortedById(QJsonDocument::fromJson(still.out.toUtf8()).array()), serverTrucks);
    }

    void statusOnlineWhileServerRuns()
    {
        et::test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(m_dir.filePath(QStringLiteral("online.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(server.errorString()));
        const CliRun status = runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--data-dir"),
                                      m_dir.filePath(QStringLiteral("never")), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("connection: online")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("never synced")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("nobody signed in")), qPrintable(status.out));
    }

    void emptyDataDirSaysNoDataYet()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        const CliRun table = runCli({QStringLiteral("--data-dir"), empty, QStringLiteral("list"), QStringLiteral("assets")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("no data yet")), qPrintable(table.out));
        const CliRun json = runCli({QStringLiteral("--data-dir"), empty, QStringLiteral("list"), QStringLiteral("centers"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out.trimmed(), QStringLiteral("[]"));
        QVERIFY(json.err.contains(QStringLiteral("no data yet")));
        // Reading creates nothing.
        QVERIFY(!QFileInfo::exists(empty));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("list without kind") << QStringList{QStringLiteral("list")} << QStringLiteral("needs what to list");
        QTest::newRow("list bad kind") << QStringList{QStringLiteral("list"), QStringLiteral("pizzas")} << QStringLiteral("cannot list \"pizzas\"");
        QTest::newRow("sync without server") << QStringList{QStringLiteral("sync")} << QStringLiteral("needs --server");
        QTest::newRow("bad server url") << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://x"), QStringLiteral("sync")}
                                        << QStringLiteral("is not an http");
        QTest::newRow("json with status") << QStringList{QStringLiteral("status"), QStringLiteral("--json")} << QStringLiteral("only applies to list");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("status")} << QStringLiteral("frob");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("status"), QStringLiteral("now")} << QStringLiteral("unexpected argument \"now\"");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = runCli(QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("usage"))} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
    }

    void brokenCacheIsMovedAsideWithAClearMessage()
    {
        // The folder's last account (as a login leaves it) has a cache that is not SQLite.
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        const QString server = QStringLiteral("http://127.0.0.1:9");
        const QString email = et::test::testAccount(UserRole::Operator).email;
        const QString identity = et::client::AccountDirectory::serverIdentity(server);
        QVERIFY(et::client::AccountDirectory::remember(dir, {identity, email}).ok());
        const QString cacheDir = et::client::AccountDirectory::folderFor(dir, identity, email);
        QVERIFY(QDir().mkpath(cacheDir));
        QFile f(cacheDir + QStringLiteral("/cache.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
        f.close();
        const CliRun r = runCli({QStringLiteral("--data-dir"), dir, QStringLiteral("list"), QStringLiteral("trucks")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("not a SQLite database")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("moved to")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("no data yet")), qPrintable(r.out));
        const QStringList aside = QDir(cacheDir).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(cacheDir).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("definitely not sqlite"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliOfflineCache)
#include "tst_cliofflinecache.moc"
