// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <chrono>
#include <optional>

namespace et::client {

/// How a request ended below HTTP, as the network stack tells it.
enum class TransportFailure {
    None,     ///< the connection carried an answer to its end
    Failed,   ///< refused, reset, no route, a failed handshake; or broken off after the status line
    TimedOut, ///< no answer within the transfer timeout
    Aborted,  ///< the client gave the request up itself
};

/// Everything ReplyClassifier looks at, as plain values: what one request got back.
struct ReplyFacts
{
    QString what;      ///< "GET /api/v1/health": how messages name the request
    QString requestId; ///< the X-Request-ID the server echoed, else the one sent
    TransportFailure transport = TransportFailure::None;
    QString transportText;                 ///< the network stack's words for a failure
    std::chrono::milliseconds timeout{0};  ///< the transfer timeout, for "no answer within N s"
    QList<QSslError> tlsErrors;            ///< why the server's certificate did not verify
    int status = 0;                        ///< the HTTP status; 0 when none came
    QByteArray retryAfter;                 ///< the Retry-After header
    QByteArray etag;                       ///< the ETag header
    QByteArray body;
    bool conditional = false;     ///< a GET: a tagged answer may stand in for a later 304
    bool mayRenewToken = false;   ///< sent with an access token that may be renewed once
    bool hasCachedAnswer = false; ///< an answer is kept for this URL (a 304 means "that one")
    QDateTime now;                ///< for a Retry-After given as an HTTP date
};

/// What to do with one answer: exactly one of these.
struct ReplyOutcome
{
    enum class Kind {
        TransportError, ///< no (whole) answer: `error` with unreachable, timeout, aborted or tls_untrusted
        NotModified,    ///< 304: the kept answer for the URL is the answer
        RenewToken,     ///< 401 with a code a fresh access token cures: renew and send it again
        RateLimited,    ///< 429/503 with Retry-After: `error`, and nothing to be sent for `retryAfterSeconds`
        ErrorBody,      ///< any other non-2xx: `error` with the server's code, or http_<status>
        BadJson,        ///< a success whose body is not a JSON object: `error` with bad_answer
        Json,           ///< a success: `body`, and `etag` when it is to be kept for If-None-Match
    };
    Kind kind = Kind::TransportError;
    domain::Error error;
    int retryAfterSeconds = 0;
    QJsonObject body;
    QByteArray etag;
};

/// Decides what an HTTP answer means for RestClient: one pure function from ReplyFacts to a
/// ReplyOutcome with the error message the user will read, so every branch of reply handling is
/// testable without a network, and RestClient is left with the doing (sending again, keeping an
/// ETag, holding back after a Retry-After). Error bodies are the API's
/// `{"error":{"code","message","request_id"}}`; anything else with an error status (a proxy's
/// HTML page) gets the code "http_<status>" and the start of the body as its message.
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(et::client::ReplyClassifier)
public:
    static ReplyOutcome classify(const ReplyFacts &facts);

    /// What the network stack's `error` says about a reply with HTTP `status` (0: none came).
    /// A cancelled request without an answer timed out, unless the client gave it up itself;
    /// an error below HTTP (under ContentAccessDenied) after a status means the answer broke off;
    /// the errors Qt gives an error status (404 ContentNotFoundError, …) are not transport failures.
    static TransportFailure transportFailure(QNetworkReply::NetworkError error, int status, bool abortedByClient);

    /// Retry-After in seconds at `now` (RFC 9110 §10.2.3: delay-seconds or an HTTP date),
    /// clamped to 0…kMaxRetryAfterSeconds; nullopt when absent or unreadable.
    static std::optional<int> retryAfterSeconds(const QByteArray &value, const QDateTime &now);
    /// A confused proxy must not silence a console for a day.
    static constexpr int kMaxRetryAfterSeconds = 300;

private:
    static ReplyOutcome transportError(const ReplyFacts &facts);
    static ReplyOutcome errorAnswer(const ReplyFacts &facts);
    static ReplyOutcome jsonAnswer(const ReplyFacts &facts);
};

} // namespace et::client
