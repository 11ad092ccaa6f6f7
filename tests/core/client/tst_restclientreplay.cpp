// SPDX-License-Identifier: MIT
// RestClient's reply handling, branch by branch, over answers the real server gave (captured in
// tests/data/replies/ by capture_replies; the few no real server gives are made by hand there and
// say why), played back by a network manager that sends nothing and records what was asked.
// tst_restclient keeps talking to the real server; this one makes every branch deterministic.
#include "client/restclient.h"
#include "domain/errorcode.h"
#include "domain/operatorcommand.h"
#include "entityfixtures.h"
#include "replaynetworkmanager.h"
#include "restanswer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace et;
using namespace std::chrono_literals;
namespace errorcode = domain::errorcode;

namespace {

template<typename T>
using Answer = test::RestAnswer<T>;

/// An access token that renews to a numbered next one, or refuses to (a login that is over).
class ScriptedTokens : public client::AccessTokenSource
{
public:
    QString accessToken() const override { return QStringLiteral("token-%1").arg(renewals + 1); }
    void renewAccessToken(QObject *, std::function<void(bool)> done) override
    {
        if (renews)
            ++renewals;
        done(renews);
    }
    bool renews = true;
    int renewals = 0;
};

using test::committedReply;

QString echoedId(const QString &file)
{
    return QString::fromLatin1(committedReply(file).header("X-Request-ID"));
}

} // namespace

class TestRestClientReplay : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_network.emplace();
        m_rest.emplace(&*m_network);
        m_rest->setBaseUrl(QUrl(QStringLiteral("http://energy.example:8080")));
        m_tokens = {};
    }

    void cleanup()
    {
        QCOMPARE(m_network->pending(), 0); // every answer queued was asked for
        m_rest.reset();
        m_network.reset();
    }

    void json200()
    {
        enqueue(QStringLiteral("health-200"));
        Answer<client::HealthInfo> a;
        m_rest->fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.error().toString()));
        QCOMPARE(a.result->value().status, QStringLiteral("ok"));
        QVERIFY(a.result->value().cursor > 0);
        const auto &sent = m_network->requests().at(0);
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.url.toString(), QStringLiteral("http://energy.example:8080/api/v1/health"));
        QCOMPARE(sent.header("User-Agent"), QByteArray("energytruck-console/" ET_PROJECT_VERSION));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(sent.header("X-Request-ID"))).isNull());
        QVERIFY(sent.header("Authorization").isEmpty());
        QVERIFY(sent.header("If-None-Match").isEmpty());
    }

    void etagThenNotModifiedFromTheCache()
    {
        enqueue(QStringLiteral("asset-200-etag"));
        enqueue(QStringLiteral("asset-304-not-modified"));
        Answer<client::RestResponse> first;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result->ok(), qPrintable(first.error().toString()));
        QCOMPARE(first.result->value().status, 200);
        Answer<client::RestResponse> second;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, second.callback());
        QVERIFY(second.wait());
        QVERIFY2(second.result->ok(), qPrintable(second.error().toString()));
        QCOMPARE(second.result->value().status, 304);
        QCOMPARE(second.result->value().body, first.result->value().body);
        QCOMPARE(second.result->value().body.value(QStringLiteral("id")).toString(), QStringLiteral("wind-gasiri"));
        QCOMPARE(second.result->value().requestId, echoedId(QStringLiteral("asset-304-not-modified")));
        QCOMPARE(m_network->requests().at(1).header("If-None-Match"), committedReply(QStringLiteral("asset-200-etag")).header("ETag"));
    }

    void notModifiedWithNothingKept()
    {
        enqueue(QStringLiteral("asset-304-not-modified"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::badAnswer);
        QVERIFY2(a.error().message.contains(QStringLiteral("not valid JSON")), qPrintable(a.error().message));
    }

    void renewsTheTokenAndSendsAgain_data()
    {
        QTest::addColumn<QString>("refusal");
        QTest::newRow("token_expired") << "asset-401-token-expired";
        QTest::newRow("unauthenticated") << "asset-401-unauthenticated";
        QTest::newRow("invalid_token") << "asset-401-invalid-token";
    }

    void renewsTheTokenAndSendsAgain()
    {
        QFETCH(QString, refusal);
        m_rest->setAccessTokenSource(&m_tokens);
        enqueue(refusal);
        enqueue(QStringLiteral("asset-200-etag"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.error().toString()));
        QCOMPARE(a.result->value().status, 200);
        QCOMPARE(m_tokens.renewals, 1);
        QCOMPARE(m_network->requests().size(), 2);
        QCOMPARE(m_network->requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(m_network->requests().at(1).header("Authorization"), QByteArray("Bearer token-2"));
        // The same request again, with a request id of its own.
        QCOMPARE(m_network->requests().at(1).url, m_network->requests().at(0).url);
        QVERIFY(m_network->requests().at(1).header("X-Request-ID") != m_network->requests().at(0).header("X-Request-ID"));
    }

    void renewalFails()
    {
        m_tokens.renews = false;
        m_rest->setAccessTokenSource(&m_tokens);
        enqueue(QStringLiteral("asset-401-token-expired"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::unauthenticated);
        QCOMPARE(a.error().message, QStringLiteral("GET /api/v1/assets/wind-gasiri failed: signing in again is needed"));
        QCOMPARE(m_network->requests().size(), 1);
    }

    void renewsOnlyOnce()
    {
        m_rest->setAccessTokenSource(&m_tokens);
        enqueue(QStringLiteral("asset-401-token-expired"));
        enqueue(QStringLiteral("asset-401-token-expired"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/assets/wind-gasiri"), {}, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::tokenExpired);
        QVERIFY2(a.error().message.contains(QStringLiteral("HTTP 401 token_expired")), qPrintable(a.error().message));
        QCOMPARE(m_tokens.renewals, 1);
    }

    void anonymousRequestsAreNotRenewed()
    {
        m_rest->setAccessTokenSource(&m_tokens);
        enqueue(QStringLiteral("login-401-invalid-credentials"));
        const QJsonObject login{{QStringLiteral("email"), QStringLiteral("op@jeju-grid.kr")}, {QStringLiteral("password"), QStringLiteral("x")}};
        Answer<client::RestResponse> a;
        m_rest->postAnonymously(QStringLiteral("/auth/login"), login, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::invalidCredentials);
        QVERIFY(errorcode::endsLogin(a.error().code));
        QCOMPARE(m_tokens.renewals, 0);
        const auto &sent = m_network->requests().at(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        QVERIFY(sent.header("Authorization").isEmpty());
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(sent.body).object(), login);
    }

    void aReusedRefreshTokenIsAnError()
    {
        enqueue(QStringLiteral("refresh-401-token-reused"));
        Answer<client::RestResponse> a;
        m_rest->postAnonymously(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), QStringLiteral("rt1.x")}}, this,
                                a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::tokenReused);
        QVERIFY(errorcode::endsLogin(a.error().code));
    }

    void rateLimitedHoldsBack()
    {
        const auto refusal = committedReply(QStringLiteral("health-429-rate-limited"));
        const int seconds = refusal.header("Retry-After").toInt();
        QVERIFY(seconds > 0);
        m_network->enqueue(refusal);
        QSignalSpy throttled(&*m_rest, &client::RestClient::throttled);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Answer<client::HealthInfo> a;
        m_rest->fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::rateLimited);
        QCOMPARE(throttled.count(), 1);
        QCOMPARE(throttled.first().first().toInt(), seconds);
        QVERIFY(m_rest->notBefore() >= before.addSecs(seconds));
        // Asked too early: refused here, from the event loop, and nothing sent.
        Answer<client::HealthInfo> early;
        m_rest->fetchHealth(this, early.callback());
        QVERIFY(!early.result);
        QVERIFY(early.wait(1000));
        QCOMPARE(early.error().code, errorcode::rateLimited);
        QCOMPARE(early.error().message, QStringLiteral("GET /api/v1/health not sent: the server asked to wait %1 s").arg(seconds));
        QCOMPARE(m_network->requests().size(), 1);
        // Once the time has passed, requests go out again.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= m_rest->notBefore(), 5000);
        enqueue(QStringLiteral("health-200"));
        Answer<client::HealthInfo> later;
        m_rest->fetchHealth(this, later.callback());
        QVERIFY(later.wait());
        QVERIFY2(later.result->ok(), qPrintable(later.error().toString()));
        QCOMPARE(m_network->requests().size(), 2);
    }

    void rateLimitedUntilAnHttpDate()
    {
        // An HTTP date means a moment, so the captured one is moved to two minutes from now.
        auto refusal = committedReply(QStringLiteral("health-429-retry-after-date"));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(120);
        refusal.setHeader("Retry-After", until.toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1());
        m_network->enqueue(refusal);
        QSignalSpy throttled(&*m_rest, &client::RestClient::throttled);
        Answer<client::HealthInfo> a;
        m_rest->fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::rateLimited);
        QCOMPARE(throttled.count(), 1);
        const int seconds = throttled.first().first().toInt();
        QVERIFY2(seconds >= 118 && seconds <= 120, qPrintable(QString::number(seconds)));
        Answer<client::HealthInfo> early;
        m_rest->fetchHealth(this, early.callback());
        QVERIFY(early.wait(1000));
        QCOMPARE(early.error().code, errorcode::rateLimited);
        QVERIFY2(early.error().message.contains(QStringLiteral("not sent")), qPrintable(early.error().message));
        QCOMPARE(m_network->requests().size(), 1);
    }

    void unavailableWithRetryAfter()
    {
        enqueue(QStringLiteral("health-503-retry-after"));
        QSignalSpy throttled(&*m_rest, &client::RestClient::throttled);
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/health"), {}, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::http(503));
        QVERIFY2(a.error().message.contains(QStringLiteral("HTTP 503 <html><body><h1>503 Service Unavailable</h1>")),
                 qPrintable(a.error().message));
        QCOMPARE(throttled.count(), 1);
        QCOMPARE(throttled.first().first().toInt(), 30);
        Answer<client::RestResponse> early;
        m_rest->get(QStringLiteral("/health"), {}, this, early.callback());
        QVERIFY(early.wait(1000));
        QCOMPARE(early.error().code, errorcode::rateLimited);
        QCOMPARE(m_network->requests().size(), 1);
    }

    void errorBody()
    {
        enqueue(QStringLiteral("asset-404-not-found"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/assets/no-such-asset"), {}, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::notFound);
        QVERIFY2(a.error().message.startsWith(QStringLiteral("GET /api/v1/assets/no-such-asset failed: HTTP 404 not_found: ")),
                 qPrintable(a.error().message));
        QVERIFY2(a.error().message.endsWith(QStringLiteral("(request id %1)").arg(echoedId(QStringLiteral("asset-404-not-found")))),
                 qPrintable(a.error().message));
    }

    void aProxysHtmlPage()
    {
        enqueue(QStringLiteral("changes-502-proxy-html"));
        Answer<domain::ChangeBatch> a;
        m_rest->fetchChanges(0, 0, this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::http(502));
        QVERIFY2(a.error().message.contains(QStringLiteral("HTTP 502 <html> <head><title>502 Bad Gateway</title>")), qPrintable(a.error().message));
    }

    void answersThatAreNoAnswer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); ///< how it starts; %1 is the network stack's words
        QTest::newRow("not JSON") << "health-200-not-json" << errorcode::badAnswer
                                  << "GET /api/v1/health: the server's answer is not valid JSON (request id ";
        QTest::newRow("a body cut off midway") << "health-200-cut-off" << errorcode::unreachable
                                               << "GET /api/v1/health failed: the answer broke off (%1)";
        QTest::newRow("connection refused") << "health-connection-refused" << errorcode::unreachable << "GET /api/v1/health failed: %1";
        QTest::newRow("certificate not trusted") << "health-tls-untrusted" << errorcode::tlsUntrusted
                                                 << "GET /api/v1/health failed: the server's certificate is not trusted (";
    }

    void answersThatAreNoAnswer()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto answer = committedReply(file);
        if (!answer.tlsErrors.isEmpty())
            m_rest->setBaseUrl(QUrl(QStringLiteral("https://energy.example:8443")));
        m_network->enqueue(answer);
        Answer<client::HealthInfo> a;
        m_rest->fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, code);
        const QString expected = message.contains(QStringLiteral("%1")) ? message.arg(answer.errorString) : message;
        QVERIFY2(a.error().message.startsWith(expected), qPrintable(a.error().message));
    }

    void noAnswerTimesOut()
    {
        m_rest->setTimeout(300ms);
        enqueue(QStringLiteral("health-no-answer"));
        Answer<client::HealthInfo> a;
        QElapsedTimer clock;
        clock.start();
        m_rest->fetchHealth(this, a.callback());
        QVERIFY(a.wait());
        QCOMPARE(a.error().code, errorcode::timeout);
        QCOMPARE(a.error().message, QStringLiteral("GET /api/v1/health failed: no answer within 0.3 s"));
        QVERIFY(clock.elapsed() >= 250);
    }

    void abortedByTheClient()
    {
        enqueue(QStringLiteral("health-no-answer"));
        Answer<client::HealthInfo> a;
        m_rest->fetchHealth(this, a.callback());
        QTest::qWait(50);
        m_rest->abortAll();
        QVERIFY(a.wait(1000));
        QCOMPARE(a.error().code, errorcode::aborted);
        QCOMPARE(a.error().message, QStringLiteral("GET /api/v1/health failed: aborted"));
    }

    void aReplayedCommand()
    {
        m_rest->setAccessTokenSource(&m_tokens);
        enqueue(QStringLiteral("order-201-replayed"));
        const auto order = test::sampleOrder(QStringLiteral("ord-capture0001"), QStringLiteral("truck-03"), domain::OrderStatus::Pending);
        const auto command = domain::OperatorCommand::createOrder(order, domain::OperatorCommand::newKey());
        Answer<client::RestResponse> a;
        m_rest->sendCommand(command, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY2(a.result->ok(), qPrintable(a.error().toString()));
        QCOMPARE(a.result->value().status, 201);
        QVERIFY(a.result->value().replayed);
        const auto &sent = m_network->requests().at(0);
        QCOMPARE(sent.header("Idempotency-Key"), command.key.toLatin1());
        QCOMPARE(QJsonDocument::fromJson(sent.body).object(), command.body);
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer token-1"));
    }

    void clientsSharingATransportWaitTogether()
    {
        client::RestClient other;
        other.shareTransportWith(*m_rest);
        other.setBaseUrl(m_rest->baseUrl());
        QCOMPARE(other.networkAccessManager(), &*m_network);
        enqueue(QStringLiteral("health-503-retry-after"));
        Answer<client::RestResponse> a;
        m_rest->get(QStringLiteral("/health"), {}, this, a.callback());
        QVERIFY(a.wait());
        QVERIFY(m_rest->notBefore().isValid());
        QCOMPARE(other.notBefore(), m_rest->notBefore());
        // The other client asks nothing of a server that told the first one to wait.
        QSignalSpy sent(&other, &client::RestClient::requestStarted);
        Answer<client::HealthInfo> held;
        other.fetchHealth(this, held.callback());
        QVERIFY(held.wait(1000));
        QCOMPARE(held.error().code, errorcode::rateLimited);
        QVERIFY2(held.error().message.contains(QStringLiteral("not sent: the server asked to wait")), qPrintable(held.error().message));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(m_network->requests().size(), 1);
    }

private:
    void enqueue(const QString &name)
    {
        QString error;
        QVERIFY2(m_network->enqueue(name, &error), qPrintable(error));
    }

    std::optional<test::ReplayNetworkAccessManager> m_network;
    std::optional<client::RestClient> m_rest;
    ScriptedTokens m_tokens;
};

QTEST_GUILESS_MAIN(TestRestClientReplay)
#include "tst_restclientreplay.moc"
