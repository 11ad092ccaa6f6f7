// SPDX-License-Identifier: MIT
#include "replyclassifier.h"

#include "domain/errorcode.h"
#include "domain/jsonfieldreader.h"
#include "tlsconfig.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace et::client {

namespace errorcode = domain::errorcode;
using domain::Error;
using Kind = ReplyOutcome::Kind;

namespace {

/// The server's error code and message from `{"error":{"code","message","request_id"}}`; for
/// anything else (a proxy's page) the code is "http_<status>" and the message the body's start.
std::pair<QString, QString> errorOf(const QByteArray &body, int status)
{
    const auto parsed = domain::parseJsonObject(body);
    if (parsed.ok()) {
        const QJsonObject error = parsed.value().value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        if (!code.isEmpty() || !message.isEmpty())
            return {code.isEmpty() ? errorcode::http(status) : code, message.isEmpty() ? code : message};
    }
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return {errorcode::http(status), text.isEmpty() ? ReplyClassifier::tr("no details") : text};
}

/// An HTTP date (RFC 9110 §5.6.7) in any of its three forms. Qt's RFC 2822 parser reads the
/// asctime form and dates with a numeric zone, but not the "GMT" that the preferred form
/// (IMF-fixdate) ends with, so that is given as +0000.
QDateTime httpDate(const QString &text, const QDateTime &now)
{
    const QLatin1StringView gmt(" GMT");
    if (!text.endsWith(gmt))
        return QDateTime::fromString(text, Qt::RFC2822Date); // asctime: "Sun Nov  6 08:49:37 1994"
    const QString zoneless = text.chopped(gmt.size());
    if (QDateTime fixdate = QDateTime::fromString(zoneless + QStringLiteral(" +0000"), Qt::RFC2822Date); fixdate.isValid())
        return fixdate; // "Sun, 06 Nov 1994 08:49:37 GMT"
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT". Without its weekday, which Qt would check
    // against the wrong century; a two-digit year more than 50 years ahead is the last century's.
    QDateTime rfc850 = QLocale::c().toDateTime(zoneless.section(u',', 1).trimmed(), QStringLiteral("dd-MMM-yy HH:mm:ss"));
    if (!rfc850.isValid())
        return {};
    rfc850.setTimeZone(QTimeZone::utc());
    while (rfc850.addYears(100) <= now.addYears(50))
        rfc850 = rfc850.addYears(100);
    return rfc850;
}

ReplyOutcome failure(Kind kind, const QString &message, const QString &code)
{
    ReplyOutcome outcome;
    outcome.kind = kind;
    outcome.error = Error{{}, message, code};
    return outcome;
}

} // namespace

TransportFailure ReplyClassifier::transportFailure(QNetworkReply::NetworkError error, int status, bool abortedByClient)
{
    if (status == 0 && error == QNetworkReply::OperationCanceledError)
        return abortedByClient ? TransportFailure::Aborted : TransportFailure::TimedOut;
    if (status == 0 || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied))
        return TransportFailure::Failed;
    return TransportFailure::None;
}

ReplyOutcome ReplyClassifier::classify(const ReplyFacts &facts)
{
    if (facts.status == 0 || facts.transport != TransportFailure::None || !facts.tlsErrors.isEmpty())
        return transportError(facts);
    if (facts.status == 304 && facts.hasCachedAnswer)
        return ReplyOutcome{Kind::NotModified, {}, 0, {}, {}};
    // A 304 with nothing kept to stand for is read like any success: its empty body is no JSON.
    if (facts.status != 304 && (facts.status < 200 || facts.status >= 300))
        return errorAnswer(facts);
    return jsonAnswer(facts);
}

ReplyOutcome ReplyClassifier::transportError(const ReplyFacts &facts)
{
    // Unheeded certificate errors abort the handshake, so nothing was sent.
    if (!facts.tlsErrors.isEmpty()) {
        const Error untrusted = TlsConfig::untrustedError(facts.tlsErrors);
        return failure(Kind::TransportError, tr("%1 failed: %2").arg(facts.what, untrusted.message), untrusted.code);
    }
    switch (facts.transport) {
    case TransportFailure::Aborted:
        return failure(Kind::TransportError, tr("%1 failed: %2").arg(facts.what, tr("aborted")), errorcode::aborted);
    case TransportFailure::TimedOut:
        return failure(Kind::TransportError,
                       tr("%1 failed: %2").arg(facts.what, tr("no answer within %1 s").arg(double(facts.timeout.count()) / 1000.0)),
                       errorcode::timeout);
    case TransportFailure::Failed:
    case TransportFailure::None:
        break;
    }
    // A status came, then the connection broke: the body is not all there.
    if (facts.status != 0)
        return failure(Kind::TransportError, tr("%1 failed: the answer broke off (%2)").arg(facts.what, facts.transportText),
                       errorcode::unreachable);
    return failure(Kind::TransportError, tr("%1 failed: %2").arg(facts.what, facts.transportText), errorcode::unreachable);
}

ReplyOutcome ReplyClassifier::errorAnswer(const ReplyFacts &facts)
{
    const auto [code, message] = errorOf(facts.body, facts.status);
    // A code of our own making ("http_502") says nothing the status does not.
    const QString detail = errorcode::isHttpStatus(code) ? message : code + QStringLiteral(": ") + message;
    ReplyOutcome outcome = failure(Kind::ErrorBody,
                                   tr("%1 failed: HTTP %2 %3 (request id %4)").arg(facts.what).arg(facts.status).arg(detail, facts.requestId),
                                   code);
    // An expired access token is renewed once and the request sent again, so callers never see
    // the expiry of a token they did not choose to keep.
    if (facts.status == 401 && facts.mayRenewToken && errorcode::renewsToken(code)) {
        outcome.kind = Kind::RenewToken;
        return outcome;
    }
    if (facts.status == 429 || facts.status == 503) {
        if (const auto wait = retryAfterSeconds(facts.retryAfter, facts.now)) {
            outcome.kind = Kind::RateLimited;
            outcome.retryAfterSeconds = *wait;
        }
    }
    return outcome;
}

ReplyOutcome ReplyClassifier::jsonAnswer(const ReplyFacts &facts)
{
    auto parsed = domain::parseJsonObject(facts.body);
    if (!parsed.ok())
        return failure(Kind::BadJson,
                       tr("%1: the server's answer is not valid JSON (request id %2): %3").arg(facts.what, facts.requestId, parsed.error().toString()),
                       errorcode::badAnswer);
    ReplyOutcome outcome;
    outcome.kind = Kind::Json;
    outcome.body = std::move(parsed).value();
    if (facts.status == 200 && facts.conditional)
        outcome.etag = facts.etag;
    return outcome;
}

std::optional<int> ReplyClassifier::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return std::clamp(seconds, 0, kMaxRetryAfterSeconds);
    const QDateTime at = httpDate(QString::fromLatin1(trimmed), now);
    if (!at.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(at), 0, kMaxRetryAfterSeconds));
}

} // namespace et::client
