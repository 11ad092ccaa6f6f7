// SPDX-License-Identifier: MIT
// The audit trail of the real server: one entry for every command, sign-in and refusal (with
// who, what and the answer), paging, no password or token anywhere (audit table, database file
// bytes, server log), a chain that verifies, and one that reports the first entry someone
// changed in the SQLite file behind the server's back.
#include "domain/disaster.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::HttpReply;

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QStringList m_secrets; ///< every password and token this test saw

    QString dbPath() const { return m_dir.filePath(QStringLiteral("audit.sqlite")); }

    QJsonArray entries(test::HttpTestClient &admin, const QString &query = QStringLiteral("limit=1000"))
    {
        return admin.get(QStringLiteral("/api/v1/audit?") + query).json.value(QStringLiteral("items")).toArray();
    }

    QString signIn(UserRole role)
    {
        QString refresh;
        const QString access = m_server.signIn(role, &refresh);
        m_secrets << access << refresh;
        return access;
    }

    static QJsonObject lastWhere(const QJsonArray &items, const QString &path, int status)
    {
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            const QJsonObject o = items.at(i).toObject();
            if (o.value(QStringLiteral("path")).toString() == path && o.value(QStringLiteral("status")).toInt() == status)
                return o;
        }
        return {};
    }

    // Runs `statements` on the stopped server's file over a connection of its own; false (and the
    // error) at the first that fails.
    bool editFile(const QStringList &statements, QString *error)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(dbPath());
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    *error = q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    QJsonObject verifyAfterRestart()
    {
        if (!m_server.restart())
            return {};
        test::HttpTestClient admin(m_server.url(), m_server.signIn(UserRole::Admin));
        return admin.get(QStringLiteral("/api/v1/audit/verify")).json;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(dbPath(), {QStringLiteral("--rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorString()));
        for (const UserRole role : test::allRoles())
            m_secrets << test::testAccount(role).password;
    }

    void commandsSignInsAndRefusalsAreRecorded()
    {
        test::HttpTestClient anon(m_server.url());
        test::HttpTestClient op(m_server.url(), signIn(UserRole::Operator));
        test::HttpTestClient viewer(m_server.url(), signIn(UserRole::Viewer));
        test::HttpTestClient admin(m_server.url(), signIn(UserRole::Admin));
        const QString wrongPassword = QStringLiteral("not-the-password-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_secrets << wrongPassword;
        QCOMPARE(test::login(anon, QStringLiteral("Nobody@Test.invalid"), wrongPassword).status, 401);

        const auto d = test::makeDisaster(domain::DisasterType::Wildfire, 2, 33.4, 126.5, 4.0);
        const HttpReply created = op.post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()), {{"X-Request-ID", "audit-create-1"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(viewer.post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson())).status, 403);
        QCOMPARE(anon.post(QStringLiteral("/api/v1/orders"), "{}", test::idempotencyKey("audit-anon")).status, 401);
        QCOMPARE(op.post(QStringLiteral("/api/v1/orders"), "{}", test::idempotencyKey("audit-bad")).status, 422);
        const QString password = QStringLiteral("brand-new-user-password");
        m_secrets << password;
        QCOMPARE(admin.post(QStringLiteral("/api/v1/users"),
                            test::compactJson({{QStringLiteral("email"), QStringLiteral("new@test.invalid")}, {QStringLiteral("password"), password},
                                               {QStringLiteral("role"), QStringLiteral("viewer")}})).status, 201);
        // Reads are not audited.
        const int before = int(entries(admin).size());
        QCOMPARE(op.get(QStringLiteral("/api/v1/assets")).status, 200);
        QCOMPARE(int(entries(admin).size()), before);

        const QJsonArray items = entries(admin);
        const QJsonObject failed = lastWhere(items, QStringLiteral("/api/v1/auth/login"), 401);
        QCOMPARE(failed.value(QStringLiteral("email")).toString(), QStringLiteral("Nobody@Test.invalid")); // as typed
        QVERIFY(failed.value(QStringLiteral("user_id")).isNull());
        QCOMPARE(failed.value(QStringLiteral("result")).toString(), QStringLiteral("invalid_credentials"));
        const QJsonObject ok = lastWhere(items, QStringLiteral("/api/v1/auth/login"), 200);
        QCOMPARE(ok.value(QStringLiteral("email")).toString(), test::testAccount(UserRole::Admin).email);
        QCOMPARE(ok.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(ok.value(QStringLiteral("user_id")).toString().startsWith(u"usr-"));
        QCOMPARE(ok.value(QStringLiteral("result")).toString(), QStringLiteral("signed in"));

        const QJsonObject command = lastWhere(items, QStringLiteral("/api/v1/disasters"), 201);
        QCOMPARE(command.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(command.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
        QCOMPARE(command.value(QStringLiteral("email")).toString(), test::testAccount(UserRole::Operator).email);
        QCOMPARE(command.value(QStringLiteral("request_id")).toString(), QStringLiteral("audit-create-1"));
        QCOMPARE(command.value(QStringLiteral("result")).toString(), QStringLiteral("created ") + created.json.value(QStringLiteral("id")).toString());
        const QJsonObject forbidden = lastWhere(items, QStringLiteral("/api/v1/disasters"), 403);
        QCOMPARE(forbidden.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QCOMPARE(forbidden.value(QStringLiteral("result")).toString(), QStringLiteral("forbidden"));
        const QJsonObject anonymous = lastWhere(items, QStringLiteral("/api/v1/orders"), 401);
        QVERIFY(anonymous.value(QStringLiteral("user_id")).isNull());
        QCOMPARE(anonymous.value(QStringLiteral("result")).toString(), QStringLiteral("unauthenticated"));
        QCOMPARE(lastWhere(items, QStringLiteral("/api/v1/orders"), 422).value(QStringLiteral("result")).toString(), QStringLiteral("validation_failed"));
        QVERIFY(!lastWhere(items, QStringLiteral("/api/v1/users"), 201).isEmpty());

        // Ordered, chained, paged.
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).toObject().value(QStringLiteral("seq")).toInt(), int(i + 1));
            if (i > 0)
                QCOMPARE(items.at(i).toObject().value(QStringLiteral("prev_hash")), items.at(i - 1).toObject().value(QStringLiteral("hash")));
        }
        QCOMPARE(items.first().toObject().value(QStringLiteral("prev_hash")).toString(), QString(64, u'0'));
        const HttpReply page = admin.get(QStringLiteral("/api/v1/audit?after=2&limit=3"));
        QCOMPARE(page.json.value(QStringLiteral("items")).toArray().size(), 3);
        QCOMPARE(page.json.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(page.json.value(QStringLiteral("next")).toInt(), 5);
        QCOMPARE(entries(admin, QString()).size(), std::min<qsizetype>(items.size() + 0, 100));
        for (const char *bad : {"limit=0", "limit=1001", "limit=x", "after=-1"})
            QCOMPARE(admin.get(QStringLiteral("/api/v1/audit?") + QLatin1String(bad)).status, 400);
        QCOMPARE(op.get(QStringLiteral("/api/v1/audit")).status, 403);
        QCOMPARE(op.get(QStringLiteral("/api/v1/audit/verify")).status, 403);
    }

    void theChainVerifies()
    {
        test::HttpTestClient admin(m_server.url(), signIn(UserRole::Admin));
        const HttpReply v = admin.get(QStringLiteral("/api/v1/audit/verify"));
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(v.json.value(QStringLiteral("entries")).toInt() >= 10);
        QCOMPARE(v.json.value(QStringLiteral("entries")).toInt(), int(entries(admin).size()));
    }

    void noPasswordOrTokenIsKeptAnywhere()
    {
        test::HttpTestClient admin(m_server.url(), signIn(UserRole::Admin));
        const QByteArray audit = QJsonDocument(entries(admin)).toJson();
        QVERIFY(m_server.terminate());
        QByteArray files;
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("audit.sqlite*")}, QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        QVERIFY(files.size() > 10000);
        const QByteArray log = m_server.stderrLog();
        QVERIFY(!log.isEmpty());
        QVERIFY(m_secrets.size() >= 10);
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            const QByteArray s = secret.toUtf8();
            QVERIFY2(!audit.contains(s), "a secret in the audit trail");
            QVERIFY2(!files.contains(s), "a secret in the database file");
            QVERIFY2(!log.contains(s), "a secret in the server log");
            // Nor a JWT's signature part on its own.
            if (secret.count(u'.') == 2) {
                const QByteArray signature = secret.section(u'.', 2).toUtf8();
                // Which one and where, never the secret itself (a failure once said only "false").
                QVERIFY2(!files.contains(signature), qPrintable(QStringLiteral("secret %1's third part (%2 characters) in the database file")
                                                                    .arg(m_secrets.indexOf(secret)).arg(signature.size())));
                QVERIFY2(!log.contains(signature), qPrintable(QStringLiteral("secret %1's third part (%2 characters) in the server log")
                                                                  .arg(m_secrets.indexOf(secret)).arg(signature.size())));
            }
        }
        QVERIFY(files.contains("$argon2id$")); // the hashes are there instead
        QVERIFY(m_server.restart());
    }

    void anEditedEntryIsFound()
    {
        // Someone with the file: the triggers refuse an edit, so they drop them first.
        QVERIFY(m_server.terminate());
        QString error;
        QVERIFY(!editFile({QStringLiteral("UPDATE audit SET result = 'nothing happened' WHERE seq = 3")}, &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!editFile({QStringLiteral("DELETE FROM audit WHERE seq = 3")}, &error));
        QVERIFY2(editFile({QStringLiteral("DROP TRIGGER audit_no_update"), QStringLiteral("UPDATE audit SET result = 'nothing happened' WHERE seq = 3")}, &error),
                 qPrintable(error));
        QJsonObject report = verifyAfterRestart();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("first_bad_seq")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 3);
        QVERIFY(report.value(QStringLiteral("reason")).toString().contains(QStringLiteral("hash")));

        // A removed entry breaks the chain where it was.
        QVERIFY(m_server.terminate());
        QVERIFY2(editFile({QStringLiteral("DROP TRIGGER audit_no_delete"), QStringLiteral("DELETE FROM audit WHERE seq = 2")}, &error), qPrintable(error));
        report = verifyAfterRestart();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("first_bad_seq")).toInt(), 3);
        QVERIFY(report.value(QStringLiteral("reason")).toString().contains(QStringLiteral("missing")));

        // The same instant written another way is still an edit: the chain covers the stored text.
        QVERIFY(m_server.terminate());
        QVERIFY2(editFile({QStringLiteral("UPDATE audit SET at = replace(at, 'Z', '+00:00') WHERE seq = 1")}, &error), qPrintable(error));
        report = verifyAfterRestart();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("first_bad_seq")).toInt(), 1);
        QVERIFY2(report.value(QStringLiteral("reason")).toString().contains(QStringLiteral("+00:00")),
                 qPrintable(report.value(QStringLiteral("reason")).toString()));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
