// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace et::domain {

/// The machine-readable reasons of failure (`Error::code`) that code on either side tells apart,
/// spelled once. The server sends its own in `{"error":{"code","message","request_id"}}`
/// (docs/api.md); the client adds codes for what never got a usable answer (no connection, a
/// certificate that does not verify, a body it cannot read). They share one namespace because
/// callers test both side by side: the outbox, for one, must tell "the server refused" from
/// "the server was not reached".
namespace errorcode {

// The server's, about signing in and tokens.
inline const QString tokenExpired = QStringLiteral("token_expired");             ///< 401: the access token ran out
inline const QString invalidToken = QStringLiteral("invalid_token");             ///< 401: a token the server does not accept (a role change makes one)
inline const QString unauthenticated = QStringLiteral("unauthenticated");        ///< 401: no token where one is needed
inline const QString tokenReused = QStringLiteral("token_reused");               ///< 401: a refresh token used twice, read as stolen
inline const QString invalidCredentials = QStringLiteral("invalid_credentials"); ///< 401: wrong e-mail or password
inline const QString tooManyAttempts = QStringLiteral("too_many_attempts");      ///< 429: failed sign-ins, with Retry-After

// The server's, about everything else.
inline const QString rateLimited = QStringLiteral("rate_limited"); ///< 429; also the client's own refusal while a Retry-After runs
inline const QString forbidden = QStringLiteral("forbidden");      ///< 403: the role lacks the permission
inline const QString notFound = QStringLiteral("not_found");
inline const QString conflict = QStringLiteral("conflict");
inline const QString cursorExpired = QStringLiteral("cursor_expired"); ///< 410: older than the change log's horizon
inline const QString cursorUnknown = QStringLiteral("cursor_unknown"); ///< 410: newer than the change log (a reset server)
inline const QString internal = QStringLiteral("internal");            ///< 500: the server failed
inline const QString notReady = QStringLiteral("not_ready");           ///< 503: the server cannot work right now

// The client's own: no usable answer came.
inline const QString unreachable = QStringLiteral("unreachable");    ///< no connection, or it broke off mid-answer
inline const QString timeout = QStringLiteral("timeout");            ///< no answer within the transfer timeout
inline const QString aborted = QStringLiteral("aborted");            ///< the client gave up on the request itself
inline const QString tlsUntrusted = QStringLiteral("tls_untrusted"); ///< the server's certificate did not verify
inline const QString badAnswer = QStringLiteral("bad_answer");       ///< an answer that is not the JSON we expect

// The client's own: nothing to do with the network.
inline const QString noSavedLogin = QStringLiteral("no_saved_login"); ///< the keychain holds no login for this user
inline const QString noAccount = QStringLiteral("no_account");        ///< nobody has signed in with this data folder
inline const QString offline = QStringLiteral("offline");             ///< asked for something only the server has, without one
inline const QString badCaFile = QStringLiteral("bad_ca_file");       ///< --ca-cert names no readable certificate
inline const QString invalidKey = QStringLiteral("invalid_key");      ///< an empty keychain key

/// "http_<status>": the code of an answer that carries a status but not our error body (a
/// proxy's page, a wrong URL).
QString http(int status);
/// Whether `code` is one http() made: a status only, no verdict of our server.
bool isHttpStatus(QStringView code);

/// Whether a 401 with this code is cured by a fresh access token: it ran out, a role change
/// made it invalid, or a login resumed offline has none yet (the refresh then tells whether the
/// login itself is over).
bool renewsToken(QStringView code);
/// Whether an answer to a sign-in or a refresh with this code means the login is over and the
/// user must sign in again, rather than "try again later".
bool endsLogin(QStringView code);

} // namespace errorcode
} // namespace et::domain
