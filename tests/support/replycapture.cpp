// SPDX-License-Identifier: MIT
#include "replycapture.h"

#include "domain/errorcode.h"
#include "domain/operatorcommand.h"
#include "faultproxy.h"
#include "replywait.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testpki.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

namespace et::test {

namespace errorcode = domain::errorcode;

namespace {

QStringList quietArgs()
{
    // Ticks a minute apart: nothing changes between two requests, so a 304 can follow a 200.
    return {QStringLiteral("--tick-ms"), QStringLiteral("60000")};
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString errorCodeOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

bool ReplyCapture::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool ReplyCapture::run()
{
    m_replies.clear();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    {
        ServerProcess server;
        if (!server.startWithTestAccounts(dir.filePath(QStringLiteral("main.db")), quietArgs()))
            return fail(server.errorString());
        const QString options = quietArgs().join(u' ');
        if (!captureFromOneServer(server, options) || !captureCutOff(server, options))
            return false;
        // Where the server was a moment ago, nothing listens now.
        const QUrl gone = server.url();
        if (!server.terminate())
            return fail(QStringLiteral("the server did not stop"));
        const CapturedReply refused = exchange(QStringLiteral("health-connection-refused"), "GET", gone.resolved(QUrl(QStringLiteral("/api/v1/health"))));
        if (refused.networkError != QNetworkReply::ConnectionRefusedError)
            return fail(QStringLiteral("health-connection-refused: %1").arg(refused.errorString));
        if (!keep(refused, QStringLiteral("stopped: nothing listens on its port any more"), 0))
            return false;
    }
    return captureExpiredToken(dir.filePath(QStringLiteral("expiring.db"))) && captureRateLimited(dir.filePath(QStringLiteral("strict.db")))
           && captureTlsUntrusted(dir.filePath(QStringLiteral("tls.db")));
}

bool ReplyCapture::captureFromOneServer(ServerProcess &server, const QString &options)
{
    const QString token = server.signIn(domain::UserRole::Operator);
    QString refresh;
    if (token.isEmpty() || server.signIn(domain::UserRole::Viewer, &refresh).isEmpty())
        return fail(server.errorString());
    const QUrl base = server.url();
    auto url = [&base](const QString &path) { return base.resolved(QUrl(path)); };
    const QUrl asset = url(QStringLiteral("/api/v1/assets/wind-gasiri"));
    const QByteArray auth = QByteArrayLiteral("Authorization");

    if (!keep(exchange(QStringLiteral("health-200"), "GET", url(QStringLiteral("/api/v1/health"))), options, 200))
        return false;
    const CapturedReply tagged = exchange(QStringLiteral("asset-200-etag"), "GET", asset, {{auth, bearer(token)}});
    if (tagged.header("ETag").isEmpty())
        return fail(QStringLiteral("asset-200-etag: the answer has no ETag"));
    if (!keep(tagged, options, 200)
        || !keep(exchange(QStringLiteral("asset-304-not-modified"), "GET", asset, {{auth, bearer(token)}, {"If-None-Match", tagged.header("ETag")}}),
                 options, 304)
        || !keep(exchange(QStringLiteral("asset-404-not-found"), "GET", url(QStringLiteral("/api/v1/assets/no-such-asset")), {{auth, bearer(token)}}),
                 options, 404, errorcode::notFound)
        // A login resumed offline sends no token at all.
        || !keep(exchange(QStringLiteral("asset-401-unauthenticated"), "GET", asset), options, 401, errorcode::unauthenticated)
        || !keep(exchange(QStringLiteral("asset-401-invalid-token"), "GET", asset, {{auth, "Bearer not-a-token"}}), options, 401,
                 errorcode::invalidToken))
        return false;

    const auto login = json({{QStringLiteral("email"), testAccount(domain::UserRole::Operator).email},
                             {QStringLiteral("password"), QStringLiteral("not the password")}});
    if (!keep(exchange(QStringLiteral("login-401-invalid-credentials"), "POST", url(QStringLiteral("/api/v1/auth/login")),
                       {{"Content-Type", "application/json"}}, login),
              options, 401, errorcode::invalidCredentials))
        return false;
    // A refresh token is good once; the second use reads as a theft. The first answer (new
    // tokens) is not kept: tokens do not belong in the source tree, even a test server's.
    const QByteArray spent = json({{QStringLiteral("refresh_token"), refresh}});
    const QUrl refreshUrl = url(QStringLiteral("/api/v1/auth/refresh"));
    if (exchange(QStringLiteral("refresh-200"), "POST", refreshUrl, {{"Content-Type", "application/json"}}, spent).status != 200)
        return fail(QStringLiteral("the first refresh was refused"));
    if (!keep(exchange(QStringLiteral("refresh-401-token-reused"), "POST", refreshUrl, {{"Content-Type", "application/json"}}, spent),
              options, 401, errorcode::tokenReused))
        return false;

    // The same command twice: the second answer is the first one's record.
    domain::DispatchOrder order;
    order.id = QStringLiteral("ord-capture0001");
    order.truckId = QStringLiteral("truck-03");
    order.kind = domain::OrderKind::Charge;
    order.targetAssetId = QStringLiteral("wind-gasiri");
    order.kwh = 300.0;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.updatedAt = order.createdAt;
    const auto command = domain::OperatorCommand::createOrder(order, QStringLiteral("cmd-capture0001"));
    const Headers commandHeaders{{auth, bearer(token)}, {"Content-Type", "application/json"}, {"Idempotency-Key", command.key.toLatin1()}};
    const QUrl orders = url(QStringLiteral("/api/v1") + command.path());
    if (exchange(QStringLiteral("order-201"), "POST", orders, commandHeaders, json(command.body)).status != 201)
        return fail(QStringLiteral("the order was refused"));
    const CapturedReply replayed = exchange(QStringLiteral("order-201-replayed"), "POST", orders, commandHeaders, json(command.body));
    if (replayed.header("Idempotent-Replay") != "true")
        return fail(QStringLiteral("order-201-replayed: no Idempotent-Replay: true"));
    return keep(replayed, options, 201);
}

bool ReplyCapture::captureExpiredToken(const QString &dbPath)
{
    ServerProcess server;
    QStringList args = quietArgs();
    args << QStringLiteral("--access-token-ttl") << QStringLiteral("1");
    if (!server.startWithTestAccounts(dbPath, args))
        return fail(server.errorString());
    const QString token = server.signIn(domain::UserRole::Operator);
    if (token.isEmpty())
        return fail(server.errorString());
    waitMs(2500); // the token's one second has passed, whole seconds rounded either way
    return keep(exchange(QStringLiteral("asset-401-token-expired"), "GET", server.url().resolved(QUrl(QStringLiteral("/api/v1/assets/wind-gasiri"))),
                         {{"Authorization", bearer(token)}}),
                args.join(u' '), 401, errorcode::tokenExpired);
}

bool ReplyCapture::captureRateLimited(const QString &dbPath)
{
    ServerProcess server;
    QStringList args = quietArgs();
    args << QStringLiteral("--rate-limit") << QStringLiteral("1");
    if (!server.start(dbPath, args))
        return fail(server.errorString());
    // One request a second, in bursts of two: the third in a row is refused.
    const QUrl health = server.url().resolved(QUrl(QStringLiteral("/api/v1/health")));
    for (int i = 0; i < 6; ++i) {
        CapturedReply reply = exchange(QStringLiteral("health-429-rate-limited"), "GET", health);
        if (reply.status == 429)
            return keep(std::move(reply), args.join(u' '), 429, errorcode::rateLimited);
    }
    return fail(QStringLiteral("six requests in a row were not refused with --rate-limit 1"));
}

bool ReplyCapture::captureCutOff(ServerProcess &server, const QString &options)
{
    FaultProxy proxy;
    if (!proxy.start(server.port()))
        return fail(QStringLiteral("the fault proxy did not start"));
    const QUrl health = proxy.url().resolved(QUrl(QStringLiteral("/api/v1/health")));
    // Past the status line and headers (whose length varies a little), into the body.
    for (qint64 cut = 120; cut < 600; cut += 20) {
        proxy.cutAfterServerBytes(cut);
        QNetworkAccessManager network; // a new connection, so the cut is armed for it
        CapturedReply reply = exchange(QStringLiteral("health-200-cut-off"), "GET", health, {}, {}, &network);
        const qint64 promised = reply.header("Content-Length").toLongLong();
        if (reply.status == 200 && reply.networkError != QNetworkReply::NoError && !reply.body.isEmpty() && reply.body.size() < promised)
            return keep(std::move(reply), options + QStringLiteral(", behind FaultProxy cutting the answer after %1 bytes").arg(cut), 200);
    }
    return fail(QStringLiteral("no cut landed inside the body of /api/v1/health"));
}

bool ReplyCapture::captureTlsUntrusted(const QString &dbPath)
{
    TestPki pki;
    QString error;
    if (!pki.create(&error))
        return fail(error);
    ServerProcess server;
    const QStringList args = quietArgs() + pki.serverArgs();
    if (!server.start(dbPath, args))
        return fail(server.errorString());
    // The system's CAs never signed the test CA's certificate.
    const CapturedReply untrusted = exchange(QStringLiteral("health-tls-untrusted"), "GET", server.url().resolved(QUrl(QStringLiteral("/api/v1/health"))));
    if (untrusted.tlsErrors.isEmpty())
        return fail(QStringLiteral("health-tls-untrusted: no certificate errors (%1)").arg(untrusted.errorString));
    return keep(untrusted, QStringLiteral("%1 --tls-cert (signed by a test CA), asked with the system's CAs").arg(quietArgs().join(u' ')), 0);
}

CapturedReply ReplyCapture::exchange(const QString &name, const QByteArray &method, const QUrl &url, Headers headers,
                                     const QByteArray &body, QNetworkAccessManager *network)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    for (const auto &[header, value] : std::as_const(headers))
        request.setRawHeader(header, value);
    QNetworkAccessManager &nam = network ? *network : m_network;
    QNetworkReply *reply = method == "GET" ? nam.get(request) : nam.post(request, body);
    QList<QSslError> tlsErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&tlsErrors](const QList<QSslError> &errors) { tlsErrors = errors; });
    waitForReply(reply, 15000);
    CapturedReply r;
    r.name = name;
    r.method = method;
    r.path = url.path();
    r.query = url.query();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    r.networkError = reply->error();
    if (r.networkError != QNetworkReply::NoError)
        r.errorString = reply->errorString();
    for (const QSslError &e : std::as_const(tlsErrors))
        r.tlsErrors.append({e.error(), e.certificate().toPem()});
    reply->deleteLater();
    return r;
}

bool ReplyCapture::keep(CapturedReply reply, const QString &capturedFrom, int status, const QString &code)
{
    if (reply.status != status)
        return fail(QStringLiteral("%1: status %2 (%3), expected %4").arg(reply.name).arg(reply.status).arg(reply.errorString).arg(status));
    if (!code.isEmpty() && errorCodeOf(reply.body) != code)
        return fail(QStringLiteral("%1: error code \"%2\", expected \"%3\"").arg(reply.name, errorCodeOf(reply.body), code));
    reply.capturedFrom = QStringLiteral("energytruck-server %1").arg(capturedFrom);
    m_replies.append(std::move(reply));
    return true;
}

} // namespace et::test
