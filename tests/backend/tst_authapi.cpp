// SPDX-License-Identifier: MIT
// Accounts and tokens on the real energytruck-server over loopback HTTP: sign-in answers, the
// shapes of the tokens, refusals that do not tell an unknown e-mail from a wrong password or a
// disabled account, expired, tampered and unsigned tokens, refresh-token rotation and the
// revocation of a whole family on reuse, logout, sign-in throttling, and the admin's users API.
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;
using test::HttpReply;

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QJsonObject jwtPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split(u'.').value(index).toLatin1(), kB64)).object();
}

QByteArray encodePart(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kB64);
}
} // namespace

class TestAuthApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::HttpTestClient> m_anon;  ///< sends no token
    std::unique_ptr<test::HttpTestClient> m_admin;

    static void verifyUnauthorized(const HttpReply &r, const QString &code)
    {
        QVERIFY2(r.status == 401, r.body.constData());
        QCOMPARE(test::errorCode(r), code);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    HttpReply getAs(const QString &token, const QString &path = QStringLiteral("/api/v1/users/me"))
    {
        return m_anon->get(path, {{"Authorization", "Bearer " + token.toLatin1()}});
    }

    // A user made by the admin over the API; its password in `password`.
    QJsonObject makeUser(const QString &email, UserRole role, QString *password)
    {
        *password = QStringLiteral("pw-%1-long-enough").arg(email.section(u'@', 0, 0));
        const HttpReply r = m_admin->post(QStringLiteral("/api/v1/users"),
                                          test::compactJson({{QStringLiteral("email"), email}, {QStringLiteral("password"), *password},
                                                             {QStringLiteral("role"), domain::toString(role)}}));
        return r.status == 201 ? r.json : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("auth.sqlite")), {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorString()));
        m_anon = std::make_unique<test::HttpTestClient>(m_server.url());
        const QString admin = m_server.signIn(UserRole::Admin);
        QVERIFY2(!admin.isEmpty(), qPrintable(m_server.errorString()));
        m_admin = std::make_unique<test::HttpTestClient>(m_server.url(), admin);
    }

    void loginAnswersTokensOfTheContract()
    {
        const test::TestAccount &op = test::testAccount(UserRole::Operator);
        const HttpReply r = test::login(*m_anon, op.email, op.password);
        QCOMPARE(r.status, 200);
        auto tokens = domain::AuthTokens::fromJson(r.json);
        QVERIFY2(tokens.ok(), qPrintable(tokens.error().toString()));
        QCOMPARE(r.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value().expiresIn, 900);
        QCOMPARE(tokens.value().user.email, op.email);
        QVERIFY(tokens.value().user.role == UserRole::Operator);
        QVERIFY(tokens.value().user.id.startsWith(u"usr-"));
        QVERIFY(tokens.value().refreshToken.startsWith(u"rt1."));
        QVERIFY(tokens.value().refreshToken.size() >= 40);
        // The access token: a JWT, HS256, with the contract's claims.
        QCOMPARE(tokens.value().accessToken.count(u'.'), 2);
        QCOMPARE(jwtPart(tokens.value().accessToken, 0).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        const QJsonObject claims = jwtPart(tokens.value().accessToken, 1);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), tokens.value().user.id);
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
        const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
        QVERIFY(std::abs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
        QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()) - iat, 900);
        QVERIFY(!claims.contains(QStringLiteral("password")));

        const HttpReply me = getAs(tokens.value().accessToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("email")).toString(), op.email);
        QCOMPARE(me.json.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
        // E-mails match in any case.
        QCOMPARE(test::login(*m_anon, op.email.toUpper(), op.password).status, 200);
    }

    void refusedSignInsLookAlike()
    {
        QString pw;
        const QJsonObject gone = makeUser(QStringLiteral("gone@test.invalid"), UserRole::Viewer, &pw);
        QVERIFY(!gone.isEmpty());
        QCOMPARE(m_admin->send("PATCH", QStringLiteral("/api/v1/users/") + gone.value(QStringLiteral("id")).toString(),
                               R"({"disabled":true})").status, 200);
        const test::TestAccount &op = test::testAccount(UserRole::Operator);
        const HttpReply wrong = test::login(*m_anon, op.email, op.password + QStringLiteral("x"));
        const HttpReply unknown = test::login(*m_anon, QStringLiteral("nobody@test.invalid"), op.password);
        const HttpReply disabled = test::login(*m_anon, QStringLiteral("gone@test.invalid"), pw);
        for (const HttpReply *r : {&wrong, &unknown, &disabled}) {
            verifyUnauthorized(*r, QStringLiteral("invalid_credentials"));
            QCOMPARE(r->json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
                     wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")));
            QVERIFY(!r->json.contains(QStringLiteral("access_token")));
        }
        // Not a sign-in at all.
        QCOMPARE(m_anon->post(QStringLiteral("/api/v1/auth/login"), "not json").status, 400);
        QCOMPARE(m_anon->post(QStringLiteral("/api/v1/auth/login"), R"({"email":"a@b.cd"})").status, 422);
    }

    void badTokensAreRefused()
    {
        verifyUnauthorized(m_anon->get(QStringLiteral("/api/v1/users/me")), QStringLiteral("unauthenticated"));
        verifyUnauthorized(m_anon->get(QStringLiteral("/api/v1/assets"), {{"Authorization", "Basic YWRtaW46YWRtaW4="}}), QStringLiteral("unauthenticated"));
        verifyUnauthorized(m_anon->get(QStringLiteral("/api/v1/assets"), {{"Authorization", "Bearer"}}), QStringLiteral("unauthenticated"));
        verifyUnauthorized(getAs(QStringLiteral("not-a-jwt")), QStringLiteral("invalid_token"));

        const QString good = m_server.signIn(UserRole::Viewer);
        QVERIFY(!good.isEmpty());
        QCOMPARE(getAs(good).status, 200);
        // A changed signature.
        QString tampered = good;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        verifyUnauthorized(getAs(tampered), QStringLiteral("invalid_token"));
        // Changed claims under the old signature: a viewer calling itself admin.
        QJsonObject claims = jwtPart(good, 1);
        claims.insert(QStringLiteral("role"), QStringLiteral("admin"));
        const QStringList parts = good.split(u'.');
        verifyUnauthorized(getAs(parts[0] + u'.' + QString::fromLatin1(encodePart(claims)) + u'.' + parts[2]), QStringLiteral("invalid_token"));
        // alg none, with and without a signature part.
        const QByteArray none = encodePart({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("typ"), QStringLiteral("JWT")}});
        verifyUnauthorized(getAs(QString::fromLatin1(none) + u'.' + parts[1] + u'.'), QStringLiteral("invalid_token"));
        verifyUnauthorized(getAs(QString::fromLatin1(none) + u'.' + parts[1] + u'.' + parts[2]), QStringLiteral("invalid_token"));
        // HS256 with a key that is not the server's.
        const QByteArray input = parts[0].toLatin1() + '.' + parts[1].toLatin1();
        const QByteArray forged = QMessageAuthenticationCode::hash(input, QByteArray(32, 'k'), QCryptographicHash::Sha256).toBase64(kB64);
        verifyUnauthorized(getAs(QString::fromLatin1(input + '.' + forged)), QStringLiteral("invalid_token"));
    }

    void anExpiredTokenSaysSo()
    {
        test::ServerProcess shortLived;
        QVERIFY2(shortLived.startWithTestAccounts(m_dir.filePath(QStringLiteral("ttl.sqlite")), {QStringLiteral("--access-token-ttl"), QStringLiteral("1")}),
                 qPrintable(shortLived.errorString()));
        QString refresh;
        const QString access = shortLived.signIn(UserRole::Viewer, &refresh);
        QVERIFY2(!access.isEmpty(), qPrintable(shortLived.errorString()));
        test::HttpTestClient http(shortLived.url(), access);
        QTest::qWait(2100);
        verifyUnauthorized(http.get(QStringLiteral("/api/v1/assets")), QStringLiteral("token_expired"));
        // Refreshing is the cure.
        const HttpReply renewed = test::sendRefreshToken(http, QStringLiteral("refresh"), refresh);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(QStringLiteral("expires_in")).toInt(), 1);
        http.setBearer(renewed.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(http.get(QStringLiteral("/api/v1/assets")).status, 200);
        QVERIFY(shortLived.terminate());
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        QString first;
        const QString access = m_server.signIn(UserRole::Operator, &first);
        QVERIFY(!first.isEmpty());
        const HttpReply second = test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), first);
        QCOMPARE(second.status, 200);
        const QString secondRefresh = second.json.value(QStringLiteral("refresh_token")).toString();
        const QString secondAccess = second.json.value(QStringLiteral("access_token")).toString();
        QVERIFY(secondRefresh != first && secondAccess != access);
        QVERIFY(domain::AuthTokens::fromJson(second.json).ok());
        QCOMPARE(getAs(secondAccess).status, 200);
        const HttpReply third = test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), secondRefresh);
        QCOMPARE(third.status, 200);
        const QString newest = third.json.value(QStringLiteral("refresh_token")).toString();

        // The first token again: someone has a copy. The whole family ends, the newest token too.
        verifyUnauthorized(test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), first), QStringLiteral("token_reused"));
        verifyUnauthorized(test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), newest), QStringLiteral("invalid_token"));
        verifyUnauthorized(getAs(third.json.value(QStringLiteral("access_token")).toString()), QStringLiteral("invalid_token"));
        // Other logins of the same user are not touched.
        QVERIFY(!m_server.signIn(UserRole::Operator).isEmpty());
        verifyUnauthorized(test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), QStringLiteral("rt1.unknown")), QStringLiteral("invalid_token"));
    }

    void logoutEndsTheLogin()
    {
        QString refresh;
        const QString access = m_server.signIn(UserRole::Partner, &refresh);
        QVERIFY(!access.isEmpty());
        const HttpReply out = test::sendRefreshToken(*m_anon, QStringLiteral("logout"), refresh);
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(test::sendRefreshToken(*m_anon, QStringLiteral("logout"), refresh).status, 204); // twice is fine
        QCOMPARE(test::sendRefreshToken(*m_anon, QStringLiteral("logout"), QStringLiteral("rt1.never-issued")).status, 204);
        verifyUnauthorized(test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), refresh), QStringLiteral("invalid_token"));
        verifyUnauthorized(getAs(access), QStringLiteral("invalid_token"));
    }

    void failedSignInsAreThrottled()
    {
        const test::TestAccount &viewer = test::testAccount(UserRole::Viewer);
        for (int i = 0; i < 5; ++i)
            verifyUnauthorized(test::login(*m_anon, viewer.email, QStringLiteral("guess-number-%1").arg(i)), QStringLiteral("invalid_credentials"));
        // The sixth attempt is refused before the password is looked at: the right one too.
        const HttpReply right = test::login(*m_anon, viewer.email, viewer.password);
        QCOMPARE(right.status, 429);
        QCOMPARE(test::errorCode(right), QStringLiteral("too_many_attempts"));
        const int retry = right.header("Retry-After").toInt();
        QVERIFY2(retry > 800 && retry <= 900, right.header("Retry-After").constData());
        QCOMPARE(test::login(*m_anon, viewer.email.toUpper(), viewer.password).status, 429);
        // Another e-mail from the same address is still let in (that limit is 20).
        QCOMPARE(test::login(*m_anon, test::testAccount(UserRole::Partner).email, test::testAccount(UserRole::Partner).password).status, 200);
    }

    void adminManagesUsers()
    {
        QString pw;
        const QJsonObject made = makeUser(QStringLiteral("field.ops@test.invalid"), UserRole::Operator, &pw);
        QVERIFY(!made.isEmpty());
        auto account = domain::UserAccount::fromJson(made);
        QVERIFY2(account.ok(), qPrintable(account.error().toString()));
        QVERIFY(account.value().role == UserRole::Operator && !account.value().disabled && account.value().createdAt.isValid());
        QVERIFY(!made.contains(QStringLiteral("password")) && !made.contains(QStringLiteral("password_hash")));

        auto create = [&](const QJsonObject &o) { return m_admin->post(QStringLiteral("/api/v1/users"), test::compactJson(o)); };
        const QString longPw = QStringLiteral("long-enough-password");
        QCOMPARE(test::errorCode(create({{"email", "FIELD.OPS@test.invalid"}, {"password", longPw}, {"role", "viewer"}})), QStringLiteral("conflict"));
        QCOMPARE(create({{"email", "short@test.invalid"}, {"password", "elevenchars"}, {"role", "viewer"}}).status, 422);
        QCOMPARE(create({{"email", "role@test.invalid"}, {"password", longPw}, {"role", "king"}}).status, 422);
        QCOMPARE(create({{"email", "not an e-mail"}, {"password", longPw}, {"role", "viewer"}}).status, 422);

        const HttpReply list = m_admin->get(QStringLiteral("/api/v1/users"));
        QCOMPARE(list.status, 200);
        QStringList emails;
        for (const auto &v : list.json.value(QStringLiteral("items")).toArray())
            emails << v.toObject().value(QStringLiteral("email")).toString();
        QVERIFY(emails.contains(QStringLiteral("field.ops@test.invalid")));
        QVERIFY(emails.contains(test::testAccount(UserRole::Partner).email));
        QStringList sorted = emails;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(emails, sorted);

        // A role change takes effect at once: the old token names the old role.
        const HttpReply signedIn = test::login(*m_anon, QStringLiteral("field.ops@test.invalid"), pw);
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json.value(QStringLiteral("access_token")).toString();
        const QString refresh = signedIn.json.value(QStringLiteral("refresh_token")).toString();
        const QString path = QStringLiteral("/api/v1/users/") + account.value().id;
        const HttpReply demoted = m_admin->send("PATCH", path, R"({"role":"viewer"})");
        QCOMPARE(demoted.status, 200);
        QCOMPARE(demoted.json.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        verifyUnauthorized(getAs(token), QStringLiteral("invalid_token"));
        const HttpReply renewed = test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), refresh);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        // Disabling revokes every login of the user.
        QCOMPARE(m_admin->send("PATCH", path, R"({"disabled":true})").json.value(QStringLiteral("disabled")).toBool(), true);
        verifyUnauthorized(getAs(renewed.json.value(QStringLiteral("access_token")).toString()), QStringLiteral("invalid_token"));
        verifyUnauthorized(test::sendRefreshToken(*m_anon, QStringLiteral("refresh"), renewed.json.value(QStringLiteral("refresh_token")).toString()),
                           QStringLiteral("invalid_token"));

        // The admin cannot lock themself out.
        const QString me = m_admin->get(QStringLiteral("/api/v1/users/me")).json.value(QStringLiteral("id")).toString();
        QCOMPARE(m_admin->send("PATCH", QStringLiteral("/api/v1/users/") + me, R"({"disabled":true})").status, 409);
        QCOMPARE(m_admin->send("PATCH", QStringLiteral("/api/v1/users/") + me, R"({"role":"operator"})").status, 409);
        QCOMPARE(m_admin->send("PATCH", QStringLiteral("/api/v1/users/") + me, R"({"role":"admin"})").status, 200);
        QCOMPARE(m_admin->send("PATCH", QStringLiteral("/api/v1/users/usr-none"), R"({"role":"viewer"})").status, 404);
        QCOMPARE(m_admin->send("PATCH", path, R"({"disabled":"yes"})").status, 422);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_anon.reset();
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
