// SPDX-License-Identifier: MIT
// Every route of the real energytruck-server called by every role and by nobody: the status each
// answers is the one the permission table gives (computed here with domain::allows) and the one
// this file writes down literally, so a change to either table shows. Also: a refused command is
// not recorded under its Idempotency-Key, and sync/changes carries only what the role may read.
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/dispatchorder.h"
#include "domain/permissions.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace et;
using domain::Permission;
using domain::UserRole;
using test::HttpReply;

namespace {
/// The callers: the four roles, then nobody (no token).
constexpr int kCallers = 5;
const QStringList kCallerNames{QStringLiteral("admin"), QStringLiteral("operator"), QStringLiteral("viewer"), QStringLiteral("partner"),
                               QStringLiteral("anonymous")};

struct Call
{
    QByteArray verb;
    QString path;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

struct Route
{
    QString name;
    enum class Kind { Open, SignedIn, Needs } kind;
    Permission permission;
    int okStatus;
    /// The request for a caller (a role, or nothing for anonymous); may prepare state first.
    std::function<Call(std::optional<UserRole>)> make;
};

// What the literal table says, per route: admin, operator, viewer, partner, anonymous.
const QHash<QString, QList<int>> kExpected = {
    {"GET /api/v1/health", {200, 200, 200, 200, 200}},
    {"GET /api/v1/ready", {200, 200, 200, 200, 200}},
    {"GET /metrics", {200, 200, 200, 200, 200}},
    {"GET /api/v1/ws", {400, 400, 400, 400, 400}},
    {"POST /api/v1/auth/login", {200, 200, 200, 200, 200}},
    {"POST /api/v1/auth/refresh", {200, 200, 200, 200, 200}},
    {"POST /api/v1/auth/logout", {204, 204, 204, 204, 204}},
    {"GET /api/v1/users/me", {200, 200, 200, 200, 401}},
    {"GET /api/v1/sync/changes", {200, 200, 200, 200, 401}},
    {"GET /api/v1/assets", {200, 200, 200, 200, 401}},
    {"GET /api/v1/assets/{id}", {200, 200, 200, 200, 401}},
    {"GET /api/v1/energy/balance", {200, 200, 200, 200, 401}},
    {"GET /api/v1/centers", {200, 200, 200, 200, 401}},
    {"GET /api/v1/disasters", {200, 200, 200, 200, 401}},
    {"GET /api/v1/trucks", {200, 200, 200, 403, 401}},
    {"GET /api/v1/orders", {200, 200, 200, 403, 401}},
    {"POST /api/v1/orders", {201, 201, 403, 403, 401}},
    {"POST /api/v1/orders/{id}/cancel", {200, 200, 403, 403, 401}},
    {"POST /api/v1/disasters", {201, 201, 403, 403, 401}},
    {"POST /api/v1/disasters/{id}/acknowledge", {200, 200, 403, 403, 401}},
    {"POST /api/v1/disasters/{id}/update", {200, 200, 403, 403, 401}},
    {"POST /api/v1/disasters/{id}/resolve", {200, 200, 403, 403, 401}},
    {"GET /api/v1/disasters/{id}/impact", {200, 200, 200, 200, 401}},
    {"GET /api/v1/alarms", {200, 200, 200, 200, 401}},
    {"GET /api/v1/users", {200, 403, 403, 403, 401}},
    {"POST /api/v1/users", {201, 403, 403, 403, 401}},
    {"PATCH /api/v1/users/{id}", {200, 403, 403, 403, 401}},
    {"GET /api/v1/audit", {200, 403, 403, 403, 401}},
    {"GET /api/v1/audit/verify", {200, 403, 403, 403, 401}},
    {"POST /api/v1/centers/import", {200, 200, 403, 403, 401}},
    {"POST /api/v1/centers/{id}/notices", {201, 201, 403, 403, 401}},
    {"POST /api/v1/centers/{id}/reviews", {201, 201, 201, 201, 401}},
};
} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QHash<UserRole, QString> m_tokens;
    std::unique_ptr<test::HttpTestClient> m_admin;
    QSet<QString> m_usedTrucks;
    QString m_disasterId;
    QString m_spareUserId;
    QJsonObject m_center; ///< a seeded center, for the centers' commands
    QHash<UserRole, QString> m_userIds;
    int m_serial = 0;

    QByteArray next(const char *prefix) { return QByteArray(prefix) + QByteArray::number(++m_serial); }

    // A charge order for a truck nobody has used yet.
    domain::DispatchOrder freshOrder()
    {
        const auto target = test::pickOrderTarget(*m_admin, domain::OrderKind::Charge, 50, m_usedTrucks);
        if (!target)
            qFatal("no free truck left");
        m_usedTrucks.insert(target->truck.id);
        return test::makeOrder(QString::fromLatin1(next("ord-matrix-")), target->truck.id, domain::OrderKind::Charge, target->assetId, 50);
    }

    static bool allowed(std::optional<UserRole> role) { return role.has_value(); }

    QList<Route> routes()
    {
        using K = Route::Kind;
        auto get = [](const QString &path) { return [path](std::optional<UserRole>) { return Call{"GET", path, {}, {}}; }; };
        const test::TestAccount &viewer = test::testAccount(UserRole::Viewer);
        return {
            {"GET /api/v1/health", K::Open, {}, 200, get(QStringLiteral("/api/v1/health"))},
            {"GET /api/v1/ready", K::Open, {}, 200, get(QStringLiteral("/api/v1/ready"))},
            {"GET /metrics", K::Open, {}, 200, get(QStringLiteral("/metrics"))},
            {"GET /api/v1/ws", K::Open, {}, 400, get(QStringLiteral("/api/v1/ws"))},
            {"POST /api/v1/auth/login", K::Open, {}, 200, [&viewer](std::optional<UserRole> role) {
                 const test::TestAccount &a = role ? test::testAccount(*role) : viewer;
                 return Call{"POST", QStringLiteral("/api/v1/auth/login"),
                             test::compactJson({{QStringLiteral("email"), a.email}, {QStringLiteral("password"), a.password}}), {}};
             }},
            {"POST /api/v1/auth/refresh", K::Open, {}, 200, [this](std::optional<UserRole> role) {
                 QString refresh;
                 m_server.signIn(role.value_or(UserRole::Viewer), &refresh);
                 return Call{"POST", QStringLiteral("/api/v1/auth/refresh"), test::compactJson({{QStringLiteral("refresh_token"), refresh}}), {}};
             }},
            {"POST /api/v1/auth/logout", K::Open, {}, 204, [](std::optional<UserRole>) {
                 return Call{"POST", QStringLiteral("/api/v1/auth/logout"), R"({"refresh_token":"rt1.not-a-login"})", {}};
             }},
            {"GET /api/v1/users/me", K::SignedIn, {}, 200, get(QStringLiteral("/api/v1/users/me"))},
            {"GET /api/v1/sync/changes", K::SignedIn, {}, 200, get(QStringLiteral("/api/v1/sync/changes?since=0&limit=10"))},
            {"GET /api/v1/assets", K::Needs, Permission::ReadGrid, 200, get(QStringLiteral("/api/v1/assets"))},
            {"GET /api/v1/assets/{id}", K::Needs, Permission::ReadGrid, 200, get(QStringLiteral("/api/v1/assets/wind-tamra"))},
            {"GET /api/v1/energy/balance", K::Needs, Permission::ReadGrid, 200, get(QStringLiteral("/api/v1/energy/balance"))},
            {"GET /api/v1/centers", K::Needs, Permission::ReadGrid, 200, get(QStringLiteral("/api/v1/centers"))},
            {"GET /api/v1/disasters", K::Needs, Permission::ReadDisasters, 200, get(QStringLiteral("/api/v1/disasters"))},
            {"GET /api/v1/trucks", K::Needs, Permission::ReadFleet, 200, get(QStringLiteral("/api/v1/trucks"))},
            {"GET /api/v1/orders", K::Needs, Permission::ReadFleet, 200, get(QStringLiteral("/api/v1/orders"))},
            {"POST /api/v1/orders", K::Needs, Permission::Dispatch, 201, [this](std::optional<UserRole> role) {
                 const bool real = role && domain::allows(*role, Permission::Dispatch);
                 const QByteArray body = real ? test::compactJson(freshOrder().toRequestJson()) : QByteArray("{}");
                 return Call{"POST", QStringLiteral("/api/v1/orders"), body, test::idempotencyKey(next("matrix-"))};
             }},
            {"POST /api/v1/orders/{id}/cancel", K::Needs, Permission::Dispatch, 200, [this](std::optional<UserRole> role) {
                 QString id = QStringLiteral("ord-none");
                 if (role && domain::allows(*role, Permission::Dispatch)) {
                     const domain::DispatchOrder o = freshOrder();
                     id = o.id;
                     m_admin->post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey(next("matrix-")));
                 }
                 return Call{"POST", QStringLiteral("/api/v1/orders/%1/cancel").arg(id), {}, test::idempotencyKey(next("matrix-"))};
             }},
            {"POST /api/v1/disasters", K::Needs, Permission::ManageDisasters, 201, [](std::optional<UserRole>) {
                 const auto d = test::makeDisaster(domain::DisasterType::Flood, 2, 33.45, 126.55, 5.0);
                 return Call{"POST", QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()), {}};
             }},
            {"POST /api/v1/disasters/{id}/acknowledge", K::Needs, Permission::ManageDisasters, 200, [this](std::optional<UserRole>) {
                 return Call{"POST", QStringLiteral("/api/v1/disasters/%1/acknowledge").arg(m_disasterId), {}, test::idempotencyKey(next("matrix-"))};
             }},
            {"POST /api/v1/disasters/{id}/update", K::Needs, Permission::ManageDisasters, 200, [this](std::optional<UserRole>) {
                 return Call{"POST", QStringLiteral("/api/v1/disasters/%1/update").arg(m_disasterId), R"({"severity":4})",
                             test::idempotencyKey(next("matrix-"))};
             }},
            {"POST /api/v1/disasters/{id}/resolve", K::Needs, Permission::ManageDisasters, 200, [this](std::optional<UserRole>) {
                 // A disaster of its own each time: the matrix's shared one must stay open for updates.
                 const auto d = test::makeDisaster(domain::DisasterType::Flood, 2, 33.45, 126.55, 5.0);
                 const QString id = m_admin->post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()))
                                        .json.value(QStringLiteral("id")).toString();
                 return Call{"POST", QStringLiteral("/api/v1/disasters/%1/resolve").arg(id), {}, test::idempotencyKey(next("matrix-"))};
             }},
            {"GET /api/v1/alarms", K::Needs, Permission::ReadDisasters, 200, get(QStringLiteral("/api/v1/alarms"))},
            {"GET /api/v1/disasters/{id}/impact", K::Needs, Permission::ReadDisasters, 200, [this](std::optional<UserRole>) {
                 return Call{"GET", QStringLiteral("/api/v1/disasters/%1/impact").arg(m_disasterId), {}, {}};
             }},
            {"GET /api/v1/users", K::Needs, Permission::ManageUsers, 200, get(QStringLiteral("/api/v1/users"))},
            {"POST /api/v1/users", K::Needs, Permission::ManageUsers, 201, [this](std::optional<UserRole>) {
                 const QString email = QString::fromLatin1(next("made-")) + QStringLiteral("@test.invalid");
                 return Call{"POST", QStringLiteral("/api/v1/users"),
                             test::compactJson({{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("a-long-password-1")},
                                                {QStringLiteral("role"), QStringLiteral("viewer")}}), {}};
             }},
            {"PATCH /api/v1/users/{id}", K::Needs, Permission::ManageUsers, 200, [this](std::optional<UserRole>) {
                 return Call{"PATCH", QStringLiteral("/api/v1/users/") + m_spareUserId, R"({"role":"viewer"})", {}};
             }},
            {"GET /api/v1/audit", K::Needs, Permission::ReadAudit, 200, get(QStringLiteral("/api/v1/audit?limit=5"))},
            {"GET /api/v1/audit/verify", K::Needs, Permission::ReadAudit, 200, get(QStringLiteral("/api/v1/audit/verify"))},
            {"POST /api/v1/centers/import", K::Needs, Permission::ManageCenters, 200, [this](std::optional<UserRole>) {
                 const QJsonObject body{{QStringLiteral("centers"), QJsonArray{m_center}}, {QStringLiteral("dry_run"), true}};
                 return Call{"POST", QStringLiteral("/api/v1/centers/import"), test::compactJson(body), {}};
             }},
            {"POST /api/v1/centers/{id}/notices", K::Needs, Permission::ManageCenters, 201, [this](std::optional<UserRole>) {
                 const QString center = m_center.value(QStringLiteral("id")).toString();
                 const QJsonObject body{{QStringLiteral("id"), QString::fromLatin1(next("ntc-matrix-"))}, {QStringLiteral("center_id"), center},
                                        {QStringLiteral("kind"), QStringLiteral("notice")}, {QStringLiteral("reason"), QStringLiteral("matrix")},
                                        {QStringLiteral("ends_at"), domain::toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(3600))}};
                 return Call{"POST", QStringLiteral("/api/v1/centers/%1/notices").arg(center), test::compactJson(body), test::idempotencyKey(next("matrix-"))};
             }},
            {"POST /api/v1/centers/{id}/reviews", K::Needs, Permission::ReviewCenters, 201, [this](std::optional<UserRole> role) {
                 const QString center = m_center.value(QStringLiteral("id")).toString();
                 const QJsonObject body{{QStringLiteral("center_id"), center}, {QStringLiteral("user_id"), role ? m_userIds.value(*role) : QString()},
                                        {QStringLiteral("stars"), 4}, {QStringLiteral("text"), QStringLiteral("matrix")}};
                 return Call{"POST", QStringLiteral("/api/v1/centers/%1/reviews").arg(center), test::compactJson(body), test::idempotencyKey(next("matrix-"))};
             }},
        };
    }

    // What the permission table says a caller gets.
    static int computed(const Route &r, std::optional<UserRole> role)
    {
        if (r.kind == Route::Kind::Open)
            return r.okStatus;
        if (!role)
            return 401;
        if (r.kind == Route::Kind::SignedIn)
            return r.okStatus;
        return domain::allows(*role, r.permission) ? r.okStatus : 403;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("matrix.sqlite")), {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorString()));
        for (const UserRole role : test::allRoles()) {
            m_tokens.insert(role, m_server.signIn(role));
            QVERIFY2(!m_tokens.value(role).isEmpty(), qPrintable(m_server.errorString()));
        }
        m_admin = std::make_unique<test::HttpTestClient>(m_server.url(), m_tokens.value(UserRole::Admin));
        m_center = m_admin->get(QStringLiteral("/api/v1/centers")).json.value(QStringLiteral("items")).toArray().first().toObject();
        for (const UserRole role : test::allRoles())
            m_userIds.insert(role, test::HttpTestClient(m_server.url(), m_tokens.value(role)).get(QStringLiteral("/api/v1/users/me")).json.value(QStringLiteral("id")).toString());
        const auto d = test::makeDisaster(domain::DisasterType::Typhoon, 3, 33.3, 126.5, 20.0);
        const HttpReply made = m_admin->post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson()));
        QCOMPARE(made.status, 201);
        m_disasterId = made.json.value(QStringLiteral("id")).toString();
        const HttpReply spare = m_admin->post(QStringLiteral("/api/v1/users"), R"({"email":"spare@test.invalid","password":"spare-password-1","role":"viewer"})");
        QCOMPARE(spare.status, 201);
        m_spareUserId = spare.json.value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->get(QStringLiteral("/api/v1/energy/balance")).status, 200, 10000);
    }

    void literalTableMatchesThePermissionTable()
    {
        const QList<Route> all = routes();
        QCOMPARE(all.size(), kExpected.size());
        for (const Route &r : all) {
            QVERIFY2(kExpected.contains(r.name), qPrintable(r.name));
            for (int c = 0; c < kCallers; ++c) {
                const std::optional<UserRole> role = c < 4 ? std::optional(test::allRoles().at(c)) : std::nullopt;
                QVERIFY2(computed(r, role) == kExpected.value(r.name).at(c), qPrintable(r.name + u' ' + kCallerNames.at(c)));
            }
        }
    }

    void everyRouteForEveryCaller()
    {
        test::HttpTestClient http(m_server.url());
        QStringList wrong;
        for (const Route &r : routes()) {
            for (int c = 0; c < kCallers; ++c) {
                const std::optional<UserRole> role = c < 4 ? std::optional(test::allRoles().at(c)) : std::nullopt;
                const Call call = r.make(role);
                http.setBearer(role ? m_tokens.value(*role) : QString());
                const HttpReply reply = call.verb == "GET" ? http.get(call.path, call.headers)
                                        : call.verb == "POST" ? http.post(call.path, call.body, call.headers)
                                                              : http.send(call.verb, call.path, call.body, call.headers);
                const int expected = kExpected.value(r.name).at(c);
                if (reply.status != expected)
                    wrong << QStringLiteral("%1 as %2: %3, expected %4 %5").arg(r.name, kCallerNames.at(c)).arg(reply.status).arg(expected)
                                 .arg(QString::fromUtf8(reply.body.left(200)));
                if (reply.status == 401)
                    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
                if (reply.status == 403)
                    QCOMPARE(test::errorCode(reply), QStringLiteral("forbidden"));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void aRefusedCommandIsNotRecordedUnderItsKey()
    {
        const QByteArray body = test::compactJson(freshOrder().toRequestJson());
        const auto key = test::idempotencyKey("matrix-refused-1");
        test::HttpTestClient http(m_server.url());
        QCOMPARE(http.post(QStringLiteral("/api/v1/orders"), body, key).status, 401);
        http.setBearer(m_tokens.value(UserRole::Viewer));
        QCOMPARE(http.post(QStringLiteral("/api/v1/orders"), body, key).status, 403);
        // Signed in with the right role, the same key and body make the order: no replay of a refusal.
        http.setBearer(m_tokens.value(UserRole::Operator));
        const HttpReply placed = http.post(QStringLiteral("/api/v1/orders"), body, key);
        QCOMPARE(placed.status, 201);
        QVERIFY(placed.header("Idempotent-Replay").isEmpty());
        QCOMPARE(http.post(QStringLiteral("/api/v1/orders"), body, key).header("Idempotent-Replay"), QByteArray("true"));
    }

    void syncChangesCarryOnlyWhatTheRoleMayRead()
    {
        auto kinds = [this](UserRole role) {
            test::HttpTestClient http(m_server.url(), m_tokens.value(role));
            const auto batch = domain::ChangeBatch::fromJson(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")).json);
            QSet<domain::EntityKind> seen;
            if (batch.ok()) {
                for (const auto &c : batch.value().changes)
                    seen.insert(c.entity);
            }
            return seen;
        };
        const QSet<domain::EntityKind> viewer = kinds(UserRole::Viewer);
        const QSet<domain::EntityKind> partner = kinds(UserRole::Partner);
        QVERIFY(viewer.contains(domain::EntityKind::Truck) && viewer.contains(domain::EntityKind::Order));
        QVERIFY(!partner.contains(domain::EntityKind::Truck) && !partner.contains(domain::EntityKind::Order));
        for (const auto kind : {domain::EntityKind::Asset, domain::EntityKind::Center, domain::EntityKind::Disaster, domain::EntityKind::Balance})
            QVERIFY2(partner.contains(kind), qPrintable(domain::toString(kind)));
        // The partner's delta since a cursor skips truck cursors instead of renumbering them.
        test::HttpTestClient http(m_server.url(), m_tokens.value(UserRole::Partner));
        const auto delta = domain::ChangeBatch::fromJson(http.get(QStringLiteral("/api/v1/sync/changes?since=1&limit=5000")).json);
        QVERIFY(delta.ok());
        qint64 last = 1;
        for (const auto &c : delta.value().changes) {
            QVERIFY(c.cursor > last);
            QVERIFY(c.entity != domain::EntityKind::Truck && c.entity != domain::EntityKind::Order);
            last = c.cursor;
        }
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
