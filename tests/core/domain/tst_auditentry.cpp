// SPDX-License-Identifier: MIT
// The audit trail's codecs (docs/api.md, "Admin: GET /api/v1/audit"), fed with answers captured
// from a real energytruck-server (a failed and a good sign-in, then a verify before and after an
// entry was edited in its SQLite file): they decode, round-trip, and refuse wrong types, missing
// fields, bad hashes and pages whose order would make paging skip entries.
#include "domain/auditentry.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace et::domain;
using et::test::jsonObject;
using et::test::jsonWith;

namespace {
// Captured from GET /api/v1/audit?after=0&limit=10 (the server's compact JSON, keys sorted).
const char *kPage = R"({"items":[{"at":"2026-12-02T07:06:37.228Z","email":"nobody@jeju-grid.kr","hash":"500cae64a8b711a22a69efc9afbca01749a285b4ee5a72709a16293f36fe69c0","method":"POST","path":"/api/v1/auth/login","prev_hash":"0000000000000000000000000000000000000000000000000000000000000000","request_id":"8722304b-475c-4333-91ec-30c3c00b8026","result":"invalid_credentials","role":null,"seq":1,"status":401,"user_id":null},{"at":"2026-12-02T07:06:37.422Z","email":"admin@jeju-grid.kr","hash":"0419f549543cf92f41ae34f04948e1baecac0eb433f17ab360fe5af17d991721","method":"POST","path":"/api/v1/auth/login","prev_hash":"500cae64a8b711a22a69efc9afbca01749a285b4ee5a72709a16293f36fe69c0","request_id":"4da87e8a-8951-43ca-9133-900b41e5668f","result":"signed in","role":"admin","seq":2,"status":200,"user_id":"usr-92dca48d419d4170"}],"next":2})";
// The second entry of kPage on its own.
const char *kEntry = R"({"at":"2026-12-02T07:06:37.422Z","email":"admin@jeju-grid.kr","hash":"0419f549543cf92f41ae34f04948e1baecac0eb433f17ab360fe5af17d991721","method":"POST","path":"/api/v1/auth/login","prev_hash":"500cae64a8b711a22a69efc9afbca01749a285b4ee5a72709a16293f36fe69c0","request_id":"4da87e8a-8951-43ca-9133-900b41e5668f","result":"signed in","role":"admin","seq":2,"status":200,"user_id":"usr-92dca48d419d4170"})";
// Captured from GET /api/v1/audit/verify, then again after seq 1's result was edited in the file.
const char *kIntact = R"({"entries":2,"ok":true})";
// (Not a raw string: moc reads the apostrophe in one as the start of a character literal.)
const char *kBroken = "{\"entries\":1,\"first_bad_seq\":1,\"ok\":false,\"reason\":\"hash does not match the entry's fields\"}";
} // namespace

class TestAuditEntry : public QObject
{
    Q_OBJECT
private slots:
    void capturedPageDecodes()
    {
        const auto page = AuditPage::fromJson(jsonObject(kPage));
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QCOMPARE(page.value().next, 2);
        QCOMPARE(page.value().items.size(), 2);
        const AuditEntry &failed = page.value().items.at(0);
        QCOMPARE(failed.seq, 1);
        QCOMPARE(failed.status, 401);
        QCOMPARE(failed.result, QStringLiteral("invalid_credentials"));
        QCOMPARE(failed.email, QStringLiteral("nobody@jeju-grid.kr")); // as typed
        QVERIFY(failed.userId.isEmpty());
        QVERIFY(failed.role.isEmpty());
        QCOMPARE(failed.prevHash, QString(64, u'0'));
        const AuditEntry &ok = page.value().items.at(1);
        QCOMPARE(ok.at, QDateTime(QDate(2026, 12, 2), QTime(7, 6, 37, 422), Qt::UTC));
        QCOMPARE(ok.role, QStringLiteral("admin"));
        QCOMPARE(ok.userId, QStringLiteral("usr-92dca48d419d4170"));
        QCOMPARE(ok.method, QStringLiteral("POST"));
        QCOMPARE(ok.path, QStringLiteral("/api/v1/auth/login"));
        QCOMPARE(ok.requestId, QStringLiteral("4da87e8a-8951-43ca-9133-900b41e5668f"));
        QCOMPARE(ok.prevHash, failed.hash);
    }

    void entryRoundTrips()
    {
        // toJson is the server's form: the same object, nulls included.
        const auto page = AuditPage::fromJson(jsonObject(kPage));
        QVERIFY(page.ok());
        const QJsonArray items = jsonObject(kPage).value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(page.value().items.at(i).toJson(), items.at(i).toObject());
            const auto back = AuditEntry::fromJson(page.value().items.at(i).toJson());
            QVERIFY(back.ok());
            QCOMPARE(back.value(), page.value().items.at(i));
        }
    }

    void badEntries_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("seq as text") << jsonWith(kEntry, QStringLiteral("seq"), QStringLiteral("2")) << "seq";
        QTest::newRow("seq 0") << jsonWith(kEntry, QStringLiteral("seq"), 0) << "seq";
        QTest::newRow("seq fraction") << jsonWith(kEntry, QStringLiteral("seq"), 2.5) << "seq";
        QTest::newRow("no seq") << jsonWith(kEntry, QStringLiteral("seq"), QJsonValue::Undefined) << "seq";
        QTest::newRow("at not a time") << jsonWith(kEntry, QStringLiteral("at"), QStringLiteral("yesterday")) << "at";
        QTest::newRow("at as number") << jsonWith(kEntry, QStringLiteral("at"), 1764659197) << "at";
        QTest::newRow("no user_id") << jsonWith(kEntry, QStringLiteral("user_id"), QJsonValue::Undefined) << "user_id";
        QTest::newRow("email as number") << jsonWith(kEntry, QStringLiteral("email"), 7) << "email";
        QTest::newRow("no email") << jsonWith(kEntry, QStringLiteral("email"), QJsonValue::Undefined) << "email";
        QTest::newRow("unknown role") << jsonWith(kEntry, QStringLiteral("role"), QStringLiteral("root")) << "role";
        QTest::newRow("no role") << jsonWith(kEntry, QStringLiteral("role"), QJsonValue::Undefined) << "role";
        QTest::newRow("no method") << jsonWith(kEntry, QStringLiteral("method"), QJsonValue::Undefined) << "method";
        QTest::newRow("path as array") << jsonWith(kEntry, QStringLiteral("path"), QJsonArray{}) << "path";
        QTest::newRow("huge path") << jsonWith(kEntry, QStringLiteral("path"), QString(5000, u'a')) << "path";
        QTest::newRow("empty request_id") << jsonWith(kEntry, QStringLiteral("request_id"), QString()) << "request_id";
        QTest::newRow("status as text") << jsonWith(kEntry, QStringLiteral("status"), QStringLiteral("200")) << "status";
        QTest::newRow("status 42") << jsonWith(kEntry, QStringLiteral("status"), 42) << "status";
        QTest::newRow("result null") << jsonWith(kEntry, QStringLiteral("result"), QJsonValue::Null) << "result";
        QTest::newRow("short hash") << jsonWith(kEntry, QStringLiteral("hash"), QStringLiteral("0419f5")) << "hash";
        QTest::newRow("upper-case hash") << jsonWith(kEntry, QStringLiteral("hash"), QStringLiteral("0419F549543CF92F41AE34F04948E1BAECAC0EB433F17AB360FE5AF17D991721")) << "hash";
        QTest::newRow("hash and a newline") << jsonWith(kEntry, QStringLiteral("hash"), QStringLiteral("0419f549543cf92f41ae34f04948e1baecac0eb433f17ab360fe5af17d991721\n")) << "hash";
        QTest::newRow("no prev_hash") << jsonWith(kEntry, QStringLiteral("prev_hash"), QJsonValue::Undefined) << "prev_hash";
    }

    void badEntries()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto e = AuditEntry::fromJson(json);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().field, field);
    }

    void chainHashIsTheDocumentedForm_data()
    {
        // Expected digests from `printf '%s' '[1,"2026-…"]' | sha256sum` over the array written
        // out by hand as docs/api.md describes it, not from the code under test.
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("hash");
        QTest::newRow("created order")
            << QJsonObject{{"seq", 1}, {"at", "2026-11-23T05:00:00.123Z"}, {"user_id", "usr-1"}, {"email", "op@jeju-grid.test"},
                           {"role", "operator"}, {"method", "POST"}, {"path", "/api/v1/orders"}, {"request_id", "req-1"},
                           {"status", 201}, {"result", "created ord-1"}, {"prev_hash", QString(64, u'0')}, {"hash", QString(64, u'f')}}
            << QStringLiteral("746948a32c2a5e968c372093f1de3dbdaea4971af7ec12c9b5ac29b532849783");
        QTest::newRow("nulls, Korean, a quote")
            << QJsonObject{{"seq", 2}, {"at", "2026-11-23T14:00:01+09:00"}, {"user_id", QJsonValue::Null}, {"email", "한라@jeju-grid.test"},
                           {"role", QJsonValue::Null}, {"method", "POST"}, {"path", "/api/v1/auth/login"}, {"request_id", "req-\"2\""},
                           {"status", 401}, {"result", "bad_credentials"}, {"prev_hash", QString(64, u'a')}, {"hash", QString(64, u'f')}}
            << QStringLiteral("5aca1adc75a5e986f4360156ac170fa52610e877c4548135efd884272cff711e");
    }
    void chainHashIsTheDocumentedForm()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, hash);
        const auto e = AuditEntry::fromJson(json);
        QVERIFY2(e.ok(), qPrintable(e.error().toString()));
        QCOMPARE(e.value().chainHash(), hash);
    }

    void capturedHashesAreTheChainHash()
    {
        // The server wrote these hashes; the chain read back must give the same ones.
        const auto page = AuditPage::fromJson(jsonObject(kPage));
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QString previous = QString(64, u'0');
        for (const AuditEntry &e : page.value().items) {
            QCOMPARE(e.prevHash, previous);
            QCOMPARE(e.chainHash(), e.hash);
            previous = e.hash;
        }
        AuditEntry edited = page.value().items.at(1);
        edited.result = QStringLiteral("nothing happened");
        QVERIFY(edited.chainHash() != edited.hash);
    }

    void notAnObject()
    {
        QVERIFY(!AuditEntry::fromJson(QJsonValue(QStringLiteral("entry"))).ok());
        QVERIFY(!AuditPage::fromJson(QJsonArray{}).ok());
        QVERIFY(!AuditVerification::fromJson(QJsonValue(true)).ok());
    }

    void badPages()
    {
        QCOMPARE(AuditPage::fromJson(jsonWith(kPage, QStringLiteral("items"), QJsonValue::Undefined)).error().field, QStringLiteral("items"));
        QCOMPARE(AuditPage::fromJson(jsonWith(kPage, QStringLiteral("next"), QStringLiteral("2"))).error().field, QStringLiteral("next"));
        QCOMPARE(AuditPage::fromJson(jsonWith(kPage, QStringLiteral("next"), 5)).error().field, QStringLiteral("next"));
        // An empty page's next is the request's after.
        const auto empty = AuditPage::fromJson(jsonObject(R"({"items":[],"next":17})"));
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().next, 17);
        // One bad item names its place.
        QJsonObject page = jsonObject(kPage);
        QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QJsonObject second = items.at(1).toObject();
        second.insert(QStringLiteral("status"), QStringLiteral("ok"));
        items.replace(1, second);
        page.insert(QStringLiteral("items"), items);
        QCOMPARE(AuditPage::fromJson(page).error().field, QStringLiteral("items[1].status"));
        // Out of order: paging on `next` would skip or repeat entries.
        page.insert(QStringLiteral("items"), QJsonArray{jsonObject(kPage).value(QStringLiteral("items")).toArray().at(1),
                                                        jsonObject(kPage).value(QStringLiteral("items")).toArray().at(0)});
        page.insert(QStringLiteral("next"), 1);
        QCOMPARE(AuditPage::fromJson(page).error().field, QStringLiteral("items[1].seq"));
    }

    void verification()
    {
        const auto intact = AuditVerification::fromJson(jsonObject(kIntact));
        QVERIFY2(intact.ok(), qPrintable(intact.error().toString()));
        QVERIFY(intact.value().ok);
        QCOMPARE(intact.value().entries, 2);
        QCOMPARE(intact.value().firstBadSeq, 0);
        QCOMPARE(intact.value().toJson(), jsonObject(kIntact));

        const auto broken = AuditVerification::fromJson(jsonObject(kBroken));
        QVERIFY2(broken.ok(), qPrintable(broken.error().toString()));
        QVERIFY(!broken.value().ok);
        QCOMPARE(broken.value().entries, 1);
        QCOMPARE(broken.value().firstBadSeq, 1);
        QCOMPARE(broken.value().reason, QStringLiteral("hash does not match the entry's fields"));
        QCOMPARE(broken.value().toJson(), jsonObject(kBroken));
        QCOMPARE(AuditVerification::fromJson(broken.value().toJson()).value(), broken.value());
    }

    void badVerifications_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok as text") << jsonWith(kIntact, QStringLiteral("ok"), QStringLiteral("true")) << "ok";
        QTest::newRow("no ok") << jsonWith(kIntact, QStringLiteral("ok"), QJsonValue::Undefined) << "ok";
        QTest::newRow("negative entries") << jsonWith(kIntact, QStringLiteral("entries"), -1) << "entries";
        QTest::newRow("no entries") << jsonWith(kIntact, QStringLiteral("entries"), QJsonValue::Undefined) << "entries";
        QTest::newRow("broken without seq") << jsonWith(kBroken, QStringLiteral("first_bad_seq"), QJsonValue::Undefined) << "first_bad_seq";
        QTest::newRow("broken seq as text") << jsonWith(kBroken, QStringLiteral("first_bad_seq"), QStringLiteral("1")) << "first_bad_seq";
        QTest::newRow("broken without reason") << jsonWith(kBroken, QStringLiteral("reason"), QJsonValue::Undefined) << "reason";
    }

    void badVerifications()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QCOMPARE(AuditVerification::fromJson(json).error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestAuditEntry)
#include "tst_auditentry.moc"
