// SPDX-License-Identifier: MIT
// What people add to the centers, on the real server over HTTP: an import of the shared national
// CSV's Jeju centers (read here like a console would) creates its 10 centers with their staff
// counts, a second import merges them unchanged, a changed center is merged, a dry run changes
// nothing, a viewer is refused and bad bodies are refused whole with the field named; notices
// need a reason and a future, bounded end; reviews are one per user and center, 1–5 stars and at
// most 500 characters, a viewer writes one but cannot hide, and a hidden review leaves the change
// log (a delete), cannot be written again and is in the audit trail with its reason.
#include "domain/centercsvimporter.h"
#include "domain/centerreview.h"
#include "domain/centers/centerimportrequest.h"
#include "domain/centers/centerimportresult.h"
#include "domain/change.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using domain::centers::CenterImportRequest;
using domain::centers::CenterImportResult;
using test::HttpReply;

namespace {
const QStringList kArgs = {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--rate-limit"), QStringLiteral("0")};

QList<domain::Center> sharedJejuCenters()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto r = domain::CenterCsvImporter::import(f.readAll(), domain::CenterCsvImporter::Region::JejuOnly);
    return r.ok() ? r.value().centers : QList<domain::Center>{};
}

QString changeOp(const QJsonArray &changes, const QString &entity, const QString &id)
{
    QString op;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("entity")).toString() == entity && c.value(QStringLiteral("id")).toString() == id)
            op = c.value(QStringLiteral("op")).toString();
    }
    return op;
}
} // namespace

class TestCentersCommunity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::HttpTestClient> m_operator;
    std::unique_ptr<test::HttpTestClient> m_viewer;
    std::unique_ptr<test::HttpTestClient> m_admin;
    QList<domain::Center> m_jeju;
    int m_serial = 0;

    QHash<QByteArray, QByteArray> key() { return test::idempotencyKey("cmd-centers-" + QByteArray::number(++m_serial)); }

    HttpReply importAs(test::HttpTestClient &http, const QList<domain::Center> &centers, bool dryRun)
    {
        return http.post(QStringLiteral("/api/v1/centers/import"), test::compactJson(CenterImportRequest{centers, dryRun}.toJson()), key());
    }

    QString userId(test::HttpTestClient &http) { return http.get(QStringLiteral("/api/v1/users/me")).json.value(QStringLiteral("id")).toString(); }

    HttpReply review(test::HttpTestClient &http, const QString &centerId, const QString &user, const QJsonValue &stars, const QString &text)
    {
        const QJsonObject body{{QStringLiteral("center_id"), centerId}, {QStringLiteral("user_id"), user}, {QStringLiteral("stars"), stars},
                               {QStringLiteral("text"), text}};
        return http.post(QStringLiteral("/api/v1/centers/%1/reviews").arg(centerId), test::compactJson(body), key());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jeju = sharedJejuCenters();
        QCOMPARE(m_jeju.size(), 10);
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("centers.sqlite")), kArgs), qPrintable(m_server.errorString()));
        m_operator = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Operator));
        m_viewer = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Viewer));
        m_admin = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Admin));
    }

    void seededCentersCarryStaffCounts()
    {
        const QJsonArray items = m_viewer->get(QStringLiteral("/api/v1/centers")).json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 10);
        QJsonObject jejuCity;
        for (const QJsonValue &v : items) {
            if (v.toObject().value(QStringLiteral("name")).toString() == u"제주시정신건강복지센터")
                jejuCity = v.toObject();
        }
        // The CSV's row: 의사수 1, 기타인력현황 "4".
        const QJsonObject staff = jejuCity.value(QStringLiteral("staff")).toObject();
        QCOMPARE(staff.value(QStringLiteral("doctors")).toInt(-1), 1);
        QCOMPARE(staff.value(QStringLiteral("other")).toString(), QStringLiteral("4"));
    }

    void importMergesByStableKeyAndDryRunChangesNothing()
    {
        // The seed holds the same rows: all unchanged, nothing written.
        const qint64 before = m_viewer->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toInteger();
        HttpReply again = importAs(*m_operator, m_jeju, false);
        QCOMPARE(again.status, 200);
        auto result = CenterImportResult::fromJson(again.json);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value().count(CenterImportResult::Outcome::Unchanged), 10);

        // One center changed, one new: a dry run says so and writes nothing.
        QList<domain::Center> changed = m_jeju;
        changed[0].phone = QStringLiteral("064-000-0000");
        domain::Center added = m_jeju.at(1);
        added.name = QStringLiteral("제주 새 정신건강센터");
        added.id = domain::CenterCsvImporter::stableId(added.name, added.roadAddress);
        changed << added;
        const HttpReply dry = importAs(*m_operator, changed, true);
        QCOMPARE(dry.status, 200);
        const auto dryResult = CenterImportResult::fromJson(dry.json);
        QVERIFY(dryResult.ok() && dryResult.value().dryRun);
        QCOMPARE(dryResult.value().count(CenterImportResult::Outcome::New), 1);
        QCOMPARE(dryResult.value().count(CenterImportResult::Outcome::Changed), 1);
        QCOMPARE(dryResult.value().count(CenterImportResult::Outcome::Unchanged), 9);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/centers")).json.value(QStringLiteral("total")).toInt(), 10);
        const QJsonArray log = m_viewer->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(before)).json.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &v : log)
            QVERIFY2(v.toObject().value(QStringLiteral("entity")).toString() != u"center", "a dry run or an unchanged import wrote a center");

        // The real one: the new center is there, the changed one changed, both in the change log.
        const HttpReply real = importAs(*m_operator, changed, false);
        QCOMPARE(real.status, 200);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/centers")).json.value(QStringLiteral("total")).toInt(), 11);
        const QJsonArray after = m_viewer->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(before)).json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changeOp(after, QStringLiteral("center"), added.id), QStringLiteral("upsert"));
        QCOMPARE(changeOp(after, QStringLiteral("center"), changed[0].id), QStringLiteral("upsert"));
        QCOMPARE(changeOp(after, QStringLiteral("center"), m_jeju.at(2).id), QString());
    }

    void importRefusals()
    {
        QCOMPARE(importAs(*m_viewer, m_jeju, true).status, 403);
        QCOMPARE(importAs(*m_viewer, m_jeju, false).status, 403);
        const HttpReply notJson = m_operator->post(QStringLiteral("/api/v1/centers/import"), "{\"centers\": [", key());
        QCOMPARE(notJson.status, 400);
        QCOMPARE(test::errorCode(notJson), QStringLiteral("invalid_json"));
        // A center outside Jeju, a forged id and a wrong type: refused whole, the field named.
        domain::Center seoul = m_jeju.first();
        seoul.roadAddress = QStringLiteral("서울특별시 중구 세종대로 110");
        seoul.lotAddress = QStringLiteral("서울특별시 중구 태평로1가 31");
        seoul.id = domain::CenterCsvImporter::stableId(seoul.name, seoul.roadAddress);
        HttpReply r = importAs(*m_operator, {m_jeju.at(1), seoul}, false);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().startsWith(u"centers[1]"), r.body.constData());
        domain::Center forged = m_jeju.first();
        forged.id = QStringLiteral("ctr-0000000000000000");
        QCOMPARE(importAs(*m_operator, {forged}, false).status, 422);
        QJsonObject wrongType = CenterImportRequest{{m_jeju.first()}, false}.toJson();
        QJsonArray list = wrongType.value(QStringLiteral("centers")).toArray();
        QJsonObject bad = list.first().toObject();
        bad.insert(QStringLiteral("staff"), QJsonObject{{QStringLiteral("doctors"), QStringLiteral("two")}});
        list[0] = bad;
        wrongType.insert(QStringLiteral("centers"), list);
        r = m_operator->post(QStringLiteral("/api/v1/centers/import"), test::compactJson(wrongType), key());
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains("centers[0].staff.doctors"), r.body.constData());
        QCOMPARE(importAs(*m_operator, {}, false).status, 422);
    }

    void noticesNeedAReasonAndABoundedFutureEnd()
    {
        const QString center = m_jeju.first().id;
        auto post = [&](test::HttpTestClient &http, const QString &reason, const QDateTime &ends) {
            const QJsonObject body{{QStringLiteral("id"), QStringLiteral("ntc-test%1").arg(++m_serial)}, {QStringLiteral("center_id"), center},
                                   {QStringLiteral("kind"), QStringLiteral("closure")}, {QStringLiteral("reason"), reason},
                                   {QStringLiteral("ends_at"), domain::toIsoUtc(ends)}};
            return http.post(QStringLiteral("/api/v1/centers/%1/notices").arg(center), test::compactJson(body), key());
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(post(*m_viewer, QStringLiteral("training"), now.addSecs(3600)).status, 403);
        QCOMPARE(post(*m_operator, QStringLiteral("  "), now.addSecs(3600)).status, 422);
        QCOMPARE(post(*m_operator, QString(301, u'x'), now.addSecs(3600)).status, 422);
        QCOMPARE(post(*m_operator, QStringLiteral("training"), now.addSecs(-60)).status, 422);
        QCOMPARE(post(*m_operator, QStringLiteral("training"), now.addDays(15)).status, 422);
        const HttpReply ok = post(*m_operator, QStringLiteral("직원 교육"), now.addSecs(3600));
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json.value(QStringLiteral("posted_by")).toString(), test::testAccount(UserRole::Operator).email);
    }

    void reviewsOnePerUserWithinLimitsAndHiddenByAdminsOnly()
    {
        const QString center = m_jeju.at(3).id;
        const QString viewer = userId(*m_viewer);
        QVERIFY(!viewer.isEmpty());
        // Limits, refused clearly.
        for (const QJsonValue &stars : {QJsonValue(0), QJsonValue(6), QJsonValue(QStringLiteral("5"))})
            QCOMPARE(review(*m_viewer, center, viewer, stars, QStringLiteral("ok")).status, 422);
        const HttpReply tooLong = review(*m_viewer, center, viewer, 4, QString(501, u'가'));
        QCOMPARE(tooLong.status, 422);
        QVERIFY2(tooLong.body.contains("at most 500"), tooLong.body.constData());
        QCOMPARE(review(*m_viewer, center, viewer, 4, QString(500, u'가')).status, 201);
        // Someone else's review cannot be written.
        QCOMPARE(review(*m_viewer, center, userId(*m_operator), 4, QStringLiteral("x")).status, 422);
        // A second write edits the one review.
        const HttpReply edited = review(*m_viewer, center, viewer, 2, QStringLiteral("상담 대기가 길었어요"));
        QCOMPARE(edited.status, 200);
        const QString id = domain::CenterReview::idFor(center, viewer);
        QCOMPARE(edited.json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(edited.json.value(QStringLiteral("author")).toString(), QStringLiteral("viewer"));
        const QJsonArray all = m_viewer->get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")).json.value(QStringLiteral("changes")).toArray();
        int reviews = 0;
        for (const QJsonValue &v : all)
            reviews += v.toObject().value(QStringLiteral("entity")).toString() == u"center_review";
        QCOMPARE(reviews, 1);

        // Hide: a viewer and an operator may not; an admin needs a reason.
        const QByteArray reason = R"({"reason":"insults staff"})";
        const QString hide = QStringLiteral("/api/v1/centers/reviews/%1/hide").arg(id);
        QCOMPARE(m_viewer->post(hide, reason, key()).status, 403);
        QCOMPARE(m_operator->post(hide, reason, key()).status, 403);
        QCOMPARE(m_admin->post(hide, R"({"reason":" "})", key()).status, 422);
        const qint64 before = m_viewer->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toInteger();
        QCOMPARE(m_admin->post(hide, reason, key()).status, 200);
        const QJsonArray after = m_viewer->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before)).json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changeOp(after, QStringLiteral("center_review"), id), QStringLiteral("delete"));
        const HttpReply again = review(*m_viewer, center, viewer, 5, QStringLiteral("again"));
        QCOMPARE(again.status, 409);
        QCOMPARE(m_admin->post(hide, reason, key()).status, 404);

        const QJsonArray audit = m_admin->get(QStringLiteral("/api/v1/audit?limit=1000")).json.value(QStringLiteral("items")).toArray();
        QStringList results;
        for (const QJsonValue &v : audit) {
            if (v.toObject().value(QStringLiteral("path")).toString() == hide && v.toObject().value(QStringLiteral("status")).toInt() == 200)
                results << v.toObject().value(QStringLiteral("result")).toString();
        }
        QCOMPARE(results, QStringList{QStringLiteral("hid %1 of %2: insults staff").arg(id, center)});
    }
};

QTEST_GUILESS_MAIN(TestCentersCommunity)
#include "tst_centerscommunity.moc"
