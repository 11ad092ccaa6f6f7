// SPDX-License-Identifier: MIT
// ReplyClassifier, the pure half of RestClient's reply handling, over the real server's answers
// captured in tests/data/replies/ (and the few made by hand there, which say why): each answer
// gets the outcome RestClient acts on, with the message a user reads.
#include "capturedreply.h"
#include "client/replyclassifier.h"
#include "domain/errorcode.h"

#include <QJsonDocument>
#include <QTest>

using namespace et;
using client::ReplyClassifier;
using client::ReplyFacts;
using client::ReplyOutcome;
using Kind = ReplyOutcome::Kind;
namespace errorcode = domain::errorcode;

Q_DECLARE_METATYPE(ReplyOutcome::Kind)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

/// How the request was asked, beyond what the answer says.
struct Asked
{
    bool mayRenew = false;
    bool cached = false;
    bool abortedByClient = false;
    std::chrono::milliseconds timeout{10000};
    QDateTime now = QDateTime::currentDateTimeUtc();
};

using test::committedReply;

/// The facts RestClient hands the classifier for this answer.
ReplyFacts factsOf(const test::CapturedReply &r, const Asked &asked = {})
{
    ReplyFacts f;
    f.what = QString::fromLatin1(r.method) + u' ' + r.path;
    const QByteArray echoed = r.header("X-Request-ID");
    f.requestId = echoed.isEmpty() ? QStringLiteral("id-we-sent") : QString::fromLatin1(echoed);
    f.status = r.status;
    f.transport = ReplyClassifier::transportFailure(r.networkError, r.status, asked.abortedByClient);
    f.transportText = r.errorString;
    f.timeout = asked.timeout;
    f.tlsErrors = r.sslErrors();
    f.retryAfter = r.header("Retry-After");
    f.etag = r.header("ETag");
    f.body = r.body;
    f.conditional = r.method == "GET";
    f.mayRenewToken = asked.mayRenew;
    f.hasCachedAnswer = asked.cached;
    f.now = asked.now;
    return f;
}

QString errorCodeIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object()[QStringLiteral("error")][QStringLiteral("code")].toString();
}

QString errorMessageIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object()[QStringLiteral("error")][QStringLiteral("message")].toString();
}

} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void everyAnswerHasItsOutcome_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mayRenew");
        QTest::addColumn<bool>("cached");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("200 JSON") << "health-200" << true << false << Kind::Json << QString();
        QTest::newRow("201 replayed command") << "order-201-replayed" << true << false << Kind::Json << QString();
        QTest::newRow("304, answer kept") << "asset-304-not-modified" << true << true << Kind::NotModified << QString();
        // Nothing kept to stand for: its empty body is no answer.
        QTest::newRow("304, nothing kept") << "asset-304-not-modified" << true << false << Kind::BadJson << errorcode::badAnswer;
        QTest::newRow("401 token_expired") << "asset-401-token-expired" << true << false << Kind::RenewToken << errorcode::tokenExpired;
        QTest::newRow("401 token_expired, renewed once") << "asset-401-token-expired" << false << false << Kind::ErrorBody
                                                         << errorcode::tokenExpired;
        QTest::newRow("401 unauthenticated") << "asset-401-unauthenticated" << true << false << Kind::RenewToken
                                             << errorcode::unauthenticated;
        QTest::newRow("401 invalid_token") << "asset-401-invalid-token" << true << false << Kind::RenewToken << errorcode::invalidToken;
        // A wrong password or a stolen refresh token is no matter for a renewal.
        QTest::newRow("401 invalid_credentials") << "login-401-invalid-credentials" << true << false << Kind::ErrorBody
                                                 << errorcode::invalidCredentials;
        QTest::newRow("401 token_reused") << "refresh-401-token-reused" << true << false << Kind::ErrorBody << errorcode::tokenReused;
        QTest::newRow("404 error body") << "asset-404-not-found" << true << false << Kind::ErrorBody << errorcode::notFound;
        QTest::newRow("429 Retry-After seconds") << "health-429-rate-limited" << false << false << Kind::RateLimited
                                                 << errorcode::rateLimited;
        QTest::newRow("429 Retry-After date") << "health-429-retry-after-date" << false << false << Kind::RateLimited
                                              << errorcode::rateLimited;
        QTest::newRow("503 Retry-After") << "health-503-retry-after" << false << false << Kind::RateLimited << errorcode::http(503);
        QTest::newRow("502 proxy page") << "changes-502-proxy-html" << false << false << Kind::ErrorBody << errorcode::http(502);
        QTest::newRow("200 not JSON") << "health-200-not-json" << false << false << Kind::BadJson << errorcode::badAnswer;
        QTest::newRow("200 cut off") << "health-200-cut-off" << false << false << Kind::TransportError << errorcode::unreachable;
        QTest::newRow("connection refused") << "health-connection-refused" << false << false << Kind::TransportError
                                            << errorcode::unreachable;
        QTest::newRow("TLS untrusted") << "health-tls-untrusted" << false << false << Kind::TransportError << errorcode::tlsUntrusted;
    }

    void everyAnswerHasItsOutcome()
    {
        QFETCH(QString, file);
        QFETCH(bool, mayRenew);
        QFETCH(bool, cached);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        const auto captured = committedReply(file);
        Asked asked;
        asked.mayRenew = mayRenew;
        asked.cached = cached;
        const ReplyOutcome outcome = ReplyClassifier::classify(factsOf(captured, asked));
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.error.code, code);
        if (kind == Kind::Json || kind == Kind::NotModified)
            QVERIFY2(outcome.error.message.isEmpty(), qPrintable(outcome.error.message));
        else
            QVERIFY2(outcome.error.message.startsWith(QString::fromLatin1(captured.method) + u' ' + captured.path),
                     qPrintable(outcome.error.message));
    }

    void jsonKeepsTheBodyAndTheEtagOfAGet()
    {
        const auto captured = committedReply(QStringLiteral("asset-200-etag"));
        const ReplyOutcome outcome = ReplyClassifier::classify(factsOf(captured));
        QCOMPARE(outcome.kind, Kind::Json);
        QCOMPARE(outcome.body, QJsonDocument::fromJson(captured.body).object());
        QVERIFY(!captured.header("ETag").isEmpty());
        QCOMPARE(outcome.etag, captured.header("ETag"));
        // A POST's answer is never kept for If-None-Match.
        ReplyFacts post = factsOf(captured);
        post.conditional = false;
        QVERIFY(ReplyClassifier::classify(post).etag.isEmpty());
    }

    void errorBodySaysStatusCodeMessageAndRequestId()
    {
        const auto captured = committedReply(QStringLiteral("asset-404-not-found"));
        const ReplyOutcome outcome = ReplyClassifier::classify(factsOf(captured));
        QCOMPARE(outcome.error.message, QStringLiteral("GET /api/v1/assets/no-such-asset failed: HTTP 404 %1: %2 (request id %3)")
                                            .arg(errorCodeIn(captured.body), errorMessageIn(captured.body),
                                                 QString::fromLatin1(captured.header("X-Request-ID"))));
    }

    void aProxyPageIsQuotedNotDecoded()
    {
        const auto captured = committedReply(QStringLiteral("changes-502-proxy-html"));
        const ReplyOutcome outcome = ReplyClassifier::classify(factsOf(captured));
        // Its own code says nothing the status does not, so the page's start stands for it.
        QVERIFY2(outcome.error.message.startsWith(
                     QStringLiteral("GET /api/v1/sync/changes failed: HTTP 502 <html> <head><title>502 Bad Gateway</title></head>")),
                 qPrintable(outcome.error.message));
        QVERIFY2(outcome.error.message.endsWith(QStringLiteral("(request id id-we-sent)")), qPrintable(outcome.error.message));
    }

    void retryAfterInSeconds()
    {
        const auto captured = committedReply(QStringLiteral("health-429-rate-limited"));
        bool ok = false;
        const int seconds = captured.header("Retry-After").toInt(&ok);
        QVERIFY(ok && seconds > 0);
        QCOMPARE(ReplyClassifier::classify(factsOf(captured)).retryAfterSeconds, seconds);
        // The wait is the server's, whatever the error body is like.
        QCOMPARE(ReplyClassifier::classify(factsOf(committedReply(QStringLiteral("health-503-retry-after")))).retryAfterSeconds, 30);
    }

    void retryAfterAsAnHttpDate()
    {
        const auto captured = committedReply(QStringLiteral("health-429-retry-after-date"));
        Asked asked;
        asked.now = QDateTime::fromString(QString::fromLatin1(captured.header("Date")).replace(QStringLiteral("GMT"), QStringLiteral("+0000")),
                                          Qt::RFC2822Date);
        QVERIFY(asked.now.isValid());
        QCOMPARE(ReplyClassifier::classify(factsOf(captured, asked)).retryAfterSeconds, 120);
    }

    void retryAfterValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<int>>("seconds");
        const QDateTime now(QDate(2026, 12, 6), QTime(18, 37, 43), Qt::UTC);
        const QDateTime later = now.addSecs(90);
        QTest::newRow("seconds") << QByteArray("7") << std::optional<int>(7);
        QTest::newRow("spaces") << QByteArray(" 7 ") << std::optional<int>(7);
        QTest::newRow("negative") << QByteArray("-5") << std::optional<int>(0);
        QTest::newRow("a day, capped") << QByteArray("86400") << std::optional<int>(ReplyClassifier::kMaxRetryAfterSeconds);
        QTest::newRow("IMF-fixdate") << later.toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1() << std::optional<int>(90);
        QTest::newRow("RFC 850") << later.toString(u"dddd, dd-MMM-yy HH:mm:ss 'GMT'").toLatin1() << std::optional<int>(90);
        const QString asctime = later.toString(u"ddd MMM ") + QStringLiteral("%1").arg(later.date().day(), 2) + later.toString(u" HH:mm:ss yyyy");
        QTest::newRow("asctime") << asctime.toLatin1() << std::optional<int>(90);
        QTest::newRow("numeric zone") << later.toString(Qt::RFC2822Date).toLatin1() << std::optional<int>(90);
        QTest::newRow("in the past") << now.addSecs(-60).toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1() << std::optional<int>(0);
        QTest::newRow("empty") << QByteArray() << std::optional<int>();
        QTest::newRow("words") << QByteArray("soon") << std::optional<int>();
        QTest::newRow("a bad date") << QByteArray("Sun, 32 Dec 2026 18:37:43 GMT") << std::optional<int>();
    }

    void retryAfterValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<int>, seconds);
        const QDateTime now(QDate(2026, 12, 6), QTime(18, 37, 43), Qt::UTC);
        QCOMPARE(ReplyClassifier::retryAfterSeconds(value, now), seconds);
    }

    void notJsonNamesTheRequest()
    {
        const ReplyOutcome outcome = ReplyClassifier::classify(factsOf(committedReply(QStringLiteral("health-200-not-json"))));
        QVERIFY2(outcome.error.message.startsWith(QStringLiteral("GET /api/v1/health: the server's answer is not valid JSON (request id id-we-sent): ")),
                 qPrintable(outcome.error.message));
    }

    void aCutBody()
    {
        const auto captured = committedReply(QStringLiteral("health-200-cut-off"));
        const ReplyOutcome broken = ReplyClassifier::classify(factsOf(captured));
        QCOMPARE(broken.error.message, QStringLiteral("GET /api/v1/health failed: the answer broke off (%1)").arg(captured.errorString));
        // The same bytes with no word of the cut (a server that closes early on purpose): no JSON.
        ReplyFacts quiet = factsOf(captured);
        quiet.transport = client::TransportFailure::None;
        QCOMPARE(ReplyClassifier::classify(quiet).kind, Kind::BadJson);
    }

    void transportFailures()
    {
        const auto refused = committedReply(QStringLiteral("health-connection-refused"));
        QCOMPARE(ReplyClassifier::classify(factsOf(refused)).error.message,
                 QStringLiteral("GET /api/v1/health failed: %1").arg(refused.errorString));

        const ReplyOutcome untrusted = ReplyClassifier::classify(factsOf(committedReply(QStringLiteral("health-tls-untrusted"))));
        QVERIFY2(untrusted.error.message.startsWith(QStringLiteral("GET /api/v1/health failed: the server's certificate is not trusted (")),
                 qPrintable(untrusted.error.message));
        QVERIFY2(untrusted.error.message.contains(QStringLiteral("issued by \"Energy Truck Test CA\"")), qPrintable(untrusted.error.message));

        // What the network stack reports for a request that never got an answer.
        auto silent = committedReply(QStringLiteral("health-no-answer"));
        silent.networkError = QNetworkReply::OperationCanceledError;
        Asked asked;
        asked.timeout = std::chrono::milliseconds(300);
        const ReplyOutcome timedOut = ReplyClassifier::classify(factsOf(silent, asked));
        QCOMPARE(timedOut.error.code, errorcode::timeout);
        QCOMPARE(timedOut.error.message, QStringLiteral("GET /api/v1/health failed: no answer within 0.3 s"));
        asked.abortedByClient = true;
        const ReplyOutcome aborted = ReplyClassifier::classify(factsOf(silent, asked));
        QCOMPARE(aborted.error.code, errorcode::aborted);
        QCOMPARE(aborted.error.message, QStringLiteral("GET /api/v1/health failed: aborted"));
    }

    void errorStatusesAreNoTransportFailure()
    {
        // Qt gives an error status a network error of its own; the status decides, not that.
        QCOMPARE(ReplyClassifier::transportFailure(QNetworkReply::ContentNotFoundError, 404, false), client::TransportFailure::None);
        QCOMPARE(ReplyClassifier::transportFailure(QNetworkReply::AuthenticationRequiredError, 401, false), client::TransportFailure::None);
        QCOMPARE(ReplyClassifier::transportFailure(QNetworkReply::RemoteHostClosedError, 200, false), client::TransportFailure::Failed);
        QCOMPARE(ReplyClassifier::transportFailure(QNetworkReply::NoError, 0, false), client::TransportFailure::Failed);
        QCOMPARE(ReplyClassifier::transportFailure(QNetworkReply::NoError, 200, false), client::TransportFailure::None);
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
