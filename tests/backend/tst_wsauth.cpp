// SPDX-License-Identifier: MIT
// Signing in on the real server's WebSocket: the `auth` message first (answered `authenticated`
// with the user), a socket that subscribes first or never signs in is closed with 1008, a bad
// token gets its error code, a channel the role may not read is refused with `forbidden`, and
// the sockets of a login that ends (logout, refresh-token reuse, a disabled user) are closed.
#include "domain/servermessage.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace et;
using domain::UserRole;

namespace {
QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString eventOf(const QString &text)
{
    return parse(text).value(QStringLiteral("event")).toString();
}

QString errorCodeOf(const QString &text)
{
    return parse(text).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString subscribeMessage(const QStringList &channels)
{
    domain::ControlMessage m;
    m.event = QStringLiteral("subscribe");
    m.channels = channels;
    return QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

/// A socket that keeps its messages and whether (and how) it was closed.
class Socket : public QObject
{
public:
    QStringList messages;
    bool closed = false;

    explicit Socket(const QUrl &http)
    {
        QUrl u = http;
        u.setScheme(QStringLiteral("ws"));
        u.setPath(QStringLiteral("/api/v1/ws"));
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) { messages << m; });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(u);
        connected.wait(5000);
    }
    bool waitMessages(int n, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (messages.size() < n && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return messages.size() >= n;
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!closed && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return closed;
    }
    bool signIn(const QString &token)
    {
        socket.sendTextMessage(test::authMessage(token));
        return waitMessages(1) && eventOf(messages.first()) == u"authenticated";
    }

    QWebSocket socket;
};

class TestWsAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("wsauth.sqlite")),
                                                {QStringLiteral("--ws-auth-timeout-ms"), QStringLiteral("700"), QStringLiteral("--rate-limit"),
                                                 QStringLiteral("0"), QStringLiteral("--speed"), QStringLiteral("600"), QStringLiteral("--tick-ms"),
                                                 QStringLiteral("200")}),
                 qPrintable(m_server.errorString()));
    }

    void authFirstThenSubscribe()
    {
        Socket s(m_server.url());
        QVERIFY(s.socket.state() == QAbstractSocket::ConnectedState);
        QVERIFY(s.signIn(m_server.signIn(UserRole::Operator)));
        const auto welcome = domain::ServerMessage::decode(s.messages.first().toUtf8());
        QVERIFY2(welcome.ok() && welcome.value().control() && welcome.value().control()->user, qPrintable(s.messages.first()));
        QCOMPARE(welcome.value().control()->user->email, test::testAccount(UserRole::Operator).email);
        QVERIFY(welcome.value().control()->user->role == UserRole::Operator);
        QVERIFY(welcome.value().control()->cursor > 0);
        s.socket.sendTextMessage(subscribeMessage(domain::channel::all()));
        QVERIFY(s.waitMessages(3));
        QCOMPARE(eventOf(s.messages.at(1)), QStringLiteral("subscribed"));
        // A second auth on a signed-in socket is a bad request; the socket stays.
        s.socket.sendTextMessage(test::authMessage(m_server.signIn(UserRole::Operator)));
        QTRY_VERIFY_WITH_TIMEOUT(s.messages.filter(QStringLiteral("bad_request")).size() == 1, 5000);
        QVERIFY(!s.closed);
    }

    void subscribingFirstIsRefused()
    {
        Socket s(m_server.url());
        s.socket.sendTextMessage(subscribeMessage({domain::channel::energy}));
        QVERIFY(s.waitMessages(1));
        QCOMPARE(eventOf(s.messages.first()), QStringLiteral("error"));
        QCOMPARE(errorCodeOf(s.messages.first()), QStringLiteral("unauthenticated"));
        QVERIFY(s.waitClosed());
        QCOMPARE(s.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(s.messages.size(), 1); // no event got out
    }

    void aBinaryFirstMessageIsRefused()
    {
        Socket s(m_server.url());
        s.socket.sendBinaryMessage("\x01\x02");
        QVERIFY(s.waitMessages(1));
        QCOMPARE(errorCodeOf(s.messages.first()), QStringLiteral("unauthenticated"));
        QVERIFY(s.waitClosed());
        QCOMPARE(s.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void badTokensAreRefused()
    {
        const QString good = m_server.signIn(UserRole::Viewer);
        QString tampered = good;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        for (const QString &token : {QStringLiteral("garbage"), tampered}) {
            Socket s(m_server.url());
            s.socket.sendTextMessage(test::authMessage(token));
            QVERIFY(s.waitMessages(1));
            QCOMPARE(errorCodeOf(s.messages.first()), QStringLiteral("invalid_token"));
            QVERIFY(s.waitClosed());
            QCOMPARE(s.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        }
    }

    void expiredTokenIsRefused()
    {
        test::ServerProcess shortLived;
        QVERIFY2(shortLived.startWithTestAccounts(m_dir.filePath(QStringLiteral("ttl.sqlite")), {QStringLiteral("--access-token-ttl"), QStringLiteral("1")}),
                 qPrintable(shortLived.errorString()));
        const QString token = shortLived.signIn(UserRole::Viewer);
        QTest::qWait(2100);
        Socket s(shortLived.url());
        s.socket.sendTextMessage(test::authMessage(token));
        QVERIFY(s.waitMessages(1));
        QCOMPARE(errorCodeOf(s.messages.first()), QStringLiteral("token_expired"));
        QVERIFY(s.waitClosed());
        QVERIFY(shortLived.terminate());
    }

    void silenceIsClosedAfterTheTimeout()
    {
        Socket s(m_server.url());
        QElapsedTimer t;
        t.start();
        QVERIFY(s.waitClosed(5000));
        QVERIFY2(t.elapsed() >= 500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(s.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(!s.messages.isEmpty());
        QCOMPARE(errorCodeOf(s.messages.first()), QStringLiteral("unauthenticated"));
    }

    void aPartnerMayNotReadTheFleet()
    {
        Socket s(m_server.url());
        QVERIFY(s.signIn(m_server.signIn(UserRole::Partner)));
        s.socket.sendTextMessage(subscribeMessage({domain::channel::energy, domain::channel::trucks}));
        QVERIFY(s.waitMessages(2));
        QCOMPARE(errorCodeOf(s.messages.at(1)), QStringLiteral("forbidden"));
        QVERIFY(!s.closed);
        QTest::qWait(700); // nothing was subscribed: no events
        QCOMPARE(s.messages.size(), 2);
        s.socket.sendTextMessage(subscribeMessage({domain::channel::energy, domain::channel::assets, domain::channel::disasters}));
        QVERIFY(s.waitMessages(4));
        QCOMPARE(eventOf(s.messages.at(2)), QStringLiteral("subscribed"));
        for (const QString &m : s.messages.mid(3))
            QVERIFY2(parse(m).value(QStringLiteral("channel")).toString() != domain::channel::trucks, qPrintable(m));
    }

    void endedLoginsCloseTheirSockets()
    {
        test::HttpTestClient http(m_server.url());
        // Logout.
        QString refresh;
        Socket a(m_server.url());
        QVERIFY(a.signIn(m_server.signIn(UserRole::Viewer, &refresh)));
        Socket other(m_server.url()); // another login of the same user stays
        QVERIFY(other.signIn(m_server.signIn(UserRole::Viewer)));
        QCOMPARE(test::sendRefreshToken(http, QStringLiteral("logout"), refresh).status, 204);
        QVERIFY(a.waitClosed());
        QCOMPARE(a.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QTest::qWait(200);
        QVERIFY(!other.closed);

        // A refresh token used twice.
        Socket b(m_server.url());
        QVERIFY(b.signIn(m_server.signIn(UserRole::Operator, &refresh)));
        QCOMPARE(test::sendRefreshToken(http, QStringLiteral("refresh"), refresh).status, 200);
        QVERIFY(!b.closed);
        QCOMPARE(test::errorCode(test::sendRefreshToken(http, QStringLiteral("refresh"), refresh)), QStringLiteral("token_reused"));
        QVERIFY(b.waitClosed());

        // A disabled user.
        http.setBearer(m_server.signIn(UserRole::Admin));
        const auto made = http.post(QStringLiteral("/api/v1/users"), R"({"email":"temp@test.invalid","password":"temporary-password","role":"viewer"})");
        QCOMPARE(made.status, 201);
        const auto temp = test::login(http, QStringLiteral("temp@test.invalid"), QStringLiteral("temporary-password"));
        Socket c(m_server.url());
        QVERIFY(c.signIn(temp.json.value(QStringLiteral("access_token")).toString()));
        QCOMPARE(http.send("PATCH", QStringLiteral("/api/v1/users/") + made.json.value(QStringLiteral("id")).toString(), R"({"disabled":true})").status, 200);
        QVERIFY(c.waitClosed());
        QVERIFY(!other.closed);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestWsAuth)
#include "tst_wsauth.moc"
