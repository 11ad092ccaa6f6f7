// SPDX-License-Identifier: MIT
// Users, tokens and the role table: the codecs refuse what must never be trusted, and the role
// table is exactly the documented one (docs/api.md, "Who may do what").
#include "domain/permissions.h"
#include "domain/useraccount.h"
#include "jsonfixture.h"

#include <QTest>

using namespace et::domain;
using et::test::jsonObject;
using et::test::jsonWith;

namespace {
const char *kUser = R"({"id":"usr-1a2b3c","email":"op@jeju-grid.kr","role":"operator","disabled":false,
 "created_at":"2026-11-30T01:00:00.000Z"})";
const char *kTokens = R"({"access_token":"eyJhbGciOiJIUzI1NiJ9.e30.x","refresh_token":"rt-abc","expires_in":900,
 "token_type":"Bearer","user":{"id":"usr-1a2b3c","email":"op@jeju-grid.kr","role":"viewer"}})";
} // namespace

class TestUserAccount : public QObject
{
    Q_OBJECT
private slots:
    void userRoundTrip()
    {
        const auto u = UserAccount::fromJson(jsonObject(kUser));
        QVERIFY2(u.ok(), qPrintable(u.error().toString()));
        QVERIFY(u.value().role == UserRole::Operator);
        QCOMPARE(u.value().createdAt, QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC));
        const auto back = UserAccount::fromJson(u.value().toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), u.value());
    }

    void badUsers_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no @") << jsonWith(kUser, QStringLiteral("email"), QStringLiteral("operator")) << "email";
        QTest::newRow("space") << jsonWith(kUser, QStringLiteral("email"), QStringLiteral("op erator@x.kr")) << "email";
        // QRegularExpression's $ also matches before a last newline; the e-mail must end where it ends.
        QTest::newRow("newline at the end") << jsonWith(kUser, QStringLiteral("email"), QStringLiteral("operator@x.kr\n")) << "email";
        QTest::newRow("two @") << jsonWith(kUser, QStringLiteral("email"), QStringLiteral("a@b@c.kr")) << "email";
        QTest::newRow("too long") << jsonWith(kUser, QStringLiteral("email"), QString(250, u'a') + QStringLiteral("@x.kr")) << "email";
        QTest::newRow("unknown role") << jsonWith(kUser, QStringLiteral("role"), QStringLiteral("root")) << "role";
        QTest::newRow("no id") << jsonWith(kUser, QStringLiteral("id"), QJsonValue::Undefined) << "id";
        QTest::newRow("disabled as text") << jsonWith(kUser, QStringLiteral("disabled"), QStringLiteral("no")) << "disabled";
    }

    void badUsers()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QCOMPARE(UserAccount::fromJson(json).error().field, field);
    }

    void tokens()
    {
        const auto t = AuthTokens::fromJson(jsonObject(kTokens));
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t.value().expiresIn, 900);
        QVERIFY(t.value().user.role == UserRole::Viewer);
        QVERIFY(!t.value().user.createdAt.isValid());
        QVERIFY(AuthTokens::fromJson(t.value().toJson()).ok());
        QCOMPARE(AuthTokens::fromJson(jsonWith(kTokens, QStringLiteral("expires_in"), 0)).error().field, QStringLiteral("expires_in"));
        QCOMPARE(AuthTokens::fromJson(jsonWith(kTokens, QStringLiteral("refresh_token"), QString())).error().field, QStringLiteral("refresh_token"));
        QCOMPARE(AuthTokens::fromJson(jsonWith(kTokens, QStringLiteral("access_token"), QString(5000, u'x'))).error().field,
                 QStringLiteral("access_token"));
        QJsonObject badUser = jsonObject(kTokens);
        badUser.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}});
        QVERIFY(AuthTokens::fromJson(badUser).error().field.startsWith(QStringLiteral("user.")));
    }

    void roleTable()
    {
        // The documented table, written out independently of permissions.cpp.
        const QList<Permission> all = {Permission::ReadGrid, Permission::ReadDisasters, Permission::ReadFleet, Permission::Dispatch,
                                       Permission::ManageDisasters, Permission::ManageUsers, Permission::ReadAudit};
        const QHash<UserRole, QList<Permission>> granted = {
            {UserRole::Viewer, {Permission::ReadGrid, Permission::ReadDisasters, Permission::ReadFleet}},
            {UserRole::Operator, {Permission::ReadGrid, Permission::ReadDisasters, Permission::ReadFleet, Permission::Dispatch,
                                  Permission::ManageDisasters}},
            {UserRole::Partner, {Permission::ReadGrid, Permission::ReadDisasters}},
            {UserRole::Admin, all},
        };
        for (auto it = granted.cbegin(); it != granted.cend(); ++it) {
            for (Permission p : all)
                QVERIFY2(allows(it.key(), p) == it.value().contains(p), qPrintable(toString(it.key()) + u' ' + toString(p)));
        }
    }

    void channels()
    {
        QCOMPARE(permissionForChannel(QStringLiteral("energy")), std::optional(Permission::ReadGrid));
        QCOMPARE(permissionForChannel(QStringLiteral("assets")), std::optional(Permission::ReadGrid));
        QCOMPARE(permissionForChannel(QStringLiteral("trucks")), std::optional(Permission::ReadFleet));
        QCOMPARE(permissionForChannel(QStringLiteral("orders")), std::optional(Permission::ReadFleet));
        QCOMPARE(permissionForChannel(QStringLiteral("disasters")), std::optional(Permission::ReadDisasters));
        QVERIFY(!permissionForChannel(QStringLiteral("weather")));
    }
};

QTEST_GUILESS_MAIN(TestUserAccount)
#include "tst_useraccount.moc"
