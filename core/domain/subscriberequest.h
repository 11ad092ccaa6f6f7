// SPDX-License-Identifier: MIT
#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QStringList>

#include <variant>

namespace et::domain {

/// A console's `subscribe` on the WebSocket as the server reads it: the channels it wants.
/// Anything else is refused with the `error` control message to answer it with (code
/// `invalid_json`, `validation_failed` or `bad_request`; the caller adds the cursor). Pure, so
/// the server's socket code and the fuzzers share it.
struct SubscribeRequest
{
    QStringList channels; ///< known channel names, as sent (a later subscribe replaces them)

    /// The request, or the error message to send back (an `auth` here is a bad_request too).
    static std::variant<SubscribeRequest, ControlMessage> decode(const QByteArray &utf8);
};

/// A console's first message: `{"event":"auth","token":"<access token>"}`.
struct AuthRequest
{
    QString token;
};

/// Any text message a console sends (`auth` or `subscribe`), or the `error` to answer it with.
using ClientRequest = std::variant<AuthRequest, SubscribeRequest, ControlMessage>;
ClientRequest decodeClientRequest(const QByteArray &utf8);

} // namespace et::domain
