// SPDX-License-Identifier: MIT
// AuthSession against the real server and the real keychain (the gnome-keyring that
// scripts/test.sh unlocks in its private D-Bus session): signing in, resuming a saved login in a
// new session as a restart would, silent renewal when the access token expires, the server's
// reuse detection seen from the client, signing out, and a login resumed while the server is down.
#include "client/authsession.h"
#include "client/credentialstore.h"
#include "client/restclient.h"
#include "freeport.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace et;
using client::AuthSession;

namespace {

/// Waits for one callback's value; a test failure (not a hang) when none comes.
template<typename R>
struct Answer
{
    std::optional<R> result;
    std::function<void(R)> callback()
    {
        return [this](R r) { result.emplace(std::move(r)); };
    }
    bool wait(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

/// One program's view: its REST client, its keychain and its session, as the console has them.
struct Client
{
    client::RestClient rest;
    client::CredentialStore secrets;
    AuthSession session;
    QString identity;

    Client(const QUrl &server, const QString &service)
        : secrets(service), session(&rest, &secrets, QStringLiteral("test")), identity(server.toString())
    {
        rest.setBaseUrl(server);
        rest.setAccessTokenSource(&session);
        session.setServerIdentity(identity);
    }

    domain::Status signIn(const test::TestAccount &account)
    {
        Answer<domain::Status> a;
        session.signIn(account.email, account.password, a.callback());
        return a.wait() ? *a.result : domain::Error{{}, QStringLiteral("no answer to signIn")};
    }
    domain::Status resume(const QString &email)
    {
        Answer<domain::Status> a;
        session.resume(email, a.callback());
        return a.wait() ? *a.result : domain::Error{{}, QStringLiteral("no answer to resume")};
    }
    domain::Result<client::RestResponse> get(const QString &path)
    {
        Answer<domain::Result<client::RestResponse>> a;
        QObject context;
        rest.get(path, {}, &context, a.callback());
        return a.wait() ? *a.result : domain::Error{{}, QStringLiteral("no answer to GET")};
    }
    std::optional<QString> savedRefreshToken(const QString &email)
    {
        Answer<domain::Result<std::optional<QString>>> a;
        secrets.read(AuthSession::refreshKey(QStringLiteral("test"), identity, email), &secrets,
                     a.callback());
        if (!a.wait() || !a.result->ok())
            return QStringLiteral("<keychain failed>");
        return a.result->value();
    }
};

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Access tokens of 3 s, so renewal happens within the test.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")),
                                                {QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                                                 QStringLiteral("--access-token-ttl"), QStringLiteral("3")}),
                 qPrintable(m_server.errorString()));
    }

    void init()
    {
        // A keychain service of its own per test: no saved login leaks from one test to the next.
        m_service = QStringLiteral("energytruck-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    void signInKeepsTheRefreshTokenInTheKeychainOnly()
    {
        Client c(m_server.url(), m_service);
        const auto &op = test::testAccount(domain::UserRole::Operator);
        const auto signedIn = c.signIn(op);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().toString()));
        QCOMPARE(c.session.state(), AuthSession::State::SignedIn);
        QVERIFY(c.session.user().has_value());
        QCOMPARE(c.session.user()->email, op.email);
        QCOMPARE(domain::toString(c.session.user()->role), QStringLiteral("operator"));
        QVERIFY(c.session.accessToken().startsWith(QStringLiteral("eyJ")));
        const auto saved = c.savedRefreshToken(op.email);
        QVERIFY(saved.has_value());
        QVERIFY(!saved->isEmpty());
        QVERIFY(*saved != c.session.accessToken());
        // The token opens the API.
        const auto trucks = c.get(QStringLiteral("/trucks"));
        QVERIFY2(trucks.ok(), qPrintable(trucks.error().toString()));
        QCOMPARE(trucks.value().status, 200);
    }

    void aWrongPasswordSavesNothing()
    {
        Client c(m_server.url(), m_service);
        test::TestAccount wrong = test::testAccount(domain::UserRole::Viewer);
        wrong.password += QStringLiteral("x");
        const auto signedIn = c.signIn(wrong);
        QVERIFY(!signedIn.ok());
        QCOMPARE(signedIn.error().code, QStringLiteral("invalid_credentials"));
        QVERIFY(c.session.state() != AuthSession::State::SignedIn);
        QVERIFY(!c.savedRefreshToken(wrong.email).has_value());
    }

    void aRestartResumesTheSavedLogin()
    {
        const auto &viewer = test::testAccount(domain::UserRole::Viewer);
        {
            Client first(m_server.url(), m_service);
            QVERIFY(first.signIn(viewer).ok());
        }
        Client second(m_server.url(), m_service);
        const auto resumed = second.resume(viewer.email);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error().toString()));
        QCOMPARE(domain::toString(second.session.user()->role), QStringLiteral("viewer"));
        QCOMPARE(second.get(QStringLiteral("/assets")).value().status, 200);
        // A viewer's token does not register disasters: the server says 403, not 401.
        Answer<domain::Result<client::RestResponse>> post;
        second.rest.post(QStringLiteral("/disasters"), QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}, &second.rest,
                         post.callback());
        QVERIFY(post.wait());
        QVERIFY(!post.result->ok());
        QCOMPARE(post.result->error().code, QStringLiteral("forbidden"));
    }

    void anExpiredAccessTokenIsRenewedSilently()
    {
        Client c(m_server.url(), m_service);
        QVERIFY(c.signIn(test::testAccount(domain::UserRole::Operator)).ok());
        const QString first = c.session.accessToken();
        const auto before = c.savedRefreshToken(test::testAccount(domain::UserRole::Operator).email);
        // Past the 3 s lifetime (the session renews ahead of it too): every request still works.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(1500);
            const auto answer = c.get(QStringLiteral("/energy/balance"));
            QVERIFY2(answer.ok(), qPrintable(answer.error().toString()));
        }
        QVERIFY(c.session.accessToken() != first);
        // Each renewal rotated the refresh token, and the keychain holds the newest.
        const auto after = c.savedRefreshToken(test::testAccount(domain::UserRole::Operator).email);
        QVERIFY(after.has_value());
        QVERIFY(after != before);
    }

    void aCopiedRefreshTokenEndsTheLoginForBoth()
    {
        // Two programs that share one keychain entry: the second uses the refresh token first,
        // so the first one's renewal sends a used token — the server revokes the whole login.
        const auto &op = test::testAccount(domain::UserRole::Operator);
        Client first(m_server.url(), m_service);
        QVERIFY(first.signIn(op).ok());
        Client second(m_server.url(), m_service);
        QVERIFY(second.resume(op.email).ok());
        QSignalSpy required(&first.session, &AuthSession::signInRequired);
        Answer<bool> renewed;
        first.session.renewAccessToken(&first.session, renewed.callback());
        QVERIFY(renewed.wait());
        QVERIFY(!*renewed.result);
        QVERIFY(required.count() >= 1 || first.session.state() == AuthSession::State::SignInRequired);
        // The family is gone: the second program's token is revoked too.
        Answer<bool> again;
        second.session.renewAccessToken(&second.session, again.callback());
        QVERIFY(again.wait());
        QVERIFY(!*again.result);
    }

    void signingOutWipesTheKeychainAndEndsTheLogin()
    {
        const auto &op = test::testAccount(domain::UserRole::Operator);
        Client c(m_server.url(), m_service);
        QVERIFY(c.signIn(op).ok());
        const auto saved = c.savedRefreshToken(op.email);
        QVERIFY(saved.has_value());
        Answer<domain::Status> out;
        c.session.signOut(out.callback());
        QVERIFY(out.wait());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        QCOMPARE(c.session.state(), AuthSession::State::SignedOut);
        QVERIFY(c.session.accessToken().isEmpty());
        QVERIFY(!c.savedRefreshToken(op.email).has_value());
        // The server forgot it as well: the old refresh token is refused.
        Answer<domain::Result<client::RestResponse>> refresh;
        c.rest.postAnonymously(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), *saved}}, &c.rest,
                               refresh.callback());
        QVERIFY(refresh.wait());
        QVERIFY(!refresh.result->ok());
        QVERIFY2(refresh.result->error().toString().contains(QStringLiteral("401")), qPrintable(refresh.result->error().toString()));
        // And a restart has nothing to resume.
        Client later(m_server.url(), m_service);
        const auto resumed = later.resume(op.email);
        QVERIFY(!resumed.ok());
        QCOMPARE(resumed.error().code, QStringLiteral("no_saved_login"));
    }

    void aLoginResumedOfflineWorksOnceTheServerIsBack()
    {
        // A server of its own: this test kills it.
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("s.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(server.errorString()));
        const quint16 port = server.port();
        const auto &op = test::testAccount(domain::UserRole::Operator);
        {
            Client before(server.url(), m_service);
            QVERIFY(before.signIn(op).ok());
        }
        server.kill();
        Client c(server.url(), m_service);
        const auto resumed = c.resume(op.email);
        QVERIFY(!resumed.ok());
        QCOMPARE(resumed.error().code, QStringLiteral("unreachable"));
        QCOMPARE(c.session.state(), AuthSession::State::SignedIn); // kept, waiting for the network
        QVERIFY(c.session.accessToken().isEmpty());
        QVERIFY(c.savedRefreshToken(op.email).has_value());

        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("s.db")),
                                              {QStringLiteral("--tick-ms"), QStringLiteral("60000"), QStringLiteral("--port"),
                                               QString::number(port)}),
                 qPrintable(server.errorString()));
        // The first request has no token; the server's 401 makes the session refresh, then it works.
        const auto trucks = c.get(QStringLiteral("/trucks"));
        QVERIFY2(trucks.ok(), qPrintable(trucks.error().toString()));
        QCOMPARE(trucks.value().status, 200);
        QVERIFY(!c.session.accessToken().isEmpty());
        QCOMPARE(c.session.user()->email, op.email);
    }

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"
